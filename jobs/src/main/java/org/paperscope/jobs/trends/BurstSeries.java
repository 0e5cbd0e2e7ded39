package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paperscope.common.measures.TrendMeasures;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.TableSpec;

/**
 * The burst input of every term_trends series (granularity, publication, topic, term). Kleinberg's
 * automaton needs the whole series (its base rate is the series' overall rate), so a one-day run
 * decides the bursts of every series again; kept as one state file
 * ({@code _state/term_trends_series}), that costs one read of the state instead of reading and
 * regrouping every row of term_trends.
 *
 * <p>The state is sparse (layout {@value #SPARSE}). Every term_trends series of a granularity and
 * publication has one row per period of that granularity and publication (the table is the grid of
 * periods and listed keys), and a period's total_articles is the same in every series. So the state
 * holds one <em>periods row</em> per granularity and publication (topic and term null) listing every
 * period with its total_articles, and one row per series listing only the periods where the series
 * has an article or is in a burst (articles_with &gt; 0 or burst). Every period a series row leaves
 * out has articles_with 0 and was published with burst false; {@link #decide} rebuilds the dense
 * series from the two before running the automaton. A series with no article and no burst has no row.
 *
 * <p>The state is trusted only when its {@code signatures_checksum} equals the checksum of the
 * period signatures it was written with ({@link org.paperscope.jobs.spark.PeriodSignatures#checksum})
 * and its {@code layout} is {@value #SPARSE}. It is written before term_trends and the signatures
 * after it, so a run that died between the three leaves a mismatch and the next run rebuilds the
 * series from term_trends itself (as it does once for a state of the older dense layout).
 */
public final class BurstSeries {
  public static final String NAME = "_state/" + TrendsTables.TRENDS + "_series";
  public static final String CHECKSUM = "signatures_checksum";
  public static final String LAYOUT = "layout";
  /** The layout this code writes and trusts: sparse series rows and one periods row per granularity and publication. */
  public static final int SPARSE = 2;
  static final String[] SERIES_KEYS = {"granularity", "publication", "topic", "term"};
  private static final String[] PERIODS_KEYS = {"granularity", "publication"};

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

  /**
   * The periods of one granularity and publication in date order, as points with articles_with 0
   * and burst null.
   */
  static final StructType PERIODS = new StructType()
      .add("granularity", DataTypes.StringType)
      .add("publication", DataTypes.StringType)
      .add("points", DataTypes.createArrayType(POINT, false));

  /**
   * The state table: {@link #SERIES} rows and {@link #PERIODS} rows (topic and term null), the
   * checksum of the signatures written after it and the layout.
   */
  public static final StructType SCHEMA = SERIES.add(CHECKSUM, DataTypes.LongType).add(LAYOUT, DataTypes.IntegerType);

  public static final TableSpec SPEC = TableSpec.whole(NAME, SCHEMA, List.of(), SERIES_KEYS);

  /** {@link #SERIES} plus the years whose published burst flags moved. */
  static final StructType DECIDED = SERIES.add("moved_years", DataTypes.createArrayType(DataTypes.IntegerType, false));

  /** The series and the periods they run over: what {@link #decide} takes. */
  record Input(Dataset<Row> series, Dataset<Row> periods) {}

  private BurstSeries() {}

  /**
   * The sparse series and the periods of dense term_trends rows {@code rows} (granularity,
   * publication, topic, term, period_start, articles_with, total_articles), with {@code burst}
   * the flag each row was published with (null for a row not published yet).
   */
  static Input fromRows(Dataset<Row> rows, Column burst) {
    return new Input(sparse(rows, burst), periodsOf(rows));
  }

  /** The points of each series where it has an article or a burst, sorted by period_start. */
  private static Dataset<Row> sparse(Dataset<Row> rows, Column burst) {
    Column flag = burst.cast("boolean");
    return rows
        .filter(col("articles_with").gt(0).or(coalesce(flag, lit(false))))
        .groupBy(ParquetSink.columns(SERIES_KEYS))
        .agg(sort_array(collect_list(struct(col("period_start"), col("articles_with"),
            col("total_articles"), flag.as("burst")))).as("points"));
  }

