package org.paperscope.common.text;

import java.util.Set;

/**
 * Cleans text that was scraped or OCR-extracted from newspapers and transcripts so that the same
 * words always look the same.
 *
 * <p>What {@link #normalize(String)} does, in order:
 *
 * <ol>
 *   <li>line ends: CRLF and lone CR become LF; a leading byte-order mark is dropped;
 *   <li>HTML: block tags ({@code <p>}, {@code <br>}, {@code <div>}, …) become line breaks, all other
 *       tags and comments are removed, entities ({@code &nbsp;}, {@code &#x3000;}, {@code &ldquo;})
 *       are decoded;
 *   <li>width: full-width digits and Latin letters become ASCII ({@code ２０２５} → {@code 2025},
 *       {@code ＡＩ} → {@code AI}); punctuation is left as written, because sources mix ASCII and
 *       Chinese punctuation ({@code (耀文)} / {@code （耀文）}) and quoted text should stay quotable —
 *       the parser accepts both forms;
 *   <li>zero-width characters are removed, other space characters (NBSP, en space, tab) become a
 *       space;
 *   <li>spaces: a run of spaces between two Chinese characters is removed ({@code 深入贯彻 中央八项} →
 *       {@code 深入贯彻中央八项}) unless the run contains an ideographic space U+3000, which is a
 *       deliberate typographic separator ({@code 习近平　李强} → {@code 习近平 李强}); a space next
 *       to a Latin letter, digit or punctuation mark stays ({@code 5G-A 与 AI}); runs collapse to
 *       one space and every line is trimmed.
 * </ol>
 *
 * <p>{@link #normalizeKeepingClauses(String)} differs in one rule only: a run of spaces between
 * two Chinese characters becomes one ASCII space ({@link #CLAUSE_SEPARATOR}) instead of nothing.
 * Broadcast headlines use it, because there the space separates two clauses
 * ({@code 以总理称将全速推进战事 巴武装称…}); newspaper headlines and every body keep the rule
 * above, because there such a space is an OCR or line-wrap artifact
 * ({@code 深入贯彻 中央八项规定精神}).
 *
 * <p>All methods are linear in the input length (no backtracking regular expressions), so a
 * multi-megabyte line without line breaks is safe.
 */
