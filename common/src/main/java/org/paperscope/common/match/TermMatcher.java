package org.paperscope.common.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An Aho-Corasick automaton over a dictionary of surface strings, each with a payload (a
 * {@link TopicTerm} for the trends stage, a ministry for the gazetteer). One scan finds every
 * listed surface in a text; {@link #hits} then keeps the leftmost-longest, non-overlapping ones.
 *
 * <p>Rules (examples in {@code docs/matching.md}):
 *
 * <ul>
 *   <li><b>Leftmost-longest.</b> Among overlapping matches the one that starts first wins, and of
 *       those the longest: with 工业和信息化部 and 信息化 both listed, 工业和信息化部 yields one hit,
 *       for the longer surface.
 *   <li><b>Latin case.</b> ASCII letters match case-insensitively ({@code AI} finds {@code ai}).
 *   <li><b>Latin word boundaries.</b> A surface that starts (ends) with an ASCII letter or digit
 *       matches only where the text has no ASCII letter or digit just before (after) it: {@code AI}
 *       counts in {@code AI芯片} and {@code 5G-A网络}, not in {@code MAIL}, {@code AIGC} or
 *       {@code AI2}; {@code 5G-A} does not count in {@code 5G-AX}, {@code 5.5G} not in
 *       {@code 15.5G} or {@code 5.5GHz}. Digits are word characters on purpose: {@code 15G} is not
 *       {@code 5G}, and a decimal point between digits joins them: {@code 5G} is not in
 *       {@code 15.5G}, {@code 2} is not in {@code 2.5}. Edges made of CJK or punctuation are left to the token check of
 *       {@link TermDetector}.
 * </ul>
 *
 * <p>The matcher does not normalize its input: give it text that went through the same
 * normalization as the dictionary (the {@link TermDetector} does this). Offsets are UTF-16 indexes
 * into the text given. Instances are immutable and thread-safe.
 *
 * @param <P> payload type
 */
public final class TermMatcher<P> {
  private static final int ROOT = 0;
  private static final int NONE = -1;
  private static final Map<Object, TermMatcher<?>> CACHE = new ConcurrentHashMap<>();

  private final String[] keys;
  private final List<P> payloads;
  private final boolean[] latinStart;
  private final boolean[] latinEnd;
  /** Transition from the root for every char; {@code ROOT} when none. */
  private final int[] rootNext;
  /** Per state: sorted labels of its outgoing edges and their targets (root excluded). */
  private final char[][] labels;
  private final int[][] targets;
  private final int[] fail;
  /** Per state: index of the key that ends here, or {@code NONE}. */
  private final int[] keyAt;
  /** Per state: nearest state on its failure chain that ends a key, or {@code NONE}. */
  private final int[] outLink;

  private TermMatcher(Map<String, P> dictionary) {
    Map<String, P> folded = new LinkedHashMap<>();
    for (Map.Entry<String, P> entry : dictionary.entrySet()) {
      String surface = Objects.requireNonNull(entry.getKey(), "surface");
      String key = foldCase(MatchText.normalize(surface));
      if (key.isEmpty()) {
        throw new IllegalArgumentException("Cannot build matcher: empty surface form for payload "
            + entry.getValue());
      }
      P previous = folded.putIfAbsent(key, entry.getValue());
      if (previous != null && !previous.equals(entry.getValue())) {
        throw new IllegalArgumentException("Cannot build matcher: surface form '" + surface
            + "' is listed for two payloads, " + previous + " and " + entry.getValue());
      }
    }
    this.keys = folded.keySet().toArray(new String[0]);
    this.payloads = List.copyOf(folded.values());
    this.latinStart = new boolean[keys.length];
    this.latinEnd = new boolean[keys.length];
    for (int k = 0; k < keys.length; k++) {
      latinStart[k] = isLatinWordChar(keys[k].charAt(0));
      latinEnd[k] = isLatinWordChar(keys[k].charAt(keys[k].length() - 1));
    }

    // Build the trie with hash maps, then freeze it into sorted arrays.
    List<Map<Character, Integer>> edges = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    edges.add(new HashMap<>());
    ends.add(NONE);
    for (int k = 0; k < keys.length; k++) {
      int state = ROOT;
      for (int i = 0; i < keys[k].length(); i++) {
        char c = keys[k].charAt(i);
        Integer next = edges.get(state).get(c);
        if (next == null) {
          next = edges.size();
          edges.add(new HashMap<>());
          ends.add(NONE);
          edges.get(state).put(c, next);
        }
        state = next;
      }
      ends.set(state, k);
    }
    int states = edges.size();
    this.labels = new char[states][];
    this.targets = new int[states][];
    this.keyAt = new int[states];
    for (int s = 0; s < states; s++) {
      keyAt[s] = ends.get(s);
      List<Map.Entry<Character, Integer>> out = new ArrayList<>(edges.get(s).entrySet());
      out.sort(Map.Entry.comparingByKey());
      labels[s] = new char[out.size()];
      targets[s] = new int[out.size()];
      for (int i = 0; i < out.size(); i++) {
        labels[s][i] = out.get(i).getKey();
        targets[s][i] = out.get(i).getValue();
      }
    }
    this.rootNext = new int[Character.MAX_VALUE + 1];
    for (int i = 0; i < labels[ROOT].length; i++) {
      rootNext[labels[ROOT][i]] = targets[ROOT][i];
    }

    // Failure and output links, breadth first.
    this.fail = new int[states];
    this.outLink = new int[states];
    Arrays.fill(outLink, NONE);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int child : targets[ROOT]) {
      fail[child] = ROOT;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      for (int i = 0; i < labels[state].length; i++) {
        char c = labels[state][i];
        int child = targets[state][i];
        fail[child] = next(fail[state], c);
        int f = fail[child];
        outLink[child] = keyAt[f] != NONE ? f : outLink[f];
        queue.add(child);
      }
    }
  }

  /** Builds a matcher; surfaces are normalized and case-folded, empty ones are refused. */
  public static <P> TermMatcher<P> of(Map<String, P> dictionary) {
    return new TermMatcher<>(dictionary);
  }

  /**
   * The matcher for a term list, built once per JVM and shared by all tasks (keyed by the list's
   * value, so an edited list gets a new matcher).
   */
  public static TermMatcher<TopicTerm> cachedFor(TermList terms) {
    return cachedFor(terms, TermList::dictionary);
  }

  /**
   * The matcher for any immutable settings value (a gazetteer, ...), built once per JVM with
   * {@code dictionary} and shared afterwards. The cache key is the settings value together with the
   * class of {@code dictionary}, so two callers that derive different dictionaries from one
   * settings value do not share a matcher. Entries live as long as the JVM: settings values are
   * few per job.
   */
  @SuppressWarnings("unchecked")
  public static <K, P> TermMatcher<P> cachedFor(K settings,
      Function<? super K, ? extends Map<String, P>> dictionary) {
    Objects.requireNonNull(settings, "settings");
    List<Object> key = List.of(settings, dictionary.getClass());
    return (TermMatcher<P>) CACHE.computeIfAbsent(key, k -> of(dictionary.apply(settings)));
  }

  /** Number of distinct (case-folded) surfaces. */
  public int size() {
    return keys.length;
  }

  /**
   * Every occurrence of a listed surface that passes the Latin boundary rule, overlapping and
   * nested ones included, ordered by start and then longest first.
   */
  public List<TermHit<P>> candidates(String text) {
    List<TermHit<P>> found = new ArrayList<>();
    int state = ROOT;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      state = next(state, foldChar(text.charAt(i)));
      int s = keyAt[state] != NONE ? state : outLink[state];
      while (s != NONE) {
        int k = keyAt[s];
        int end = i + 1;
        int start = end - keys[k].length();
        if (passesLatinBoundary(text, k, start, end)) {
          found.add(new TermHit<>(start, end, text.substring(start, end), payloads.get(k)));
        }
        s = outLink[s];
      }
    }
    found.sort(BY_START_THEN_LONGEST);
    return found;
  }

  /** The leftmost-longest, non-overlapping hits in {@code text}, in text order. */
  public List<TermHit<P>> hits(String text) {
    return leftmostLongest(candidates(text));
  }

  /**
   * Keeps the leftmost-longest, non-overlapping hits: walking by start (longest first at equal
   * start), a hit is kept when it starts at or after the end of the last kept hit.
   */
  public static <P> List<TermHit<P>> leftmostLongest(List<TermHit<P>> candidates) {
    List<TermHit<P>> sorted = new ArrayList<>(candidates);
    sorted.sort(BY_START_THEN_LONGEST);
    List<TermHit<P>> kept = new ArrayList<>();
    int lastEnd = 0;
    for (TermHit<P> hit : sorted) {
      if (hit.start() >= lastEnd) {
        kept.add(hit);
        lastEnd = hit.end();
      }
    }
    return kept;
  }

  private static final Comparator<TermHit<?>> BY_START_THEN_LONGEST =
      Comparator.<TermHit<?>>comparingInt(TermHit::start)
          .thenComparing(Comparator.<TermHit<?>>comparingInt(TermHit::end).reversed());

  private boolean passesLatinBoundary(String text, int k, int start, int end) {
    if (latinStart[k] && start > 0) {
      char before = text.charAt(start - 1);
      if (isLatinWordChar(before)) {
        return false;
      }
      // A decimal point joins digits: 5G is not in 15.5G.
      if (before == '.' && start > 1 && isDigit(text.charAt(start - 2)) && isDigit(text.charAt(start))) {
        return false;
      }
    }
    if (latinEnd[k] && end < text.length()) {
      char after = text.charAt(end);
      if (isLatinWordChar(after)) {
        return false;
      }
      if (after == '.' && end + 1 < text.length() && isDigit(text.charAt(end - 1))
          && isDigit(text.charAt(end + 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private int next(int state, char c) {
    while (true) {
      if (state == ROOT) {
        return rootNext[c];
      }
      int t = transition(state, c);
      if (t != NONE) {
        return t;
      }
      state = fail[state];
    }
  }

  private int transition(int state, char c) {
    char[] ls = labels[state];
    if (ls.length <= 4) {
      for (int i = 0; i < ls.length; i++) {
        if (ls[i] == c) {
          return targets[state][i];
        }
      }
      return NONE;
    }
    int i = Arrays.binarySearch(ls, c);
    return i >= 0 ? targets[state][i] : NONE;
  }

  /** True for ASCII letters and digits: the chars a Latin word boundary separates. */
  public static boolean isLatinWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Lower-cases ASCII letters only (never locale-dependent, never changes the length). */
  public static String foldCase(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = foldChar(c);
      if (f != c && out == null) {
        out = new StringBuilder(s);
      }
      if (out != null) {
        out.setCharAt(i, f);
      }
    }
    return out == null ? s : out.toString();
  }

  private static char foldChar(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
