package org.paperscope.common.measures;

/**
 * Trend measures as defined in MEASURES.md and {@code docs/tables.md}: shares with Wilson
 * intervals, mentions per million chars, the signed log-likelihood of a period against earlier
 * ones, and Kleinberg's two-state burst detection. Logs are natural. Undefined values are null.
 *
 * <p>The Spark stage computes the per-row formulas as column expressions; this class is the
 * reference its tests compare against.
 */
public final class TrendMeasures {
  /** z for a two-sided 95% interval. */
  public static final double Z95 = 1.96;

  private TrendMeasures() {}

  /** A closed interval [low, high]. */
  public record Interval(double low, double high) {}

  /** articles_with / total_articles; null when there are no articles. */
  public static Double articleShare(long articlesWith, long totalArticles) {
    checkShare(articlesWith, totalArticles);
    return totalArticles == 0 ? null : (double) articlesWith / totalArticles;
  }

  /** mentions / total_chars × 10^6; null when there are no chars. */
  public static Double mentionsPerMillionChars(long mentions, long totalChars) {
    if (mentions < 0 || totalChars < 0) {
      throw new IllegalArgumentException("Counts must be >= 0, got mentions=" + mentions
          + ", total_chars=" + totalChars);
    }
    return totalChars == 0 ? null : mentions * 1e6 / totalChars;
  }

  /**
   * Wilson score interval for x successes in n trials at {@code z}:
   * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z·sqrt(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n),
   * clipped to [0, 1]. 0/17 gives [0, 0.1843], 3/10 gives [0.1078, 0.6032]. Null when n = 0.
   */
  public static Interval wilson(long x, long n, double z) {
    checkShare(x, n);
    if (n == 0) {
      return null;
    }
    double p = (double) x / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new Interval(Math.max(0.0, centre - half), Math.min(1.0, centre + half));
  }

  /** The 95% Wilson interval. */
  public static Interval wilson95(long x, long n) {
    return wilson(x, n, Z95);
  }

  /**
   * Dunning's G² of "r of d in this period" against "rBefore of dBefore in the periods before",
   * signed: positive when the period's rate r/d is above the earlier rate, negative when below.
   * The 2×2 table is k11 = r, k12 = d − r, k21 = rBefore, k22 = dBefore − rBefore. Null when either
   * side has no trials (nothing to compare).
   */
  public static Double signedLogLikelihood(long r, long d, long rBefore, long dBefore) {
    checkShare(r, d);
    checkShare(rBefore, dBefore);
    if (d == 0 || dBefore == 0) {
      return null;
    }
    double g2 = CooccurrenceMeasures.logLikelihood(r, d - r, rBefore, dBefore - rBefore);
    // r/d vs rBefore/dBefore without division: compare r·dBefore with rBefore·d.
    int sign = Double.compare((double) r * dBefore, (double) rBefore * d);
    return sign * g2;
  }

  /**
   * Kleinberg's two-state burst detection for batched counts: r[t] relevant items out of d[t] in
   * period t. Base rate p0 = Σr / Σd, burst rate p1 = s·p0 (capped below 1). The cost of period t
   * in state i is −ln(p_i^r (1 − p_i)^(d − r)) (the binomial coefficient is the same in both states
   * and left out); moving up from the base to the burst state costs γ·ln n (n = number of
   * periods), moving down is free, the sequence starts in the base state. Returns the state
   * sequence of least total cost (Viterbi), true = burst.
   *
   * @param s     burst rate multiplier, &gt; 1 (2 is typical)
   * @param gamma cost factor of entering a burst, &gt;= 0 (1 is typical)
   */
  public static boolean[] kleinbergBursts(long[] r, long[] d, double s, double gamma) {
    if (r.length != d.length) {
      throw new IllegalArgumentException("Kleinberg needs as many totals as counts, got "
          + r.length + " and " + d.length);
    }
    if (!(s > 1) || !(gamma >= 0)) {
      throw new IllegalArgumentException("Kleinberg needs s > 1 and gamma >= 0, got s=" + s
          + ", gamma=" + gamma);
    }
    int n = r.length;
    boolean[] burst = new boolean[n];
    long totalR = 0;
    long totalD = 0;
    for (int t = 0; t < n; t++) {
      checkShare(r[t], d[t]);
      totalR += r[t];
      totalD += d[t];
    }
    if (n == 0 || totalR == 0 || totalR == totalD) {
      return burst;
    }
    double p0 = (double) totalR / totalD;
    double p1 = Math.min(s * p0, 0.9999);
    if (p1 <= p0) {
      return burst;
    }
    double up = gamma * Math.log(n);
    // The logarithms of the two rates, once per series: the same values periodCost would take
    // in every period, so the costs are the same to the last bit.
    double lnP0 = Math.log(p0);
    double ln1mP0 = Math.log1p(-p0);
    double lnP1 = Math.log(p1);
    double ln1mP1 = Math.log1p(-p1);
    // cost[i] = least cost of periods 0..t ending in state i; into0FromBurst[t] / into1FromBurst[t]
    // = the state before t of the best path ending in state 0 / 1 at t was the burst state
    double cost0 = 0;
    double cost1 = up;
    boolean[] into0FromBurstAt = new boolean[n];
    boolean[] into1FromBurstAt = new boolean[n];
    for (int t = 0; t < n; t++) {
      double c0 = periodCost(r[t], d[t], lnP0, ln1mP0);
      double c1 = periodCost(r[t], d[t], lnP1, ln1mP1);
      double stay0 = t == 0 ? 0 : cost0;
      double into0FromBurst = t == 0 ? Double.POSITIVE_INFINITY : cost1;
      double new0;
      if (into0FromBurst < stay0) {
        new0 = into0FromBurst + c0;
        into0FromBurstAt[t] = true;
      } else {
        new0 = stay0 + c0;
      }
      double from0 = (t == 0 ? 0 : cost0) + up;
      double stay1 = t == 0 ? Double.POSITIVE_INFINITY : cost1;
      double new1;
      if (stay1 <= from0) {
        new1 = stay1 + c1;
        into1FromBurstAt[t] = true;
      } else {
        new1 = from0 + c1;
      }
      cost0 = new0;
      cost1 = new1;
    }
    boolean state = cost1 < cost0;
    for (int t = n - 1; t >= 0; t--) {
      burst[t] = state;
      state = state ? into1FromBurstAt[t] : into0FromBurstAt[t];
    }
    return burst;
  }

  /** −ln(p^r (1 − p)^(d − r)) from ln p and ln(1 − p). */
  private static double periodCost(long r, long d, double lnP, double ln1mP) {
    return -(r * lnP + (d - r) * ln1mP);
  }

  private static void checkShare(long x, long n) {
    if (x < 0 || n < 0 || x > n) {
      throw new IllegalArgumentException("Need 0 <= x <= n, got x=" + x + ", n=" + n);
    }
  }
}