  /** {@link #PERIODS} of rows holding (granularity, publication, period_start, total_articles). */
  private static Dataset<Row> periodsOf(Dataset<Row> rows) {
    return rows.select(col("granularity"), col("publication"), col("period_start"), col("total_articles"))
        .distinct()
        .groupBy(ParquetSink.columns(PERIODS_KEYS))
        .agg(sort_array(collect_list(struct(col("period_start"), lit(0L).as("articles_with"),
            col("total_articles"), lit(null).cast("boolean").as("burst")))).as("points"));
  }

  /**
   * Every series of the stored state with its points in the dirty periods replaced by the fresh
   * rows of those periods (a series absent from one side is taken from the other), and the stored
   * periods with the dirty ones replaced by those of the fresh rows.
   *
   * @param state the stored state table ({@link #SCHEMA})
   * @param fresh dense term_trends rows of the dirty periods
   * @param dirty (granularity, publication, period_start) of the periods recomputed
   */
  static Input merge(Dataset<Row> state, Dataset<Row> fresh, List<Row> dirty) {
    Set<String> periods = new HashSet<>();
    for (Row period : dirty) {
      periods.add(periodKey(period.getString(0), period.getString(1), period.getAs(2)));
    }
    Dataset<Row> freshSeries = sparse(fresh, lit(null)).withColumnRenamed("points", "fresh_points");
    Dataset<Row> series = state.filter(col("topic").isNotNull())
        .select(ParquetSink.columns(SERIES.fieldNames()))
        .join(freshSeries, ParquetSink.seq(SERIES_KEYS), "full_outer")
        .map(new Merge(periods), Encoders.row(SERIES));
    Dataset<Row> keptPeriods = state.filter(col("topic").isNull())
        .select(col("granularity"), col("publication"), explode(col("points")).as("p"))
        .select(col("granularity"), col("publication"), col("p.period_start").as("period_start"),
            col("p.total_articles").as("total_articles"))
        .filter(new NotDirty(periods));
    Dataset<Row> freshPeriods = fresh.select(col("granularity"), col("publication"), col("period_start"),
        col("total_articles"));
    return new Input(series, periodsOf(keptPeriods.unionByName(freshPeriods)));
  }

  /**
   * Kleinberg's two-state automaton over each whole series ({@link TrendMeasures#kleinbergBursts},
   * r = articles_with, d = total_articles, over every period of the series' granularity and
   * publication, a period the sparse series leaves out counting 0 articles): the series' points
   * where it has an article or a burst, with their new flags, and the years holding a point whose
   * published flag (when it had one; false for a left-out period) moved. Out: {@link #DECIDED}.
   */
  static Dataset<Row> decide(Input input, double s, double gamma) {
    // The periods once per granularity and publication (a few thousand a year of the archive,
    // like the signatures), broadcast as arrays: joined to every series, they were turned into a
    // Row per period and series (2.96 M on xwlb x10) before Kleinberg read two numbers of each.
    Map<String, Periods> periods = new HashMap<>();
    for (Row row : input.periods().select(ParquetSink.columns(PERIODS.fieldNames())).collectAsList()) {
      List<Row> points = new ArrayList<>(row.<Row>getList(2));
      int n = points.size();
      Object[] starts = new Object[n];
      long[] epochDays = new long[n];
      long[] totals = new long[n];
      for (int t = 0; t < n; t++) {
        starts[t] = points.get(t).get(0);
        epochDays[t] = date(starts[t]).toEpochDay();
        totals[t] = points.get(t).getLong(2);
      }
      periods.put(periodsKey(row), new Periods(starts, epochDays, totals));
    }
    Broadcast<Map<String, Periods>> shared = JavaSparkContext.fromSparkContext(
        input.series().sparkSession().sparkContext()).broadcast(periods);
    return input.series()
        .select(ParquetSink.columns(SERIES.fieldNames()))
        .flatMap(new Decide(shared, s, gamma), Encoders.row(DECIDED));
  }

  /**
   * The periods of one granularity and publication in date order: their starts (as the session's
   * rows hold dates), epoch days and total_articles. A plain class, not a record: Spark's Kryo
   * serializer cannot build a field serializer for a record.
   */
  static final class Periods implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Object[] starts;
    private final long[] epochDays;
    private final long[] totals;

    Periods(Object[] starts, long[] epochDays, long[] totals) {
      this.starts = starts;
      this.epochDays = epochDays;
      this.totals = totals;
    }

    Object[] starts() {
      return starts;
    }

    long[] epochDays() {
      return epochDays;
    }

    long[] totals() {
      return totals;
    }
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