public final class TextNormalizer {
  private static final char IDEOGRAPHIC_SPACE = '\u3000';
  /** What a kept space between two headline clauses is stored as: one ASCII space. */
  public static final char CLAUSE_SEPARATOR = ' ';
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;
  /** Longest tag we strip; a {@code <} without a {@code >} this close is literal text. */
  private static final int MAX_TAG_CHARS = 1000;
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "blockquote",
      "h1", "h2", "h3", "h4", "h5", "h6", "hr");

  private TextNormalizer() {}

  /** Fully normalizes a text of one or more lines; line structure (and blank lines) is kept. */
  public static String normalize(String text) {
    return normalize(text, false);
  }

  /**
   * {@link #normalize(String)}, except that a run of spaces between two Chinese characters becomes
   * one {@link #CLAUSE_SEPARATOR} instead of nothing: for headlines whose source separates two
   * clauses by a space (以总理称将全速推进战事 巴武装称…). Idempotent, like {@code normalize}.
   */
  public static String normalizeKeepingClauses(String text) {
    return normalize(text, true);
  }

  private static String normalize(String text, boolean keepClauses) {
    String prepared = breakHtmlBlocks(normalizeLineEnds(text));
    StringBuilder out = new StringBuilder(prepared.length());
    int start = 0;
    while (true) {
      int end = prepared.indexOf('\n', start);
      String line = end < 0 ? prepared.substring(start) : prepared.substring(start, end);
      out.append(foldSpaces(clean(line), keepClauses));
      if (end < 0) {
        return out.toString();
      }
      out.append('\n');
      start = end + 1;
    }
  }

  /** CRLF and lone CR become LF; a leading byte-order mark is removed. */
  public static String normalizeLineEnds(String text) {
    String s = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    if (s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Replaces HTML block tags by line breaks so that {@code <p>一</p><p>二</p>} becomes two
   * paragraphs ({@code <br>} gives one line break, the others a blank line). Other tags are left
   * for {@link #clean(String)}.
   */
  public static String breakHtmlBlocks(String text) {
    if (text.indexOf('<') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int nextGt = -2;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '<') {
        if (nextGt != -1 && nextGt < i) {
          nextGt = text.indexOf('>', i);
        }
        String name = nextGt > i && nextGt - i <= MAX_TAG_CHARS ? tagName(text, i, nextGt) : null;
        if (name != null && BLOCK_TAGS.contains(name)) {
          out.append(name.equals("br") ? "\n" : "\n\n");
          i = nextGt + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Lower-case name of the tag between {@code lt} and {@code gt}, or null when it is not a tag. */
  private static String tagName(String s, int lt, int gt) {
    int i = lt + 1;
    if (i < gt && s.charAt(i) == '/') {
      i++;
    }
    int start = i;
    while (i < gt && isAsciiLetterOrDigit(s.charAt(i))) {
      i++;
    }
    if (i == start || !isAsciiLetter(s.charAt(start))) {
      return null;
    }
    for (int j = i; j < gt; j++) {
      if (s.charAt(j) == '<' || s.charAt(j) == '\n') {
        return null;
      }
    }
    return s.substring(start, i).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Everything {@link #normalize(String)} does to one line except the space rules: strips tags
   * and comments, decodes entities, folds full-width digits and letters, removes zero-width
   * characters and turns other space characters into ASCII spaces. Ideographic spaces (U+3000)
   * are kept so that {@link #foldSpaces(String)} can tell them apart.
   */
  public static String clean(String line) {
    if (isClean(line)) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    boolean decodedLt = appendCleaned(line, out, true);
    if (decodedLt) {
      // Double-escaped markup (&lt;p&gt;) decodes to a tag; strip it too.
      String once = out.toString();
      out.setLength(0);
      appendCleaned(once, out, false);
    }
    return out.toString();
  }

  /** Nothing for {@link #clean(String)} to do: the common case, worth a quick scan. */
  private static boolean isClean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c == '<' || c == '&' || c < 0x20 || c == 0x7F) {
          return false;
        }
      } else if ((c >= 0xFF10 && c <= 0xFF5A) || (c < 0x3000 && (isZeroWidth(c) || Character.isSpaceChar(c)))
          || c == 0xFEFF || Character.isSurrogate(c) || (c >= 0x80 && c < 0xA0)) {
        return false;
      }
    }
    return true;
  }

  /** Returns true when a decoded entity produced a '<'. */
  private static boolean appendCleaned(String s, StringBuilder out, boolean decodeEntities) {
    boolean decodedLt = false;
    int n = s.length();
    int nextGt = -2;
    int nextLt = -2;
    int commentEnd = -2;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '<' && i + 1 < n) {
        char next = s.charAt(i + 1);
        if (next == '!' && s.startsWith("<!--", i)) {
          if (commentEnd != -1 && commentEnd < i) {
            commentEnd = s.indexOf("-->", i + 4);
          }
          if (commentEnd >= 0) {
            i = commentEnd + 3;
            continue;
          }
        } else if (isAsciiLetter(next) || next == '/' || next == '!' || next == '?') {
          if (nextGt != -1 && nextGt < i) {
            nextGt = s.indexOf('>', i);
          }
          if (nextLt != -1 && nextLt <= i) {
            nextLt = s.indexOf('<', i + 1);
          }
          boolean closes = nextGt > i && nextGt - i <= MAX_TAG_CHARS && (nextLt < 0 || nextLt > nextGt);
          if (closes) {
            i = nextGt + 1;
            continue;
          }
        }
      } else if (c == '&' && decodeEntities) {
        int semi = -1;
        for (int j = i + 1; j < n && j <= i + HtmlEntities.MAX_NAME_CHARS + 1; j++) {
          if (s.charAt(j) == ';') {
            semi = j;
            break;
          }
        }
        int cp = semi > i + 1 ? HtmlEntities.decode(s.substring(i + 1, semi)) : -1;
        if (cp >= 0) {
          decodedLt |= cp == '<';
          appendFolded(out, cp);
          i = semi + 1;
          continue;
        }
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(i + 1));
        i += 2;
        continue;
      }
      appendFolded(out, c);
      i++;
    }
    return decodedLt;
  }

  private static void appendFolded(StringBuilder out, int cp) {
    if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A)) {
      out.append((char) (cp - FULL_WIDTH_OFFSET));
    } else if (isZeroWidth(cp)) {
      // dropped: zero-width characters only break word matching
    } else if (cp == IDEOGRAPHIC_SPACE) {
      out.append(IDEOGRAPHIC_SPACE);
    } else if (Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
      out.append(' ');
    } else {
      out.appendCodePoint(cp);
    }
  }

  private static boolean isZeroWidth(int cp) {
    return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
  }

  /**
   * Applies the space rules to one line: spaces between two Chinese characters go (unless an
   * ideographic space U+3000 marks a deliberate separator, which becomes one ASCII space), other
   * runs collapse to one ASCII space, and the line is trimmed.
   */
  public static String foldSpaces(String line) {
    return foldSpaces(line, false);
  }

  /**
   * {@link #foldSpaces(String)}, except that a run of spaces between two Chinese characters
   * becomes one {@link #CLAUSE_SEPARATOR}: the space rule for broadcast headlines.
   */
  public static String foldSpacesKeepingClauses(String line) {
    return foldSpaces(line, true);
  }

  /**
   * True when {@code text.charAt(i)} is a clause separator: one {@link #CLAUSE_SEPARATOR} between
   * two Chinese characters (what {@link #foldSpaces(String)} would remove). Matching reads across
   * it as if the clauses were glued.
   */
  public static boolean isClauseSeparator(String text, int i) {
    return text.charAt(i) == CLAUSE_SEPARATOR && i > 0 && i + 1 < text.length()
        && isHan(text.codePointBefore(i)) && isHan(text.codePointAt(i + 1));
  }

  private static String foldSpaces(String line, boolean keepClauses) {
    if (hasNoSpaces(line)) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    boolean pendingSpace = false;
    boolean pendingIdeographic = false;
    int last = -1;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ' || cp == IDEOGRAPHIC_SPACE || cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR) {
        pendingSpace = true;
        pendingIdeographic |= cp == IDEOGRAPHIC_SPACE;
        continue;
      }
      if (pendingSpace && out.length() > 0
          && (keepClauses || pendingIdeographic || !(isHan(last) && isHan(cp)))) {
        out.append(' ');
      }
      pendingSpace = false;
      pendingIdeographic = false;
      out.appendCodePoint(cp);
      last = cp;
    }
    return out.toString();
  }

  private static boolean hasNoSpaces(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == IDEOGRAPHIC_SPACE || c == '\t' || (c >= 0x80 && Character.isSpaceChar(c))) {
        return false;
      }
    }
    return true;
  }

  /** True for a Chinese (Han) character, including the extension blocks. */
  public static boolean isHan(int cp) {
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true;
    }
    if (cp < 0x2E80) {
      return false;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
