package org.paperscope.common.config;

import java.util.Collection;
import java.util.Optional;

/**
 * The nearest known name to a misspelt one (a config key, a CLI option, an allowed value), by
 * edit distance; used wherever an error says "did you mean ...?".
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The known name closest to {@code given}, when it is close enough to be a plausible typo (at
   * most a third of its characters, and at least two, differ); ties go to the first in
   * {@code known}'s order.
   */
  public static Optional<String> nearest(String given, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(given, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, given.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** {@code "; did you mean 'x'?"} or an empty string when nothing is close. */
  public static String didYouMean(String given, Collection<String> known) {
    return nearest(given, known).map(name -> "; did you mean '" + name + "'?").orElse("");
  }

  /** Damerau-Levenshtein (optimal string alignment) distance: a swap of two letters costs one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
