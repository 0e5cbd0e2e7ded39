package org.paperscope.common.issue;

import org.paperscope.common.text.TextNormalizer;

/**
 * One line of an issue file after cleaning, classified by what it looks like in markdown.
 *
 * @param kind  what the line is
 * @param level heading level (number of {@code #}), 0 for other kinds
 * @param text  the cleaned text without the heading marker; empty for blank lines. A heading keeps
 *              one space between two Chinese characters where the source has spaces (a clause
 *              separator in broadcast headlines); {@link #gluedText()} is the text without them
 */
record SourceLine(Kind kind, int level, String text) {
  enum Kind {
    BLANK,
    HEADING,
    /** A thematic break such as {@code ---}. */
    RULE,
    CONTENT,
    /** An ad or promotional line found by {@link Boilerplate}. */
    BOILERPLATE
  }

  /**
   * The text with no space between two Chinese characters: every heading except a broadcast
   * story headline, where such a space is an OCR or line-wrap artifact (深入贯彻 中央八项规定精神).
   */
  String gluedText() {
    return kind == Kind.HEADING ? TextNormalizer.foldSpaces(text) : text;
  }

  SourceLine asBoilerplate() {
    return new SourceLine(Kind.BOILERPLATE, 0, text);
  }
}
