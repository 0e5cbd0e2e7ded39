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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An Aho-Corasick automaton over a dictionary of surface strings, each with a payload (a
 * {@link TopicTerm} for the trends stage, a ministry for the gazetteer). One scan finds every
 * listed surface in a text; {@link #hits} then keeps the leftmost-longest, non-overlapping ones
 * within each selection group.
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

  /** The group key of every payload when a matcher has a single global group. */
  private static final Object GLOBAL = "*";
  /** Cache-key tag of the per-topic term-list matchers. */
  private static final String BY_TOPIC = "by-topic";

  private final String[] keys;
  private final List<P> payloads;
  private final Map<String, Integer> keyIndex;
  private final Function<? super P, ?> group;
  private final boolean grouped;
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

  private TermMatcher(Map<String, P> dictionary, Function<? super P, ?> group) {
    this.group = group == null ? p -> GLOBAL : group;
    this.grouped = group != null;
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
    this.keyIndex = new HashMap<>();
    for (int k = 0; k < keys.length; k++) {
      keyIndex.put(keys[k], k);
    }
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

  /**
   * Builds a matcher with one global selection group (leftmost-longest over all surfaces);
   * surfaces are normalized and case-folded, empty ones are refused.
   */
  public static <P> TermMatcher<P> of(Map<String, P> dictionary) {
    return new TermMatcher<>(dictionary, null);
  }

  /**
   * Builds a matcher whose leftmost-longest selection runs separately inside each group: payloads
   * with equal {@code group} keys compete, others never hide each other.
   */
  public static <P> TermMatcher<P> of(Map<String, P> dictionary, Function<? super P, ?> group) {
    return new TermMatcher<>(dictionary, Objects.requireNonNull(group, "group"));
  }

  /**
   * The matcher for a term list, one selection group per topic, built once per JVM and shared by
   * all tasks (keyed by the list's value, so an edited list gets a new matcher).
   */
  @SuppressWarnings("unchecked")
  public static TermMatcher<TopicTerm> cachedFor(TermList terms) {
    Objects.requireNonNull(terms, "terms");
    List<Object> key = List.of(terms, BY_TOPIC);
    return (TermMatcher<TopicTerm>) CACHE.computeIfAbsent(key,
        k -> of(terms.dictionary(), TopicTerm::topic));
  }

  /**
   * The matcher for any immutable settings value (a gazetteer, ...), built once per JVM with
   * {@code dictionary} and shared afterwards. The cache key is the settings value together with the
   * class of {@code dictionary}, so two callers that derive different dictionaries from one
   * settings value do not share a matcher. Such a matcher has one global selection group. Entries
   * live as long as the JVM: settings values are few per job.
   */
  @SuppressWarnings("unchecked")
  public static <K, P> TermMatcher<P> cachedFor(K settings,
      Function<? super K, ? extends Map<String, P>> dictionary) {
    Objects.requireNonNull(settings, "settings");
    List<Object> key = List.of(settings, dictionary.getClass());
    return (TermMatcher<P>) CACHE.computeIfAbsent(key, k -> of(dictionary.apply(settings)));
  }

  /** True when selection runs per group; false for one global group. */
  public boolean grouped() {
    return grouped;
  }

  /** The selection group of a payload (one shared key when the matcher is not grouped). */
  public Object groupOf(P payload) {
    return group.apply(payload);
  }

  /** The payload of a listed surface spelled exactly by {@code text} (Latin case folded). */
  public Optional<P> payloadOf(String text) {
    Integer k = keyIndex.get(foldCase(text));
    return k == null ? Optional.empty() : Optional.of(payloads.get(k));
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
    return scan(text).candidates();
  }

  /**
   * Every occurrence of a listed surface, split by the Latin boundary rule.
   *
   * @param candidates   occurrences that pass it, ordered by start and then longest first
   * @param latinRefused occurrences inside a longer Latin word (5G in 5GB, AI in OpenAI), same order
   */
  public record Scan<P>(List<TermHit<P>> candidates, List<TermHit<P>> latinRefused) {}

  /** One pass over {@code text}: the candidates and the occurrences the Latin rule refuses. */
  public Scan<P> scan(String text) {
    List<TermHit<P>> found = new ArrayList<>();
    List<TermHit<P>> latin = new ArrayList<>();
    int state = ROOT;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      state = next(state, foldChar(text.charAt(i)));
      int s = keyAt[state] != NONE ? state : outLink[state];
      while (s != NONE) {
        int k = keyAt[s];
        int end = i + 1;
        int start = end - keys[k].length();
        TermHit<P> hit = new TermHit<>(start, end, text.substring(start, end), payloads.get(k));
        (passesLatinBoundary(text, k, start, end) ? found : latin).add(hit);
        s = outLink[s];
      }
    }
    found.sort(BY_START_THEN_LONGEST);
    latin.sort(BY_START_THEN_LONGEST);
    return new Scan<>(found, latin);
  }

  /**
   * The leftmost-longest, non-overlapping hits in {@code text} within each selection group, in
   * text order (hits of different groups may overlap).
   */
  public List<TermHit<P>> hits(String text) {
    return select(candidates(text));
  }

  /** Leftmost-longest inside each selection group, in text order (see {@link #leftmostLongest}). */
  public List<TermHit<P>> select(List<TermHit<P>> candidates) {
    if (!grouped) {
      return leftmostLongest(candidates);
    }
    List<TermHit<P>> sorted = new ArrayList<>(candidates);
    sorted.sort(BY_START_THEN_LONGEST);
    Map<Object, Integer> lastEnd = new HashMap<>();
    List<TermHit<P>> kept = new ArrayList<>();
    for (TermHit<P> hit : sorted) {
      Object g = groupOf(hit.payload());
      if (hit.start() >= lastEnd.getOrDefault(g, 0)) {
        kept.add(hit);
        lastEnd.put(g, hit.end());
      }
    }
    return kept;
  }

  /**
   * The Latin word that contains an occurrence the Latin rule refused: the run of ASCII letters
   * and digits around it, decimal points between digits included ({@code 5GB}, {@code 15.5G}).
   */
  public static String latinWordAround(String text, int start, int end) {
    int from = start;
    while (from > 0 && (isLatinWordChar(text.charAt(from - 1))
        || (text.charAt(from - 1) == '.' && from > 1 && isDigit(text.charAt(from - 2))
            && isDigit(text.charAt(from))))) {
      from--;
    }
    int to = end;
    while (to < text.length() && (isLatinWordChar(text.charAt(to))
        || (text.charAt(to) == '.' && to + 1 < text.length() && isDigit(text.charAt(to - 1))
            && isDigit(text.charAt(to + 1))))) {
      to++;
    }
    return text.substring(from, to);
  }

  /**
   * Keeps the leftmost-longest, non-overlapping hits over one global group: walking by start
   * (longest first at equal start), a hit is kept when it starts at or after the end of the last
   * kept hit.
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
