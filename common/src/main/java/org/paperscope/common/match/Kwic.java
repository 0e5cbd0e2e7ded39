package org.paperscope.common.match;

/**
 * A keyword-in-context line: up to {@code width} chars either side of a hit, for analysts to check
 * what was counted. Line breaks in the context become spaces so that a row stays one line.
 *
 * @param left  the text before the hit
 * @param hit   the hit as it appears
 * @param right the text after the hit
 */
public record Kwic(String left, String hit, String right) {

  /** The context of {@code [start, end)} in {@code text}, never splitting a surrogate pair. */
  public static Kwic of(String text, int start, int end, int width) {
    int from = Math.max(0, start - width);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    int to = Math.min(text.length(), end + width);
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    return new Kwic(oneLine(text.substring(from, start)), text.substring(start, end),
        oneLine(text.substring(end, to)));
  }

  /** {@code left + "[" + hit + "]" + right}: a compact form for one column. */
  public String bracketed() {
    return left + "[" + hit + "]" + right;
  }

  private static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
