package org.paperscope.common.match;

/**
 * One match of a listed surface form in a text.
 *
 * @param start   offset of the first char in the (normalized) text, UTF-16 units
 * @param end     offset after the last char
 * @param surface the text as it appears ({@code ai} when the list says {@code AI})
 * @param payload what the listed surface means: a {@link TopicTerm}, a ministry, ...
 * @param <P>     payload type
 */
public record TermHit<P>(int start, int end, String surface, P payload) {
  public TermHit {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("Bad hit span [" + start + ", " + end + ") for '"
          + surface + "'");
    }
  }

  /** Length in UTF-16 units. */
  public int length() {
    return end - start;
  }

  /** True when the two spans share at least one char. */
  public boolean overlaps(TermHit<?> other) {
    return start < other.end && other.start < end;
  }
}
