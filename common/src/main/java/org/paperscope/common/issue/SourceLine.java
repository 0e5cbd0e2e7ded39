package org.paperscope.common.issue;

/**
 * One line of an issue file after cleaning, classified by what it looks like in markdown.
 *
 * @param kind  what the line is
 * @param level heading level (number of {@code #}), 0 for other kinds
 * @param text  the cleaned text without the heading marker; empty for blank lines
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

  SourceLine asBoilerplate() {
    return new SourceLine(Kind.BOILERPLATE, 0, text);
  }
}
