package org.paperscope.common.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paperscope.common.measures.TrendMeasures.Interval;

class TrendMeasuresTest {

  @Test
  void wilsonIntervalMatchesTheWorkedNumbers() {
    Interval none = TrendMeasures.wilson95(0, 17);
    Interval three = TrendMeasures.wilson95(3, 10);

    assertThat(none.low()).isEqualTo(0.0);
    assertThat(none.high()).isCloseTo(0.1843, within(1e-4));
    assertThat(three.low()).isCloseTo(0.1078, within(1e-4));
    assertThat(three.high()).isCloseTo(0.6032, within(1e-4));
  }

  @Test
  void wilsonIntervalOfAFullShareEndsAtOneAndOfNoTrialsIsNull() {
    assertThat(TrendMeasures.wilson95(5, 5).high()).isEqualTo(1.0);
    assertThat(TrendMeasures.wilson95(0, 0)).isNull();
  }

  @Test
  void sharesAndRatesAreNullWithoutADenominator() {
    assertThat(TrendMeasures.articleShare(3, 12)).isEqualTo(0.25);
    assertThat(TrendMeasures.articleShare(0, 0)).isNull();
    assertThat(TrendMeasures.mentionsPerMillionChars(3, 1_500_000)).isEqualTo(2.0);
    assertThat(TrendMeasures.mentionsPerMillionChars(0, 0)).isNull();
  }

  @Test
  void refusesInconsistentCountsNamingThem() {
    assertThatThrownBy(() -> TrendMeasures.articleShare(4, 3))
        .hasMessage("Need 0 <= x <= n, got x=4, n=3");
  }

  @Test
  void signedLogLikelihoodIsPositiveForARiseAndNegativeForAFall() {
    // 30 of 1000 now against 20 of 3000 before: G² = 27.7989 (computed by hand from the table).
    assertThat(TrendMeasures.signedLogLikelihood(30, 1000, 20, 3000))
        .isCloseTo(27.7989, within(1e-4));
    assertThat(TrendMeasures.signedLogLikelihood(20, 3000, 30, 1000))
        .isCloseTo(-27.7989, within(1e-4));
    assertThat(TrendMeasures.signedLogLikelihood(1, 100, 10, 1000)).isEqualTo(0.0);
    assertThat(TrendMeasures.signedLogLikelihood(5, 100, 0, 0)).isNull();
  }

  @Test
  void kleinbergFindsASingleBurst() {
    boolean[] bursts = TrendMeasures.kleinbergBursts(
        new long[] {1, 1, 1, 10, 12, 1, 1}, new long[] {100, 100, 100, 100, 100, 100, 100}, 2, 1);

    assertThat(bursts).containsExactly(false, false, false, true, true, false, false);
  }

  @Test
  void kleinbergBridgesAShortGapInsteadOfPayingTwiceToEnterTheBurst() {
    long[] d = {50, 50, 50, 50, 50, 50, 50, 50};
    long[] r = {0, 0, 5, 0, 6, 0, 0, 0};

    assertThat(TrendMeasures.kleinbergBursts(r, d, 2, 1))
        .containsExactly(false, false, true, true, true, false, false, false);
    assertThat(TrendMeasures.kleinbergBursts(r, d, 2, 3)).doesNotContain(true);
  }

  @Test
  void kleinbergFindsNothingInAFlatOrEmptySeries() {
    assertThat(TrendMeasures.kleinbergBursts(new long[] {2, 3, 2, 4, 3, 2, 3},
        new long[] {100, 100, 100, 100, 100, 100, 100}, 2, 1)).doesNotContain(true);
    assertThat(TrendMeasures.kleinbergBursts(new long[] {0, 0}, new long[] {10, 10}, 2, 1))
        .doesNotContain(true);
    assertThat(TrendMeasures.kleinbergBursts(new long[0], new long[0], 2, 1)).isEmpty();
  }

