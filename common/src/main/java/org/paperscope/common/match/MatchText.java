package org.paperscope.common.match;

import org.paperscope.common.text.TextNormalizer;

/**
 * The one place where matching normalizes text, so that term lists, gazetteer aliases and article
 * text are folded the same way before they meet.
 */
final class MatchText {
  private MatchText() {}

  /**
   * {@link TextNormalizer#normalize} (full-width digits and letters to ASCII, spaces between
   * Chinese characters removed, …), then the full-width forms of the punctuation that listed Latin
   * terms contain ({@code －．＋／＆＿}) to ASCII, so that {@code ５Ｇ－Ａ} meets {@code 5G-A}. The
   * normalizer leaves punctuation alone on purpose (quoted text stays quotable); the extra fold is
   * one char for one char, so offsets into normalized text stay valid. Idempotent: text that is
   * already normalized (the stored articles) comes back unchanged apart from that fold.
   */
  static String normalize(String text) {
    return foldTermPunctuation(TextNormalizer.normalize(text));
  }

  /**
   * {@link #normalize}, keeping one space between two Chinese characters where the text has
   * spaces ({@link TextNormalizer#normalizeKeepingClauses}): for headlines, whose clause
   * separators the detector reads across ({@link TermDetector#detectIn}).
   */
  static String normalizeKeepingClauses(String text) {
    return foldTermPunctuation(TextNormalizer.normalizeKeepingClauses(text));
  }

  private static String foldTermPunctuation(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = switch (c) {
        case '－' -> '-';
        case '．' -> '.';
        case '＋' -> '+';
        case '／' -> '/';
        case '＆' -> '&';
        case '＿' -> '_';
        default -> c;
      };
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
