package org.paperscope.jobs.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.xxhash64;
import static org.paperscope.jobs.spark.ParquetSink.seq;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Which periods of an aggregate built from per-day tables changed since it was last built, so
 * that a run rebuilds only those (a daily run touches a day, a week, a month, a quarter and a
 * year, whatever the size of the archive).
 *
 * <p>A period's signature folds in every per-day row it sums (the day, the run that counted it,
 * the list it was counted with) and every ingested day it covers, as an order-free XOR of row
 * hashes. The signatures the aggregate was built from are kept beside the warehouse's tables in
 * a state table ({@code _state/…}, not an API: Spark, DuckDB globs of a table and the analyst
 * tools never see it). A period is dirty when its signature differs from the stored one, when it
 * is new or gone, or when the stored fingerprint (term list, granularities, settings) is not the
 * current one; without a state table (a first run, or a warehouse written before it existed)
 * everything is dirty. Signatures are written after the aggregate is swapped in, so a run that
 * dies between the two only makes the next run rebuild the same periods again.
 */
public final class PeriodSignatures {
  public static final String GRANULARITY = "granularity";
  public static final String PERIOD_START = "period_start";
  /** Above this many dirty periods a rebuild reads every day anyway: rebuild all. */
  static final int MAX_DIRTY_PERIODS = 2_000;

  public static final StructType SCHEMA = new StructType()
      .add(GRANULARITY, DataTypes.StringType)
      .add(TableSpec.PUBLICATION, DataTypes.StringType)
      .add(PERIOD_START, DataTypes.DateType)
      .add("processed_rows", DataTypes.LongType)
      .add("processed_signature", DataTypes.LongType)
      .add("ingested_signature", DataTypes.LongType)
      .add("fingerprint", DataTypes.StringType);

  /** The day columns every month summary of a per-day table starts with. */
  private static final StructType DAY_KEYS = new StructType()
      .add(TableSpec.PUBLICATION, DataTypes.StringType)
      .add(TableSpec.ISSUE_MONTH, DataTypes.StringType)
      .add(TableSpec.ISSUE_DATE, DataTypes.DateType);

  private PeriodSignatures() {
  }

  /** The state table of the aggregate {@code table}. */
  public static TableSpec stateSpec(String table) {
    return TableSpec.whole("_state/" + table + "_periods", SCHEMA, List.of(),
        GRANULARITY, TableSpec.PUBLICATION, PERIOD_START);
  }

  /**
   * The input of {@link #of} from the per-day table {@code perDay}: (publication, issue_month,
   * issue_date, signature, extra…), one row per row of the table, the signature a hash over every
   * column of the row, so that a recount (another run_id, term list or gazetteer) or any changed
   * count moves it; with the columns {@code extra} of the row. From the month summaries kept in
   * {@code _state/NAME} ({@link MonthDigest}): reads only the months whose files changed since
   * the summaries were kept, not the whole table.
   */
  public static Dataset<Row> dayDigest(Warehouse warehouse, TableSpec perDay, String name, String... extra) {
    StructType schema = DAY_KEYS.add("signature", DataTypes.LongType);
    for (String column : extra) {
      schema = schema.add(perDay.schema().apply(column));
    }
    return MonthDigest.of(warehouse, perDay, name, "row-signatures/1|" + String.join(",", extra), schema, rows -> {
      List<Column> select = new ArrayList<>(List.of(ParquetSink.columns(DAY_KEYS.fieldNames())));
      select.add(rowHash(rows.columns()).as("signature"));
      select.addAll(List.of(ParquetSink.columns(extra)));
      return rows.select(select.toArray(Column[]::new));
    });
  }