  @Test
  void kleinbergAgreesWithBruteForceOnRandomSeries() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(9);
      long[] r = new long[n];
      long[] d = new long[n];
      for (int t = 0; t < n; t++) {
        d[t] = 1 + random.nextInt(60);
        r[t] = random.nextInt((int) d[t] + 1) / (random.nextBoolean() ? 1 : 4);
      }
      double gamma = random.nextDouble() * 2;
      assertThat(cost(TrendMeasures.kleinbergBursts(r, d, 2, gamma), r, d, gamma))
          .as("round %d", round)
          .isCloseTo(bruteForceCost(r, d, gamma), within(1e-9));
    }
  }

  @Test
  void kleinbergGivesTheSameStatesAsThePerPeriodLogarithmsOnLongSparseSeries() {
    // The logarithms of the two rates are taken once per series; a reference that takes them in
    // every period (the code before) must give the same states, ties included, on long series
    // like the daily ones of a large archive (mostly empty days, a few dense runs).
    Random random = new Random(11);
    int withBursts = 0;
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(3000);
      long[] r = new long[n];
      long[] d = new long[n];
      int runStart = random.nextInt(n);
      int runLength = random.nextInt(Math.max(1, n / 10));
      for (int t = 0; t < n; t++) {
        d[t] = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(40);
        boolean inRun = t >= runStart && t < runStart + runLength;
        int odds = inRun ? 2 : 30;
        r[t] = d[t] == 0 ? 0 : random.nextInt(odds) == 0 ? 1 + random.nextInt((int) d[t]) : 0;
      }
      double s = 1.5 + random.nextDouble() * 2;
      double gamma = random.nextDouble() * 2;
      boolean[] states = TrendMeasures.kleinbergBursts(r, d, s, gamma);
      assertThat(states).as("round %d", round).isEqualTo(referenceKleinberg(r, d, s, gamma));
      for (boolean state : states) {
        if (state) {
          withBursts++;
          break;
        }
      }
    }
    assertThat(withBursts).as("series with a burst").isGreaterThan(50);
  }

  /** Kleinberg's Viterbi as written before: the logarithms in every period, a boolean[n][2] of back pointers. */
  private static boolean[] referenceKleinberg(long[] r, long[] d, double s, double gamma) {
    int n = r.length;
    boolean[] burst = new boolean[n];
    long totalR = 0;
    long totalD = 0;
    for (int t = 0; t < n; t++) {
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
    double cost0 = 0;
    double cost1 = up;
    boolean[][] fromBurst = new boolean[n][2];
    for (int t = 0; t < n; t++) {
      double c0 = -(r[t] * Math.log(p0) + (d[t] - r[t]) * Math.log1p(-p0));
      double c1 = -(r[t] * Math.log(p1) + (d[t] - r[t]) * Math.log1p(-p1));
      double stay0 = t == 0 ? 0 : cost0;
      double into0FromBurst = t == 0 ? Double.POSITIVE_INFINITY : cost1;
      double new0;
      if (into0FromBurst < stay0) {
        new0 = into0FromBurst + c0;
        fromBurst[t][0] = true;
      } else {
        new0 = stay0 + c0;
      }
      double from0 = (t == 0 ? 0 : cost0) + up;
      double stay1 = t == 0 ? Double.POSITIVE_INFINITY : cost1;
      double new1;
      if (stay1 <= from0) {
        new1 = stay1 + c1;
        fromBurst[t][1] = true;
      } else {
        new1 = from0 + c1;
      }
      cost0 = new0;
      cost1 = new1;
    }
    boolean state = cost1 < cost0;
    for (int t = n - 1; t >= 0; t--) {
      burst[t] = state;
      state = fromBurst[t][state ? 1 : 0];
    }
    return burst;
  }

  private static double bruteForceCost(long[] r, long[] d, double gamma) {
    int n = r.length;
    double best = Double.POSITIVE_INFINITY;
    for (int mask = 0; mask < (1 << n); mask++) {
      boolean[] states = new boolean[n];
      for (int t = 0; t < n; t++) {
        states[t] = (mask & (1 << t)) != 0;
      }
      best = Math.min(best, cost(states, r, d, gamma));
    }
    return best;
  }

  private static double cost(boolean[] states, long[] r, long[] d, double gamma) {
    long totalR = 0;
    long totalD = 0;
    for (int t = 0; t < r.length; t++) {
      totalR += r[t];
      totalD += d[t];
    }
    if (totalR == 0 || totalR == totalD) {
      return 0;
    }
    double p0 = (double) totalR / totalD;
    double p1 = Math.min(2 * p0, 0.9999);
    double cost = 0;
    boolean previous = false;
    for (int t = 0; t < r.length; t++) {
      double p = states[t] ? p1 : p0;
      cost -= r[t] * Math.log(p) + (d[t] - r[t]) * Math.log1p(-p);
      if (states[t] && !previous) {
        cost += gamma * Math.log(r.length);
      }
      previous = states[t];
    }
    return cost;
  }
}
