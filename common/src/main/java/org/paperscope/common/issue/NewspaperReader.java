package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;

/**
 * Newspaper layout: {@code ## } starts an article, {@code ### } (and deeper) is a sub-heading
 * inside it, a heading such as {@code # 第3版} sets the page of the articles after it. Text before
 * the first {@code ## } is masthead, not an article: a file without any {@code ## } has no
 * articles (the job rejects it as {@code no_articles}).
 */
final class NewspaperReader {
  private NewspaperReader() {}

  static List<Draft> read(List<SourceLine> lines, ParserSettings settings) {
    List<Draft> drafts = new ArrayList<>();
    Integer page = null;
    Draft current = null;
    for (SourceLine line : lines) {
      switch (line.kind()) {
        case HEADING -> {
          Integer headingPage = Markers.pageOfHeading(line.gluedText(), line.level() == 1);
          if (line.level() <= 2 && headingPage != null) {
            page = headingPage;
            current = null;
          } else if (line.level() == 1) {
            current = null;
          } else if (line.level() == 2) {
            current = new Draft(line.gluedText(), page);
            drafts.add(current);
          } else if (current != null) {
            current.openSection(line.gluedText(), current.closedByAuthorTag());
          }
        }
        case CONTENT -> {
          if (current != null) {
            Paragraphs.add(current, line.text(), settings);
          }
        }
        case BOILERPLATE -> {
          if (current != null) {
            current.current().boilerplateRemoved++;
          }
        }
        default -> {
          // blank lines and rules separate paragraphs, which lines already do
        }
      }
    }
    return drafts;
  }
}
