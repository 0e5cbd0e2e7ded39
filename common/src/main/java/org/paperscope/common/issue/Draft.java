package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;

/** An article while it is being read: headline, lead and its sections of paragraphs. */
final class Draft {
  final String headline;
  final Integer page;
  final List<Section> sections = new ArrayList<>();
  String leadType;
  /** 本报北京3月7日电 when the text opens with a dateline. */
  String dateline;
  /** Known from a structured source (feed, HTML page, record), else null. */
  String section;
  String kicker;
  String subtitle;
  String url;
  final List<String> reporters = new ArrayList<>();
  /** Lead and byline markers are only looked for before the first paragraph. */
  int leadLinesSeen;
  /** Broadcast: a thematic break ({@code ---}) ended the story; later lines are page trailer. */
  boolean ended;

  Draft(String headline, Integer page) {
    this.headline = headline;
    this.page = page;
    sections.add(new Section(null, false));
  }

  Section current() {
    return sections.get(sections.size() - 1);
  }

  boolean hasParagraphs() {
    for (Section section : sections) {
      if (!section.paragraphs.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** True when the last paragraph read so far ends with an author tag such as (耀文). */
  boolean closedByAuthorTag() {
    for (int i = sections.size() - 1; i >= 0; i--) {
      List<Paragraph> paragraphs = sections.get(i).paragraphs;
      if (!paragraphs.isEmpty()) {
        return Markers.authorTag(paragraphs.get(paragraphs.size() - 1).text()) != null;
      }
    }
    return false;
  }

  /** Opens a section under a sub-heading; {@code stray} when the article was already closed. */
  Section openSection(String subheading, boolean stray) {
    Section section = new Section(subheading, stray);
    sections.add(section);
    return section;
  }
}
