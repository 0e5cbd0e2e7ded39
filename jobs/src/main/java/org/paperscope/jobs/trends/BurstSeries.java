package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paperscope.common.measures.TrendMeasures;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.TableSpec;

/**
 * The burst input of every term_trends series, one row per series (granularity, publication,
 * topic, term) with its points in date order: period_start, articles_with, total_articles and the
 * burst flag. Kleinberg's automaton needs the whole series (its base rate is the series' overall
 * rate), so a one-day run decides the bursts of every series again; kept as one small state file
 * ({@code _state/term_trends_series}), that costs one read of a few hundred rows instead of
 * reading and regrouping every row of term_trends.
 *
 * <p>The state is trusted only when its {@code signatures_checksum} equals the checksum of the
 * period signatures it was written with ({@link org.paperscope.jobs.spark.PeriodSignatures#checksum}).
 * It is written before term_trends and the signatures after it, so a run that died between the
 * three leaves a mismatch and the next run rebuilds the series from term_trends itself.
 */
public final class BurstSeries {
  public static final String NAME = "_state/" + TrendsTables.TRENDS + "_series";
  public static final String CHECKSUM = "signatures_checksum";
  static final String[] SERIES_KEYS = {"granularity", "publication", "topic", "term"};

  static final StructType POINT = new StructType()
      .add("period_start", DataTypes.DateType, false)
      .add("articles_with", DataTypes.LongType, false)
      .add("total_articles", DataTypes.LongType, false)
      .add("burst", DataTypes.BooleanType, true);

  /** One series: its key columns ({@link #SERIES_KEYS}) and its points in date order. */
  static final StructType SERIES = new StructType()
      .add("granularity", DataTypes.StringType)
      .add("publication", DataTypes.StringType)
      .add("topic", DataTypes.StringType)
      .add("term", DataTypes.StringType)
      .add("points", DataTypes.createArrayType(POINT, false));

  /** The state table: {@link #SERIES} and the checksum of the signatures written after it. */
  public static final StructType SCHEMA = SERIES.add(CHECKSUM, DataTypes.LongType);

  public static final TableSpec SPEC = TableSpec.whole(NAME, SCHEMA, List.of(), SERIES_KEYS);

  /** {@link #SERIES} plus the years whose published burst flags moved. */
  static final StructType DECIDED = SERIES.add("moved_years", DataTypes.createArrayType(DataTypes.IntegerType, false));

  private BurstSeries() {}

  /**
   * The series of {@code rows} (granularity, publication, topic, term, period_start, articles_with,
   * total_articles, and {@code burst} when given: the flag each row was published with, null
   * for a row not published yet), points sorted by period_start.
   */
  static Dataset<Row> fromRows(Dataset<Row> rows, Column burst) {
    return rows
        .groupBy(ParquetSink.columns(SERIES_KEYS))
        .agg(sort_array(collect_list(struct(col("period_start"), col("articles_with"),
            col("total_articles"), burst.cast("boolean").as("burst")))).as("points"));
  }

  /**
   * Every series of the stored state with its points in the dirty periods replaced by the fresh
   * rows of those periods (a series absent from one side is taken from the other).
   *
   * @param dirty (granularity, publication, period_start) of the periods recomputed
   */
  static Dataset<Row> merge(Dataset<Row> state, Dataset<Row> fresh, List<Row> dirty) {
    Set<String> periods = new HashSet<>();
    for (Row period : dirty) {
      periods.add(periodKey(period.getString(0), period.getString(1), period.getAs(2)));
    }
    Dataset<Row> freshSeries = fromRows(fresh, lit(null)).withColumnRenamed("points", "fresh_points");
    return state.select(ParquetSink.columns(SERIES.fieldNames()))
        .join(freshSeries, ParquetSink.seq(SERIES_KEYS), "full_outer")
        .map(new Merge(periods), Encoders.row(SERIES));
  }

  /**
   * Kleinberg's two-state automaton over each whole series (rows of granularity, publication,
   * topic, term and points, in that order, as {@link #fromRows} and {@link #merge} give them;
   * {@link TrendMeasures#kleinbergBursts},
   * r = articles_with, d = total_articles): the points with their new flags, and the years holding
   * a point whose flag (when it had one) moved. Out: {@link #DECIDED}.
   */
  static Dataset<Row> decide(Dataset<Row> series, double s, double gamma) {
    return series.map(new Decide(s, gamma), Encoders.row(DECIDED));
  }

  /** The burst periods of decided series: (granularity, publication, topic, term, period_start, burst = true). */
  static Dataset<Row> bursts(Dataset<Row> decided) {
    return decided.select(col("granularity"), col("publication"), col("topic"), col("term"),
            explode(col("points")).as("p"))
        .filter(col("p.burst"))
        .select(col("granularity"), col("publication"), col("topic"), col("term"),
            col("p.period_start").as("period_start"), lit(true).as("burst"));
  }

  /** The (granularity, period_year) partitions holding a moved flag. */
  static Dataset<Row> movedPartitions(Dataset<Row> decided) {
    return decided.select(col("granularity"), explode(col("moved_years")).as(TrendsTables.PERIOD_YEAR)).distinct();
  }

  /** Decided series as the state table stores them. */
  static Dataset<Row> asState(Dataset<Row> decided, long signaturesChecksum) {
    return decided.drop("moved_years").withColumn(CHECKSUM, lit(signaturesChecksum));
  }

  /** A row encoder wants a Scala sequence for an array column. */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list);
  }

  private static String periodKey(String granularity, String publication, Object start) {
    return granularity + "|" + publication + "|" + date(start);
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
  }

  private static final class Merge implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Set<String> dirty;

    Merge(Set<String> dirty) {
      this.dirty = dirty;
    }

    @Override
    public Row call(Row row) {
      String granularity = row.getString(0);
      String publication = row.getString(1);
      List<Row> points = new ArrayList<>();
      if (!row.isNullAt(4)) {
        for (Row point : row.<Row>getList(4)) {
          if (!dirty.contains(periodKey(granularity, publication, point.get(0)))) {
            points.add(point);
          }
        }
      }
      if (!row.isNullAt(5)) {
        points.addAll(row.<Row>getList(5));
      }
      points.sort(Comparator.comparing(point -> date(point.get(0))));
      return RowFactory.create(granularity, publication, row.getString(2), row.getString(3), seq(points));
    }
  }

  private static final class Decide implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final double s;
    private final double gamma;

    Decide(double s, double gamma) {
      this.s = s;
      this.gamma = gamma;
    }

    @Override
    public Row call(Row series) {
      // A copy: the row may hold a linked Scala list, where get(t) and size() walk the list.
      List<Row> points = new ArrayList<>(series.<Row>getList(4));
      long[] r = new long[points.size()];
      long[] d = new long[points.size()];
      for (int t = 0; t < points.size(); t++) {
        r[t] = points.get(t).getLong(1);
        d[t] = points.get(t).getLong(2);
      }
      boolean[] burst = TrendMeasures.kleinbergBursts(r, d, s, gamma);
      List<Row> decided = new ArrayList<>(points.size());
      Set<Integer> moved = new TreeSet<>();
      for (int t = 0; t < points.size(); t++) {
        Row point = points.get(t);
        if (!point.isNullAt(3) && point.getBoolean(3) != burst[t]) {
          moved.add(date(point.get(0)).getYear());
        }
        decided.add(RowFactory.create(point.get(0), r[t], d[t], burst[t]));
      }
      return RowFactory.create(series.getString(0), series.getString(1), series.getString(2),
          series.getString(3), seq(decided), seq(new ArrayList<>(moved)));
    }
  }
}
