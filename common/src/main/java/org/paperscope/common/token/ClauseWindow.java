package org.paperscope.common.token;

import java.util.List;

/**
 * The clause around a span of text, which is all the tokenizer sees when a candidate is checked:
 * from the nearest sentence end or clause punctuation before the span to the nearest one after
 * it (。！？；，、： brackets, quotes, line breaks; chars inside the span are not looked at). No
 * token crosses those chars, and segmenting short windows is what keeps the token check cheap.
 *
 * <p>{@code TermDetector} segments each window once per text and judges every candidate in it
 * against those tokens; {@code MinistryDetector} asks for the same window of a name again (for its
 * neighbours, its unit, a title glued to it) and gets the same tokens from the article's
 * {@link MemoTokenizer} instead of segmenting a second time. Both find the window here, so they
 * cannot drift apart.
 *
 * @param source the text the window lies in
 * @param from   index of the window's first char in {@code source}
 * @param to     index after its last char
 */
public record ClauseWindow(String source, int from, int to) {
  /** Chars that end a window: sentence ends and clause punctuation. */
  public static final String ENDS = "。！？!?；;\n\r，,、：:（）()“”\"《》【】「」";

  /** The window around {@code [start, end)} of {@code text}. */
  public static ClauseWindow around(String text, int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException("Span [" + start + ", " + end + ") is not inside a text of "
          + text.length() + " chars");
    }
    int from = start;
    while (from > 0 && ENDS.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < text.length() && ENDS.indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return new ClauseWindow(text, from, to);
  }

  /** The window's chars. */
  public String text() {
    return source.substring(from, to);
  }

  /** {@code tokenizer}'s tokens of the window; their offsets are relative to {@link #from}. */
  public List<Token> tokens(Tokenizer tokenizer) {
    return tokenizer.tokenize(text());
  }

  /** The offset inside the window of index {@code index} of the source. */
  public int local(int index) {
    return index - from;
  }
}
