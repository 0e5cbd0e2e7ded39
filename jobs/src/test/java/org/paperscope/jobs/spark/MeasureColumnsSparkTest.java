package org.paperscope.jobs.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paperscope.common.measures.CooccurrenceMeasures;
import org.paperscope.common.measures.TrendMeasures;

/** The measure columns against the worked numbers of MEASURES.md and the reference methods. */
@Tag("spark")
class MeasureColumnsSparkTest {
  private static final StructType PAIRS = new StructType()
      .add("ab", DataTypes.LongType)
      .add("a", DataTypes.LongType)
      .add("b", DataTypes.LongType)
      .add("n", DataTypes.LongType);
  private static final StructType PERIODS = new StructType()
      .add("r", DataTypes.LongType)
      .add("d", DataTypes.LongType)
      .add("r_before", DataTypes.LongType)
      .add("d_before", DataTypes.LongType);

  private static SparkSession spark;

  @BeforeAll
  static void setUp() {
    spark = SparkTestSession.get();
  }

  private static Row cooccurrence(long ab, long a, long b, long n) {
    Column cab = col("ab");
    Column ca = col("a");
    Column cb = col("b");
    Column cn = col("n");
    return spark.createDataFrame(List.of(RowFactory.create(ab, a, b, n)), PAIRS).select(
        MeasureColumns.jaccard(cab, ca, cb).as("jaccard"),
        MeasureColumns.lift(cab, ca, cb, cn).as("lift"),
        MeasureColumns.pmi(cab, ca, cb, cn).as("pmi"),
        MeasureColumns.npmi(cab, ca, cb, cn).as("npmi"),
        MeasureColumns.g2(cab, ca, cb, cn).as("g2"),
        MeasureColumns.g2Sign(cab, ca, cb, cn).as("g2_sign")).first();
  }

  @Test
  void coOccurrenceMeasuresGiveTheWorkedNumbersOfMeasuresMd() {
    // N = 100, a = 20, b = 10, ab = 8
    Row row = cooccurrence(8, 20, 10, 100);

    assertThat(row.<Double>getAs("jaccard")).isCloseTo(8.0 / 22, within(1e-12));
    assertThat(row.<Double>getAs("jaccard")).isCloseTo(0.3636, within(5e-5));
    assertThat(row.<Double>getAs("lift")).isEqualTo(4.0);
    assertThat(row.<Double>getAs("pmi")).isCloseTo(1.3863, within(5e-5));
    assertThat(row.<Double>getAs("npmi")).isCloseTo(0.5489, within(5e-5));
    assertThat(row.<Double>getAs("g2")).isCloseTo(19.39, within(0.005));
    assertThat(row.<Integer>getAs("g2_sign")).isEqualTo(1);
  }

  @Test
  void coOccurrenceMeasuresEqualTheReferenceIncludingEmptyCellsAndTheEdges() {
    long[][] tables = {{8, 20, 10, 100}, {10, 30, 25, 50}, {0, 3, 4, 10}, {5, 5, 5, 5},
        {5, 5, 9, 40}, {2, 10, 10, 50}, {1, 1, 1, 24102}, {17, 400, 900, 24102}};
    for (long[] t : tables) {
      Row row = cooccurrence(t[0], t[1], t[2], t[3]);
      String label = java.util.Arrays.toString(t);
      assertThat(row.<Double>getAs("jaccard")).as("jaccard " + label)
          .isCloseTo(CooccurrenceMeasures.jaccard(t[0], t[1], t[2]), within(1e-12));
      assertThat(row.<Double>getAs("g2")).as("g2 " + label)
          .isCloseTo(CooccurrenceMeasures.g2(t[0], t[1], t[2], t[3]), within(1e-9));
      assertThat(row.<Integer>getAs("g2_sign")).as("g2_sign " + label)
          .isEqualTo(CooccurrenceMeasures.direction(t[0], t[1], t[2], t[3]));
      if (t[0] == 0) {
        assertThat(row.isNullAt(row.fieldIndex("pmi"))).as("pmi of ab = 0 " + label).isTrue();
        assertThat(row.isNullAt(row.fieldIndex("npmi"))).as("npmi of ab = 0 " + label).isTrue();
        continue;
      }
      assertThat(row.<Double>getAs("lift")).as("lift " + label)
          .isCloseTo(CooccurrenceMeasures.lift(t[0], t[1], t[2], t[3]), within(1e-12));
      assertThat(row.<Double>getAs("pmi")).as("pmi " + label)
          .isCloseTo(CooccurrenceMeasures.pmi(t[0], t[1], t[2], t[3]), within(1e-12));
      assertThat(row.<Double>getAs("npmi")).as("npmi " + label)
          .isCloseTo(CooccurrenceMeasures.npmi(t[0], t[1], t[2], t[3]), within(1e-12));
    }
    assertThat(cooccurrence(5, 5, 5, 5).<Double>getAs("npmi")).as("ab = a = b = N").isEqualTo(1.0);
    assertThat(cooccurrence(2, 10, 10, 50).<Double>getAs("g2")).as("independent table")
        .isEqualTo(0.0);
    assertThat(cooccurrence(2, 10, 10, 50).<Integer>getAs("g2_sign")).isZero();
  }

