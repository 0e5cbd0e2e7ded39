package org.paperscope.common.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into the sentences that the sentence scope of co-occurrence counts. A sentence
 * ends after 。！？!?；; or at a line break (the delimiters the term detector's token check uses);
 * sentences with no letter, digit or CJK char (an empty line, a lone quote mark) are not
 * sentences.
 */
public final class Sentences {
  private static final String ENDS = "。！？!?；;";

  private Sentences() {}

  /** Sentence spans {@code {start, end}} in text order; the end includes the final delimiter. */
  public static List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(text, start, i, spans);
        start = i + 1;
      } else if (ENDS.indexOf(c) >= 0) {
        add(text, start, i + 1, spans);
        start = i + 1;
      }
    }
    add(text, start, n, spans);
    return spans;
  }

  private static void add(String text, int start, int end, List<int[]> spans) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        spans.add(new int[] {start, end});
        return;
      }
    }
  }
}
