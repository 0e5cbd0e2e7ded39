package org.paperscope.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The small text distortions of scanned and re-typed issues, as pure string functions. */
final class TextArtifacts {

  private TextArtifacts() {}

  /** The newspaper's punctuation: half-width comma, colon and brackets (6月20日,工业…). */
  static String newspaperPunctuation(String text) {
    return text.replace('，', ',').replace('：', ':').replace('（', '(').replace('）', ')');
  }

  /** ASCII digits and letters (and %) as full-width forms: 2025年 → ２０２５年, AI → ＡＩ. */
  static String fullWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      out.append(alnum || c == '%' ? (char) (c + 0xFEE0) : c);
    }
    return out.toString();
  }

  /** True when the text has a comma, full stop or semicolon: prose rather than a title. */
  static boolean hasClauseMark(String text) {
    return text.chars().anyMatch(c -> ",，。；;".indexOf(c) >= 0);
  }

  static boolean hasAsciiAlnum(String text) {
    return text.chars().anyMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * Positions between two Han characters in the middle part of {@code text} (from {@code lo}
   * to {@code hi}, as fractions of its length): where a page break may cut a word in two.
   */
  static List<Integer> hanJoins(String text, double lo, double hi) {
    boolean[] marked = markup(text);
    List<Integer> joins = new ArrayList<>();
    int from = Math.max(1, (int) (text.length() * lo));
    int to = Math.min(text.length() - 1, (int) (text.length() * hi));
    for (int i = from; i <= to; i++) {
      if (isHan(text.charAt(i - 1)) && isHan(text.charAt(i)) && !marked[i - 1] && !marked[i]) {
        joins.add(i);
      }
    }
    return joins;
  }

  /**
   * Characters inside brackets or bold markers: (下转第5版), （晓岚）, **本报讯**. Page breaks in the
   * demo never cut these, so the markers stay whole for the parser.
   */
  static boolean[] markup(String text) {
    boolean[] marked = new boolean[text.length()];
    int depth = 0;
    boolean bold = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      }
      if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        bold = !bold;
      }
      marked[i] = depth > 0 || bold || c == '*';
      if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      }
    }
    return marked;
  }

  /** True when the text holds a page marker or a lead whose form must stay as printed. */
  static boolean hasMarker(String text) {
    return text.startsWith("**") || text.contains("版)");
  }

  /**
   * Where a page break may cut a paragraph: between two Han characters, after the paragraph's
   * first finished sentence or at least 50 characters in, as page breaks fall in long paragraphs.
   */
  static List<Integer> pageBreakJoins(String text) {
    // Offsets count from the prose, after a leading **本报讯** or (上接第1版) that the parser strips.
    boolean[] marked = markup(text);
    int prose = 0;
    while (prose < text.length() && (marked[prose] || text.charAt(prose) == ' ')) {
      prose++;
    }
    int period = text.indexOf('。', prose);
    int earliest = prose + Math.min(
        period < 0 ? Integer.MAX_VALUE : period - prose + 2, PAGE_BREAK_MIN_OFFSET);
    return hanJoins(text, 0.0, 0.9).stream().filter(i -> i >= earliest).toList();
  }

  private static final int PAGE_BREAK_MIN_OFFSET = 50;

  /** A headline with a stray space between two Han characters: 深入推进 新型工业化. */
  static String strayHeadlineSpace(String headline, SplittableRandom random) {
    List<Integer> joins = hanJoins(headline, 0.3, 0.8);
    if (joins.isEmpty()) {
      return headline;
    }
    int at = joins.get(random.nextInt(joins.size()));
    return headline.substring(0, at) + " " + headline.substring(at);
  }

  /** HTML left over from a web copy: a wrapped paragraph, a stray &nbsp; or a line break tag. */
  static String htmlLeftover(String text, SplittableRandom random) {
    int period = text.indexOf('。');
    return switch (random.nextInt(3)) {
      case 0 -> "<p>" + text + "</p>";
      case 1 -> period > 0 && period < text.length() - 1
          ? text.substring(0, period + 1) + "&nbsp;" + text.substring(period + 1)
          : "&nbsp;&nbsp;" + text;
      default -> text + "<br/>";
    };
  }
}
