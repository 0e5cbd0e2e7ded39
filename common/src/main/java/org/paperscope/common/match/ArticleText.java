package org.paperscope.common.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parts of an article that term detection reads: headline, sub-headings and body. Offsets of
 * hits are relative to one part, named by a {@link Section} and an index.
 *
 * @param headline    the headline, may be empty
 * @param subheadings sub-headings in order
 * @param body        the body, may be empty
 */
public record ArticleText(String headline, List<String> subheadings, String body) {

  /** Which part of an article a hit lies in. */
  public enum Section {
    HEADLINE, SUBHEADING, BODY
  }

  public ArticleText {
    headline = headline == null ? "" : headline;
    subheadings = subheadings == null ? List.of() : List.copyOf(subheadings);
    body = body == null ? "" : body;
  }

  /** A text that is only a body. */
  public static ArticleText ofBody(String body) {
    return new ArticleText("", List.of(), body);
  }

  /** The text of one part ({@code index} counts sub-headings; it is 0 for the others). */
  public String text(Section section, int index) {
    switch (section) {
      case HEADLINE:
        return headline;
      case SUBHEADING:
        return subheadings.get(index);
      case BODY:
        return body;
      default:
        throw new IllegalArgumentException("Unknown section " + section);
    }
  }

  /**
   * The same article with every part normalized the way term lists are; the headline keeps its
   * clause separators (a space between two Chinese characters), so that offsets into it are
   * offsets into the stored headline.
   */
  public ArticleText normalized() {
    List<String> subs = new ArrayList<>(subheadings.size());
    for (String s : subheadings) {
      subs.add(MatchText.normalize(Objects.requireNonNull(s, "subheading")));
    }
    return new ArticleText(MatchText.normalizeKeepingClauses(headline), subs,
        MatchText.normalize(body));
  }
}
