package org.paperscope.jobs.spark;

import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.signum;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.paperscope.common.measures.CooccurrenceMeasures;
import org.paperscope.common.measures.TrendMeasures;

/**
 * The measures of MEASURES.md and {@code docs/tables.md} as Spark column expressions: the one place
 * the stages compute them. Each method computes what a reference method in {@code common}
 * computes ({@link CooccurrenceMeasures}, {@link TrendMeasures}; the tests compare them), in the
 * same formula and order of operations. Counts come in as integer columns and are computed on as
 * doubles, which is exact for counts below 2^53, so sums and differences of counts are exact
 * whichever way they are written. Logs are natural.
 */
public final class MeasureColumns {
  private MeasureColumns() {}

  /**
   * ab / (a + b − ab) ({@link CooccurrenceMeasures#jaccard}).
   *
   * @param ab units naming both, {@code a}, {@code b} units naming each
   */
  public static Column jaccard(Column ab, Column a, Column b) {
    return real(ab).divide(real(a).plus(real(b)).minus(real(ab)));
  }

  /** ab·N / (a·b) ({@link CooccurrenceMeasures#lift}). */
  public static Column lift(Column ab, Column a, Column b, Column n) {
    return real(ab).multiply(real(n)).divide(real(a).multiply(real(b)));
  }

  /** ln(ab·N / (a·b)) ({@link CooccurrenceMeasures#pmi}). */
  public static Column pmi(Column ab, Column a, Column b, Column n) {
    return log(lift(ab, a, b, n));
  }

  /**
   * pmi / −ln(ab/N), 1 when ab = N ({@link CooccurrenceMeasures#npmi}); the integer columns
   * {@code ab} and {@code n} are compared before any division.
   */
  public static Column npmi(Column ab, Column a, Column b, Column n) {
    return when(ab.equalTo(n), lit(1.0))
        .otherwise(pmi(ab, a, b, n).divide(log(real(ab).divide(real(n))).multiply(-1.0)));
  }

  /**
   * Dunning's G² of A and B over N units ({@link CooccurrenceMeasures#g2}): the log-likelihood of
   * the table k11 = ab, k12 = a − ab, k21 = b − ab, k22 = N − a − b + ab. Never negative; the sign
   * is {@link #g2Sign}.
   */
  public static Column g2(Column ab, Column a, Column b, Column n) {
    return logLikelihood(real(ab), real(a).minus(real(ab)), real(b).minus(real(ab)),
        real(n).minus(real(a)).minus(real(b)).plus(real(ab)));
  }

  /**
   * +1 when A and B are named together more often than independence predicts (ab·N &gt; a·b), −1
   * when less often, 0 when exactly as often ({@link CooccurrenceMeasures#direction}); an int.
   */
  public static Column g2Sign(Column ab, Column a, Column b, Column n) {
    return signum(real(ab).multiply(real(n)).minus(real(a).multiply(real(b))))
        .cast(DataTypes.IntegerType);
  }

  /**
   * Dunning's G² of "r of d now" against "rBefore of dBefore before", signed: positive when the
   * rate r/d is above rBefore/dBefore ({@link TrendMeasures#signedLogLikelihood}). The table is
   * k11 = r, k12 = d − r, k21 = rBefore, k22 = dBefore − rBefore. Null when d or dBefore is 0.
   */
  public static Column signedLogLikelihood(Column r, Column d, Column rBefore, Column dBefore) {
    Column g2 = logLikelihood(real(r), real(d).minus(real(r)), real(rBefore),
        real(dBefore).minus(real(rBefore)));
    Column sign = signum(real(r).multiply(real(dBefore)).minus(real(rBefore).multiply(real(d))));
    return when(d.gt(0).and(dBefore.gt(0)), sign.multiply(g2));
  }

  /**
   * G² = 2 Σ k_ij·ln(k_ij / E_ij), E_ij = row_i·col_j / N, over a 2×2 table of double columns;
   * cells with k_ij = 0 contribute 0, and the rounding residue of an exactly independent table is
   * clipped to 0 ({@link CooccurrenceMeasures#logLikelihood}).
   */
  public static Column logLikelihood(Column k11, Column k12, Column k21, Column k22) {
    Column n = k11.plus(k12).plus(k21).plus(k22);
    Column row1 = k11.plus(k12);
    Column row2 = k21.plus(k22);
    Column col1 = k11.plus(k21);
    Column col2 = k12.plus(k22);
    return greatest(lit(0.0), lit(2.0).multiply(
        cell(k11, row1.multiply(col1).divide(n))
            .plus(cell(k12, row1.multiply(col2).divide(n)))
            .plus(cell(k21, row2.multiply(col1).divide(n)))
            .plus(cell(k22, row2.multiply(col2).divide(n)))));
  }

  /** x / n as a double ({@link TrendMeasures#articleShare}). */
  public static Column share(Column x, Column n) {
    return real(x).divide(real(n));
  }

  /**
   * The low end of the Wilson 95% interval of x/n, clipped at 0 ({@link TrendMeasures#wilson95}):
   * (p̂ + z²/2n − z·sqrt(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n).
   */
  public static Column wilsonLow(Column x, Column n) {
    return greatest(lit(0.0), wilsonCentre(x, n).minus(wilsonHalfWidth(x, n)));
  }

  /** The high end of the Wilson 95% interval of x/n, clipped at 1 ({@link TrendMeasures#wilson95}). */
  public static Column wilsonHigh(Column x, Column n) {
    return least(lit(1.0), wilsonCentre(x, n).plus(wilsonHalfWidth(x, n)));
  }

  /**
   * count / chars × 10^6, null when there are no chars
   * ({@link TrendMeasures#mentionsPerMillionChars}).
   */
  public static Column perMillionChars(Column count, Column chars) {
    return when(chars.gt(0), real(count).multiply(1e6).divide(chars));
  }

  private static Column wilsonCentre(Column x, Column n) {
    double z = TrendMeasures.Z95;
    return share(x, n).plus(lit(z * z / 2).divide(real(n))).divide(wilsonDenominator(n));
  }

  private static Column wilsonHalfWidth(Column x, Column n) {
    double z = TrendMeasures.Z95;
    Column p = share(x, n);
    Column total = real(n);
    return lit(z).multiply(sqrt(p.multiply(lit(1.0).minus(p)).divide(total)
        .plus(lit(z * z / 4).divide(total.multiply(total))))).divide(wilsonDenominator(n));
  }

  private static Column wilsonDenominator(Column n) {
    double z = TrendMeasures.Z95;
    return lit(1.0).plus(lit(z * z).divide(real(n)));
  }

  /** k·ln(k/E), 0 when k = 0: one cell of G². */
  private static Column cell(Column k, Column expected) {
    return when(k.equalTo(0), lit(0.0)).otherwise(k.multiply(log(k.divide(expected))));
  }

  private static Column real(Column count) {
    return count.cast(DataTypes.DoubleType);
  }
}
