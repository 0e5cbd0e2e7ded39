package org.paperscope.common.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CooccurrenceMeasuresTest {
  private static final double EPS = 1e-4;

  @Test
  void matchesTheWorkedExampleOfMeasuresMd() {
    // N = 100, a = 20, b = 10, ab = 8
    assertThat(CooccurrenceMeasures.jaccard(8, 20, 10)).isCloseTo(0.3636, within(EPS));
    assertThat(CooccurrenceMeasures.lift(8, 20, 10, 100)).isCloseTo(4.0, within(1e-12));
    assertThat(CooccurrenceMeasures.pmi(8, 20, 10, 100)).isCloseTo(1.3863, within(EPS));
    assertThat(CooccurrenceMeasures.npmi(8, 20, 10, 100)).isCloseTo(0.5489, within(EPS));
    assertThat(CooccurrenceMeasures.g2(8, 20, 10, 100)).isCloseTo(19.39, within(0.005));
    assertThat(CooccurrenceMeasures.direction(8, 20, 10, 100)).isEqualTo(1);
  }

  @Test
  void matchesAHandComputedNegativeAssociation() {
    // N = 50, a = 30, b = 25, ab = 10: expected ab = 15.
    // lift = 500/750 = 0.6667; pmi = ln(2/3) = -0.405465; npmi = -0.405465 / -ln(0.2) = -0.251930
    // cells 10, 20, 15, 5; expected 15, 15, 10, 10
    // G² = 2(10 ln(10/15) + 20 ln(20/15) + 15 ln(15/10) + 5 ln(5/10)) = 2(-4.054651 + 5.753641
    //      + 6.081977 - 3.465736) = 8.630462
    assertThat(CooccurrenceMeasures.jaccard(10, 30, 25)).isCloseTo(10.0 / 45, within(1e-12));
    assertThat(CooccurrenceMeasures.lift(10, 30, 25, 50)).isCloseTo(0.666667, within(1e-6));
    assertThat(CooccurrenceMeasures.pmi(10, 30, 25, 50)).isCloseTo(-0.405465, within(1e-6));
    assertThat(CooccurrenceMeasures.npmi(10, 30, 25, 50)).isCloseTo(-0.251930, within(1e-6));
    assertThat(CooccurrenceMeasures.g2(10, 30, 25, 50)).isCloseTo(8.630462, within(1e-5));
    assertThat(CooccurrenceMeasures.direction(10, 30, 25, 50)).isEqualTo(-1);
  }

  @Test
  void givesNullRatherThanInfinityWhenTheyNeverOccurTogether() {
    // N = 10, a = 3, b = 4, ab = 0: cells 0, 3, 4, 3; expected 1.2, 1.8, 2.8, 4.2
    // G² = 2(0 + 3 ln(3/1.8) + 4 ln(4/2.8) + 3 ln(3/4.2)) = 2(1.532476 + 1.426699 - 1.009417)
    //    = 3.899516
    assertThat(CooccurrenceMeasures.pmi(0, 3, 4, 10)).isNull();
    assertThat(CooccurrenceMeasures.npmi(0, 3, 4, 10)).isNull();
    assertThat(CooccurrenceMeasures.lift(0, 3, 4, 10)).isEqualTo(0.0);
    assertThat(CooccurrenceMeasures.jaccard(0, 3, 4)).isEqualTo(0.0);
    assertThat(CooccurrenceMeasures.g2(0, 3, 4, 10)).isCloseTo(3.899516, within(1e-5));
    assertThat(CooccurrenceMeasures.direction(0, 3, 4, 10)).isEqualTo(-1);
  }

  @Test
  void npmiIsOneWhenBothAreInEveryUnit() {
    assertThat(CooccurrenceMeasures.npmi(7, 7, 7, 7)).isEqualTo(1.0);
    assertThat(CooccurrenceMeasures.pmi(7, 7, 7, 7)).isEqualTo(0.0);
    assertThat(CooccurrenceMeasures.g2(7, 7, 7, 7)).isEqualTo(0.0);
    assertThat(CooccurrenceMeasures.direction(7, 7, 7, 7)).isZero();
  }

  @Test
  void npmiIsOneWhenTheyAlwaysOccurTogether() {
    // a = b = ab = 5 of N = 20: pmi = ln 4, -ln(ab/N) = ln 4
    assertThat(CooccurrenceMeasures.npmi(5, 5, 5, 20)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void independenceGivesZeroAssociation() {
    // N = 100, a = 20, b = 10, ab = 2 = expected
    assertThat(CooccurrenceMeasures.pmi(2, 20, 10, 100)).isCloseTo(0.0, within(1e-12));
    assertThat(CooccurrenceMeasures.npmi(2, 20, 10, 100)).isCloseTo(0.0, within(1e-12));
    assertThat(CooccurrenceMeasures.g2(2, 20, 10, 100)).isCloseTo(0.0, within(1e-12));
    assertThat(CooccurrenceMeasures.direction(2, 20, 10, 100)).isZero();
  }

  @Test
  void emptyInputsAreUndefinedNotErrors() {
    assertThat(CooccurrenceMeasures.jaccard(0, 0, 0)).isNull();
    assertThat(CooccurrenceMeasures.lift(0, 0, 3, 10)).isNull();
    assertThat(CooccurrenceMeasures.g2(0, 0, 0, 0)).isNull();
  }

  @Test
  void rejectsInconsistentCountsNamingThem() {
    assertThatThrownBy(() -> CooccurrenceMeasures.pmi(5, 4, 10, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Inconsistent co-occurrence counts: ab=5, a=4, b=10, N=100"
            + " (need 0 <= ab <= a, b and a + b - ab <= N)");
    assertThatThrownBy(() -> CooccurrenceMeasures.logLikelihood(1, -1, 0, 0))
        .hasMessage("Counts of a 2x2 table must be >= 0, got 1, -1, 0, 0");
  }
}