  /**
   * The distinct days of the per-day table {@code ingested} (the issues table): (publication,
   * issue_month, issue_date; null for undated rows), from the month summaries kept in
   * {@code _state/NAME} ({@link MonthDigest}).
   */
  public static Dataset<Row> ingestedDigest(Warehouse warehouse, TableSpec ingested, String name) {
    return MonthDigest.of(warehouse, ingested, name, "days/1", DAY_KEYS,
        rows -> rows.select(ParquetSink.columns(DAY_KEYS.fieldNames())).distinct());
  }

  /**
   * The signature of every period: per granularity, publication and period start, the XOR of
   * {@code signature} over the processed days and of the hash of each distinct ingested day.
   *
   * @param processed   (publication, issue_date, signature bigint): the per-day rows (one per day, or per day and stratum), each hashed over all its columns
   * @param ingested    (publication, issue_date): ingested days (undated rows are ignored)
   * @param periodStart the period of a date at a granularity, as the aggregate computes it
   */
  public static Dataset<Row> of(Dataset<Row> processed, Dataset<Row> ingested, List<String> granularities,
      BiFunction<String, Column, Column> periodStart, String fingerprint) {
    Column[] periods = granularities.stream()
        .map(g -> struct(lit(g).as(GRANULARITY), periodStart.apply(g, col(TableSpec.ISSUE_DATE)).as(PERIOD_START)))
        .toArray(Column[]::new);
    String[] keys = {GRANULARITY, TableSpec.PUBLICATION, PERIOD_START};
    Dataset<Row> days = processed.filter(col(TableSpec.ISSUE_DATE).isNotNull())
        .select(col(TableSpec.PUBLICATION), col("signature"), explode(array(periods)).as("p"))
        .groupBy(col("p." + GRANULARITY).as(GRANULARITY), col(TableSpec.PUBLICATION),
            col("p." + PERIOD_START).as(PERIOD_START))
        .agg(count(lit(1)).as("processed_rows"), bit_xor(col("signature")).as("processed_signature"));
    Dataset<Row> ingestedDays = ingested.filter(col(TableSpec.ISSUE_DATE).isNotNull())
        .select(col(TableSpec.PUBLICATION), col(TableSpec.ISSUE_DATE)).distinct()
        .select(col(TableSpec.PUBLICATION),
            xxhash64(col(TableSpec.PUBLICATION), col(TableSpec.ISSUE_DATE)).as("signature"),
            explode(array(periods)).as("p"))
        .groupBy(col("p." + GRANULARITY).as(GRANULARITY), col(TableSpec.PUBLICATION),
            col("p." + PERIOD_START).as(PERIOD_START))
        .agg(bit_xor(col("signature")).as("ingested_signature"));
    return days.join(ingestedDays, seq(keys), "full_outer")
        .select(col(GRANULARITY), col(TableSpec.PUBLICATION), col(PERIOD_START),
            coalesce(col("processed_rows"), lit(0L)).as("processed_rows"),
            coalesce(col("processed_signature"), lit(0L)).as("processed_signature"),
            coalesce(col("ingested_signature"), lit(0L)).as("ingested_signature"),
            lit(fingerprint).as("fingerprint"));
  }

  /**
   * One number for a whole signature table (state as stored, or as about to be written): the XOR
   * of a hash of each row, so the same rows in any order give the same checksum. A state that
   * depends on the signatures (such as the burst series of term_trends) carries it to prove it was
   * written by the same build.
   */
  public static long checksum(Dataset<Row> signatures) {
    Row row = signatures.agg(coalesce(bit_xor(rowHash(SCHEMA.fieldNames())), lit(0L))).first();
    return row.getLong(0);
  }

  /** A hash over the columns {@code names} of a row, in that order. */
  private static Column rowHash(String[] names) {
    return xxhash64(ParquetSink.columns(names));
  }

