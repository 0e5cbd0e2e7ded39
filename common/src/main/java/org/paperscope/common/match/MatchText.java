package org.paperscope.common.match;

/**
 * The one place where matching normalizes text, so that term lists, gazetteer aliases and article
 * text are folded the same way before they meet.
 */
final class MatchText {
  private MatchText() {}

  /** Normalizes a term or a text before matching. */
  static String normalize(String text) {
    // Placeholder until org.paperscope.common.text.TextNormalizer lands: full-width ASCII only.
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
      if (folded != c && out == null) {
        out = new StringBuilder(text);
      }
      if (out != null) {
        out.setCharAt(i, folded);
      }
    }
    return out == null ? text : out.toString();
  }
}
