package org.paperscope.common.token;

/**
 * One token of a segmented text.
 *
 * @param text  the token as it appears in the text
 * @param start offset of its first char in the text given to the tokenizer (UTF-16 units)
 * @param end   offset after its last char
 * @param pos   the part-of-speech tag the segmenter attached (HanLP natures: n, nz, v, vn, w, ...)
 */
public record Token(String text, int start, int end, String pos) {
  /** True when {@code offset} falls strictly inside this token, i.e. the token is cut there. */
  public boolean cutsAt(int offset) {
    return start < offset && offset < end;
  }
}
