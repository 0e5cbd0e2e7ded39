package org.paperscope.common.issue;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.common.text.TextNormalizer;

/** Newspaper markers: page continuations, page headings and the closing author tag. */
final class Markers {
  private static final Pattern CONTINUATION = Pattern.compile(
      "[（(][ \u3000]*(下转|转|上接|接)[ \u3000]*第?[ \u3000]*([0-9]{1,3}|[一二三四五六七八九十]{1,3})[ \u3000]*版[ \u3000]*[)）]");
  private static final Pattern PAGE = Pattern.compile(
      "第[ \u3000]*([0-9]{1,3}|[一二三四五六七八九十]{1,3})[ \u3000]*版");
  /** Closing tags that are not names: (草案), (完), (待续) … */
  private static final Set<String> NOT_NAMES = Set.of(
      "草案", "试行", "节选", "摘编", "摘要", "待续", "未完", "未完待续", "续完", "全文完", "完",
      "下同", "同上", "注", "上", "下", "续", "图", "资料图", "视频", "图文");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\u3000、，,]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
  private static final String SENTENCE_CLOSERS = "。！？!?….”」』）)";
  private static final int MAX_TAG_CHARS = 30;
  private static final int MIN_NAME_CHARS = 2;
  private static final int MAX_NAME_CHARS = 4;

  private Markers() {}

  /** Page continuation markers removed from a paragraph, with the pages they named. */
  record Continuations(String text, Integer toPage, Integer fromPage) {}

  /** Removes (下转第5版) / (上接第1版) markers from a paragraph and reports the pages. */
  static Continuations extractContinuations(String text) {
    if (text.indexOf('转') < 0 && text.indexOf('接') < 0) {
      return new Continuations(text, null, null);
    }
    Matcher m = CONTINUATION.matcher(text);
    Integer to = null;
    Integer from = null;
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      int page = pageNumber(m.group(2));
      if (m.group(1).endsWith("转")) {
        to = page;
      } else if (from == null) {
        from = page;
      }
      out.append(text, last, m.start());
      last = m.end();
    }
    if (last == 0) {
      return new Continuations(text, null, null);
    }
    out.append(text, last, text.length());
    return new Continuations(out.toString().strip(), to, from);
  }

  /** The page named by a heading such as {@code 第3版} / {@code 第三版 要闻}, or null. */
  static Integer pageOfHeading(String heading, boolean anywhere) {
    Matcher m = PAGE.matcher(heading);
    boolean found = anywhere ? m.find() : m.lookingAt();
    return found ? pageNumber(m.group(1)) : null;
  }

  /**
   * Index where a closing author tag such as (耀文) or （耀文 布轩） starts, or -1: one to four names
   * of two to four Chinese characters in brackets at the very end, after a finished sentence.
   */
  static int authorTagStart(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || (text.charAt(end - 1) != ')' && text.charAt(end - 1) != '）')) {
      return -1;
    }
    int open = -1;
    for (int i = end - 2; i >= 0 && i >= end - MAX_TAG_CHARS; i--) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        open = i;
        break;
      }
      if (c == ')' || c == '）') {
        return -1;
      }
    }
    if (open < 0 || !closesSentenceBefore(text, open)) {
      return -1;
    }
    String inner = text.substring(open + 1, end - 1).strip();
    if (inner.isEmpty() || NOT_NAMES.contains(inner)) {
      return -1;
    }
    for (String name : NAME_SEPARATORS.split(inner)) {
      if (!isName(name)) {
        return -1;
      }
    }
    return open;
  }

  /**
   * A tag follows a finished sentence (…参加会议。(耀文)) or stands on its own line; a bracket
   * right after a word explains that word: IoT(物联网), 管理办法(草案).
   */
  private static boolean closesSentenceBefore(String text, int open) {
    int i = open;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i == 0 || SENTENCE_CLOSERS.indexOf(text.charAt(i - 1)) >= 0;
  }

  /** The author tag at the end of a paragraph without brackets ({@code 耀文}), or null. */
  static String authorTag(String text) {
    int start = authorTagStart(text);
    if (start < 0) {
      return null;
    }
    String inner = text.substring(start + 1).strip();
    return collapseSpaces(inner.substring(0, inner.length() - 1));
  }

  /** The tag text trimmed, inner space runs as one space: （耀文　布轩） → (耀文 布轩). */
  static String collapseSpaces(String tag) {
    return SPACES.matcher(tag.strip()).replaceAll(" ");
  }

  private static boolean isName(String name) {
    int length = name.codePointCount(0, name.length());
    // （维吾尔族） in a list of names is an ethnicity, not a signature
    if (length < MIN_NAME_CHARS || length > MAX_NAME_CHARS || NOT_NAMES.contains(name) || name.endsWith("族")) {
      return false;
    }
    return name.codePoints().allMatch(TextNormalizer::isHan);
  }

  /** 5 → 5, 五 → 5, 十二 → 12, 二十 → 20. */
  static int pageNumber(String digits) {
    if (Character.isDigit(digits.charAt(0))) {
      return Integer.parseInt(digits);
    }
    String numerals = "零一二三四五六七八九";
    int ten = digits.indexOf('十');
    if (ten < 0) {
      return numerals.indexOf(digits.charAt(0));
    }
    int tens = ten == 0 ? 1 : numerals.indexOf(digits.charAt(0));
    int ones = ten == digits.length() - 1 ? 0 : numerals.indexOf(digits.charAt(ten + 1));
    return tens * 10 + ones;
  }
}
