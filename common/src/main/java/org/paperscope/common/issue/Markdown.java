package org.paperscope.common.issue;

import java.util.Set;

/** The bits of markdown that issue files use: escapes, links, bold. */
final class Markdown {
  /** Link texts that are navigation, not content: the whole link is dropped. */
  private static final Set<String> NAVIGATION_LINKS = Set.of("查看原文", "阅读原文", "原文链接", "点击查看");
  private static final String BOLD = "**";

  private Markdown() {}

  /** Removes markdown escapes ({@code \*} → {@code *}) and a trailing hard-break backslash. */
  static String unescape(String line) {
    if (line.indexOf('\\') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        if (i + 1 == line.length()) {
          break;
        }
        char next = line.charAt(i + 1);
        if (next < 128 && isAsciiPunctuation(next)) {
          out.append(next);
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Replaces {@code [text](url)} by its text, drops images and navigation links such as
   * {@code [查看原文](…)} entirely. A dangling {@code ](} without its {@code )} loses the rest of
   * the line (a cut URL).
   */
  static String dropLinks(String line) {
    int mid = line.indexOf("](");
    if (mid < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (mid >= 0) {
      int open = -1;
      for (int j = mid - 1; j >= i; j--) {
        if (line.charAt(j) == '[') {
          open = j;
          break;
        }
      }
      int close = line.indexOf(')', mid + 2);
      int afterUrl = close < 0 ? line.length() : close + 1;
      if (open < 0) {
        out.append(line, i, mid);
      } else {
        boolean image = open > i && line.charAt(open - 1) == '!';
        out.append(line, i, image ? open - 1 : open);
        String text = line.substring(open + 1, mid);
        if (!image && !NAVIGATION_LINKS.contains(text.strip())) {
          out.append(text);
        }
      }
      i = afterUrl;
      mid = i < line.length() ? line.indexOf("](", i) : -1;
    }
    out.append(line, Math.min(i, line.length()), line.length());
    return out.toString();
  }

  /** The text of a line that is bold as a whole ({@code **小标题**}), or null. */
  static String boldOnly(String line) {
    if (line.length() > 2 * BOLD.length() && line.startsWith(BOLD) && line.endsWith(BOLD)) {
      String inner = line.substring(BOLD.length(), line.length() - BOLD.length());
      if (!inner.contains(BOLD) && !inner.isBlank()) {
        return inner.strip();
      }
    }
    return null;
  }

  /** Removes every {@code **} bold marker. */
  static String stripBold(String line) {
    return line.contains(BOLD) ? line.replace(BOLD, "") : line;
  }

  private static boolean isAsciiPunctuation(char c) {
    return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
