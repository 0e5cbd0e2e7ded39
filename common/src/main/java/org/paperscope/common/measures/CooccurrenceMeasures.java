package org.paperscope.common.measures;

/**
 * Association measures of two items A and B over N scope units (articles or sentences), as defined
 * in MEASURES.md and {@code docs/tables.md}: {@code ab} units name both, {@code a} name A,
 * {@code b} name B (a unit counts once however often it names them). Logs are natural. A measure
 * that is undefined for the counts returns null rather than an infinity or NaN.
 *
 * <p>The Spark stage computes the same formulas as column expressions; this class is the reference
 * its tests compare against.
 */
public final class CooccurrenceMeasures {
  private CooccurrenceMeasures() {}

  /** ab / (a + b − ab); null when neither item occurs. */
  public static Double jaccard(long ab, long a, long b) {
    check(ab, a, b, a + b - ab);
    long union = a + b - ab;
    return union == 0 ? null : (double) ab / union;
  }

  /** ab·N / (a·b); null when a or b is 0. */
  public static Double lift(long ab, long a, long b, long n) {
    check(ab, a, b, n);
    if (a == 0 || b == 0) {
      return null;
    }
    return (double) ab * n / ((double) a * b);
  }

  /** ln(ab·N / (a·b)); null when ab = 0. */
  public static Double pmi(long ab, long a, long b, long n) {
    check(ab, a, b, n);
    if (ab == 0) {
      return null;
    }
    return Math.log((double) ab * n / ((double) a * b));
  }

  /** pmi / −ln(ab/N), in [−1, 1]; null when ab = 0; 1 when ab = N (hence a = b = N). */
  public static Double npmi(long ab, long a, long b, long n) {
    check(ab, a, b, n);
    if (ab == 0) {
      return null;
    }
    if (ab == n) {
      return 1.0;
    }
    return pmi(ab, a, b, n) / -Math.log((double) ab / n);
  }

  /**
   * Dunning's log-likelihood G² of the 2×2 table k11 = ab, k12 = a − ab, k21 = b − ab,
   * k22 = N − a − b + ab; null when N = 0. Always ≥ 0: see {@link #direction} for the sign.
   */
  public static Double g2(long ab, long a, long b, long n) {
    check(ab, a, b, n);
    if (n == 0) {
      return null;
    }
    return logLikelihood(ab, a - ab, b - ab, n - a - b + ab);
  }

  /**
   * G² = 2 Σ k_ij·ln(k_ij / E_ij) with E_ij = row_i·col_j / N over any 2×2 table of counts;
   * cells with k_ij = 0 contribute 0. Also usable for "this period against the others" tests.
   */
  public static double logLikelihood(long k11, long k12, long k21, long k22) {
    if (k11 < 0 || k12 < 0 || k21 < 0 || k22 < 0) {
      throw new IllegalArgumentException("Counts of a 2x2 table must be >= 0, got " + k11 + ", "
          + k12 + ", " + k21 + ", " + k22);
    }
    double n = (double) k11 + k12 + k21 + k22;
    if (n == 0) {
      return 0.0;
    }
    double row1 = k11 + k12;
    double row2 = k21 + k22;
    double col1 = k11 + k21;
    double col2 = k12 + k22;
    double sum = term(k11, row1 * col1 / n) + term(k12, row1 * col2 / n)
        + term(k21, row2 * col1 / n) + term(k22, row2 * col2 / n);
    // rounding can leave a tiny negative value for an exactly independent table
    return Math.max(0.0, 2.0 * sum);
  }

  /** +1 when A and B occur together more often than independence predicts (ab·N > a·b), −1 when
   *  less often, 0 when exactly as often. */
  public static int direction(long ab, long a, long b, long n) {
    check(ab, a, b, n);
    return Long.signum(ab * n - a * b);
  }

  private static double term(long k, double expected) {
    return k == 0 ? 0.0 : k * Math.log(k / expected);
  }

  private static void check(long ab, long a, long b, long n) {
    if (ab < 0 || ab > a || ab > b || a > n || b > n || a + b - ab > n) {
      throw new IllegalArgumentException("Inconsistent co-occurrence counts: ab=" + ab + ", a=" + a
          + ", b=" + b + ", N=" + n + " (need 0 <= ab <= a, b and a + b - ab <= N)");
    }
  }
}