  /** Decided series (those with a point left) and their periods as the state table stores them. */
  static Dataset<Row> asState(Dataset<Row> decided, Dataset<Row> periods, long signaturesChecksum) {
    Dataset<Row> series = decided.filter(size(col("points")).gt(0)).drop("moved_years");
    Dataset<Row> periodRows = periods.select(col("granularity"), col("publication"),
        lit(null).cast("string").as("topic"), lit(null).cast("string").as("term"), col("points"));
    return series.unionByName(periodRows)
        .withColumn(CHECKSUM, lit(signaturesChecksum))
        .withColumn(LAYOUT, lit(SPARSE));
  }

  /** A row encoder wants a Scala sequence for an array column. */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list);
  }

  /** The granularity and publication ({@link #PERIODS_KEYS}, the first two columns) of a series or periods row. */
  private static String periodsKey(Row row) {
    return row.getString(0) + "|" + row.getString(1);
  }

  private static String periodKey(String granularity, String publication, Object start) {
    return granularity + "|" + publication + "|" + date(start);
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
  }

  /** Keeps (granularity, publication, period_start, ...) rows outside the dirty periods. */
  private static final class NotDirty implements FilterFunction<Row> {
    private static final long serialVersionUID = 1L;
    private final Set<String> dirty;

    NotDirty(Set<String> dirty) {
      this.dirty = dirty;
    }

    @Override
    public boolean call(Row row) {
      return !dirty.contains(periodKey(row.getString(0), row.getString(1), row.get(2)));
    }
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

  private static final class Decide implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Map<String, Periods>> periodsOf;
    private final double s;
    private final double gamma;

    Decide(Broadcast<Map<String, Periods>> periodsOf, double s, double gamma) {
      this.periodsOf = periodsOf;
      this.s = s;
      this.gamma = gamma;
    }

    @Override
    public Iterator<Row> call(Row series) {
      Periods periods = periodsOf.value().get(periodsKey(series));
      if (periods == null) {
        // As the inner join with the periods did: a series without periods has nothing to decide.
        return java.util.Collections.emptyIterator();
      }
      // A copy: the row may hold a linked Scala list, where get(t) and size() walk the list.
      List<Row> points = new ArrayList<>(series.<Row>getList(4));
      int n = periods.totals().length;
      long[] r = new long[n];
      long[] d = periods.totals().clone();
      // The point of the series at each period, or null where the sparse series has none.
      Row[] at = new Row[n];
      int next = 0;
      for (int t = 0; t < n && next < points.size(); t++) {
        Row point = points.get(next);
        long day = date(point.get(0)).toEpochDay();
        if (day < periods.epochDays()[t]) {
          throw notAmongPeriods(series, point);
        }
        if (day == periods.epochDays()[t]) {
          if (point.getLong(2) != d[t]) {
            throw new IllegalStateException("burst series " + describe(series) + ": period "
                + date(point.get(0)) + " has total_articles " + point.getLong(2) + " in the series and "
                + d[t] + " in the periods");
          }
          r[t] = point.getLong(1);
          at[t] = point;
          next++;
        }
      }
      if (next < points.size()) {
        throw notAmongPeriods(series, points.get(next));
      }
      boolean[] burst = TrendMeasures.kleinbergBursts(r, d, s, gamma);
      List<Row> decided = new ArrayList<>(points.size());
      Set<Integer> moved = new TreeSet<>();
      for (int t = 0; t < n; t++) {
        Row point = at[t];
        // A left-out period was published with burst false.
        boolean movedHere = point == null ? burst[t] : !point.isNullAt(3) && point.getBoolean(3) != burst[t];
        if (movedHere) {
          moved.add(LocalDate.ofEpochDay(periods.epochDays()[t]).getYear());
        }
        if (r[t] > 0 || burst[t]) {
          decided.add(RowFactory.create(periods.starts()[t], r[t], d[t], burst[t]));
        }
      }
      return java.util.List.of(RowFactory.create(series.getString(0), series.getString(1), series.getString(2),
          series.getString(3), seq(decided), seq(new ArrayList<>(moved)))).iterator();
    }

    private static IllegalStateException notAmongPeriods(Row series, Row point) {
      return new IllegalStateException("burst series " + describe(series) + ": point "
          + date(point.get(0)) + " is not among the periods of its granularity and publication");
    }

    private static String describe(Row series) {
      return series.getString(0) + "/" + series.getString(1) + "/" + series.getString(2) + "/" + series.getString(3);
    }
  }
}
