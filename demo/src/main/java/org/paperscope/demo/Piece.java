package org.paperscope.demo;

/**
 * A run of text in an issue and the line breaks that follow it. Body pieces are paragraphs the
 * page-layout artifacts may cut, repeat or decorate; headlines, bylines and ads are not.
 */
final class Piece {

  static final String PARAGRAPH = "\n\n";
  static final String LINE = "\n";
  /** A page break: three blank lines, as between the halves of 走访座 | 谈等方式 in the seed. */
  static final String PAGE_BREAK = "\n\n\n\n";

  String text;
  String after;
  final boolean body;

  Piece(String text, String after, boolean body) {
    this.text = text;
    this.after = after;
    this.body = body;
  }

  static Piece body(String text) {
    return new Piece(text, PARAGRAPH, true);
  }

  static Piece fixed(String text, String after) {
    return new Piece(text, after, false);
  }
}