  /**
   * The periods to rebuild: {@link Dirty#all()} when every period must be, else the few whose
   * signature moved against {@code stored} (the state table as last written; null when there is
   * none).
   */
  public static Dirty dirty(Dataset<Row> current, Dataset<Row> stored, String fingerprint) {
    if (stored == null) {
      return Dirty.ALL;
    }
    long foreign = stored.filter(col("fingerprint").notEqual(fingerprint)).limit(1).count();
    if (foreign > 0) {
      return Dirty.ALL;
    }
    String[] keys = {GRANULARITY, TableSpec.PUBLICATION, PERIOD_START};
    Dataset<Row> now = current.select(col(GRANULARITY), col(TableSpec.PUBLICATION), col(PERIOD_START),
        col("processed_rows").as("n_now"), col("processed_signature").as("p_now"),
        col("ingested_signature").as("i_now"));
    Dataset<Row> before = stored.select(col(GRANULARITY), col(TableSpec.PUBLICATION), col(PERIOD_START),
        col("processed_rows").as("n_before"), col("processed_signature").as("p_before"),
        col("ingested_signature").as("i_before"));
    List<Row> changed = now.join(before, seq(keys), "full_outer")
        .filter(col("n_now").isNull().or(col("n_before").isNull())
            .or(col("n_now").notEqual(col("n_before")))
            .or(col("p_now").notEqual(col("p_before")))
            .or(col("i_now").notEqual(col("i_before"))))
        .select(col(GRANULARITY), col(TableSpec.PUBLICATION), col(PERIOD_START))
        .limit(MAX_DIRTY_PERIODS + 1)
        .collectAsList();
    if (changed.size() > MAX_DIRTY_PERIODS) {
      return Dirty.ALL;
    }
    return new Dirty(false, changed);
  }

  /**
   * The periods to rebuild.
   *
   * @param all     every period (the {@code periods} list is then empty)
   * @param periods (granularity, publication, period_start) of each dirty period
   */
  public record Dirty(boolean all, List<Row> periods) {
    static final Dirty ALL = new Dirty(true, List.of());

    public Dirty {
      periods = List.copyOf(periods);
    }

    /** The dirty periods as a dataset (granularity, publication, period_start), for joins. */
    public Dataset<Row> asDataset(SparkSession spark) {
      return broadcast(spark.createDataFrame(periods, new StructType()
          .add(GRANULARITY, DataTypes.StringType)
          .add(TableSpec.PUBLICATION, DataTypes.StringType)
          .add(PERIOD_START, DataTypes.DateType)));
    }

    /**
     * The {@code granularity=G/period_year=Y} folders of the aggregate table {@code spec}
     * (partitioned by granularity and {@link TableSpec#PERIOD_YEAR}) that hold the dirty periods,
     * as a new set the caller may add to.
     */
    public SortedSet<String> yearPartitions(TableSpec spec) {
      SortedSet<String> partitions = new TreeSet<>();
      for (Row period : periods) {
        partitions.add(ParquetSink.partitionPath(spec, period.getString(0), period.getLocalDate(2).getYear()));
      }
      return partitions;
    }

    /** The month partitions ({@code publication=P/issue_month=M}) holding every day of every dirty period. */
    public List<String> monthPartitions() {
      SortedSet<String> months = new TreeSet<>();
      for (Row period : periods) {
        String publication = period.getString(1);
        LocalDate start = period.getLocalDate(2);
        LocalDate end = lastDay(period.getString(0), start);
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
          months.add(ParquetSink.monthPartition(publication, m.toString()));
        }
      }
      return new ArrayList<>(months);
    }
  }

  /** The last day of the period of {@code granularity} that starts on {@code start}. */
  static LocalDate lastDay(String granularity, LocalDate start) {
    return switch (granularity) {
      case "day" -> start;
      case "week" -> start.plusDays(6);
      case "month" -> start.plusMonths(1).minusDays(1);
      case "quarter" -> start.plusMonths(3).minusDays(1);
      case "year" -> start.plusYears(1).minusDays(1);
      default -> throw new IllegalArgumentException("No period length for granularity '" + granularity
          + "' (expected day, week, month, quarter or year)");
    };
  }
}