  @Test
  void signedLogLikelihoodEqualsTheReferenceAndIsNullWithoutTrials() {
    long[][] periods = {{6, 10, 1, 50}, {65, 1890, 38, 6034}, {1, 10, 5, 10}, {0, 10, 3, 30},
        {3, 30, 1, 10}, {4, 4, 0, 12}, {0, 0, 3, 30}, {3, 30, 0, 0}};
    List<Row> rows = new ArrayList<>();
    for (long[] p : periods) {
      rows.add(RowFactory.create(p[0], p[1], p[2], p[3]));
    }
    Dataset<Row> scored = spark.createDataFrame(rows, PERIODS).select(col("r"), col("d"),
        col("r_before"), col("d_before"), MeasureColumns.signedLogLikelihood(col("r"), col("d"),
            col("r_before"), col("d_before")).as("score"));
    List<Row> out = scored.collectAsList();
    assertThat(out).hasSize(periods.length);
    for (Row row : out) {
      long r = row.getLong(0);
      long d = row.getLong(1);
      long rBefore = row.getLong(2);
      long dBefore = row.getLong(3);
      Double expected = TrendMeasures.signedLogLikelihood(r, d, rBefore, dBefore);
      String label = r + "/" + d + " vs " + rBefore + "/" + dBefore;
      if (expected == null) {
        assertThat(row.isNullAt(4)).as(label).isTrue();
      } else {
        assertThat(row.getDouble(4)).as(label).isCloseTo(expected, within(1e-9));
      }
    }
    // same rate now and before: 3/30 against 1/10 scores 0
    assertThat(out.get(4).getDouble(4)).isEqualTo(0.0);
    // falling rate: negative
    assertThat(out.get(2).getDouble(4)).isNegative();
  }

  @Test
  void wilsonIntervalGivesTheWorkedNumbersOfMeasuresMd() {
    Dataset<Row> shares = spark.createDataFrame(List.of(RowFactory.create(0L, 17L),
            RowFactory.create(3L, 10L), RowFactory.create(1L, 3L), RowFactory.create(2L, 2L)),
        new StructType().add("x", DataTypes.LongType).add("n", DataTypes.LongType));
    List<Row> out = shares.select(MeasureColumns.share(col("x"), col("n")),
        MeasureColumns.wilsonLow(col("x"), col("n")),
        MeasureColumns.wilsonHigh(col("x"), col("n"))).collectAsList();

    assertThat(out.get(0).getDouble(0)).isEqualTo(0.0);
    assertThat(out.get(0).getDouble(1)).isEqualTo(0.0);
    assertThat(out.get(0).getDouble(2)).isCloseTo(0.1843, within(5e-5));
    assertThat(out.get(1).getDouble(0)).isEqualTo(0.3);
    assertThat(out.get(1).getDouble(1)).isCloseTo(0.1078, within(5e-5));
    assertThat(out.get(1).getDouble(2)).isCloseTo(0.6032, within(5e-5));
    long[][] cases = {{0, 17}, {3, 10}, {1, 3}, {2, 2}};
    for (int i = 0; i < cases.length; i++) {
      TrendMeasures.Interval reference = TrendMeasures.wilson95(cases[i][0], cases[i][1]);
      assertThat(out.get(i).getDouble(1)).isCloseTo(reference.low(), within(1e-12));
      assertThat(out.get(i).getDouble(2)).isCloseTo(reference.high(), within(1e-12));
    }
    assertThat(out.get(3).getDouble(2)).as("2/2 clipped at 1").isEqualTo(1.0);
  }

  @Test
  void perMillionCharsIsNullWithoutChars() {
    List<Row> out = spark.createDataFrame(List.of(RowFactory.create(3L, 1_500_000L),
            RowFactory.create(0L, 0L)),
        new StructType().add("mentions", DataTypes.LongType).add("chars", DataTypes.LongType))
        .select(MeasureColumns.perMillionChars(col("mentions"), col("chars"))).collectAsList();

    assertThat(out.get(0).getDouble(0))
        .isCloseTo(TrendMeasures.mentionsPerMillionChars(3, 1_500_000), within(1e-12));
    assertThat(out.get(1).isNullAt(0)).isTrue();
  }
}
