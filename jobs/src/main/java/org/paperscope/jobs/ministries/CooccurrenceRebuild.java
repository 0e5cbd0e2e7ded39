package org.paperscope.jobs.ministries;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.paperscope.jobs.spark.ParquetSink.seq;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.articles.ArticlesTable;
import org.paperscope.jobs.run.StageResult;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.PeriodSignatures;
import org.paperscope.jobs.spark.TableSpec;
import org.paperscope.jobs.spark.Tables;
import org.paperscope.jobs.spark.Warehouse;

/**
 * {@code ministry_cooccurrence} rebuilt for the periods whose days changed since the last build
 * ({@link PeriodSignatures} over {@code ministry_days} and the ingested days): a daily run
 * recomputes its month, quarter and year from the per-day rows of those periods only, and the
 * period {@code all} from the sums of every year, kept in a state table
 * ({@code _state/ministry_cooccurrence_years}, the additive sums of {@link MinistryCounts#sums}
 * before any pair is left out). The table is partitioned by granularity and period_year
 * ({@code all} in period_year 0): only the files of the dirty periods' years and the one of
 * {@code all} are read and rewritten, every other file stays as published. Without the state tables,
 * or with another gazetteer or {@code min-together}, every period is rebuilt from every day.
 *
 * <p>Write order: the table, then the year sums, then the signatures. A run that dies in between
 * leaves signatures older than the table, so the next run recomputes the same periods (and their
 * years' sums) from the per-day tables again.
 */
public final class CooccurrenceRebuild {
  private static final Logger LOG = LogManager.getLogger(CooccurrenceRebuild.class);
  /** The granularities with periods of their own; {@code all} is summed from the years. */
  static final List<String> PERIODS = List.of("month", "quarter", "year");
  public static final TableSpec YEAR_SUMS_SPEC = TableSpec.whole("_state/" + MinistryTables.COOCCURRENCE + "_years",
      MinistryCounts.SUMS_SCHEMA, List.of(),
      "publication", "period_start", "kind", "scope", "level", "ministry_a", "ministry_b");
  public static final TableSpec STATE_SPEC = PeriodSignatures.stateSpec(MinistryTables.COOCCURRENCE);

  private CooccurrenceRebuild() {}

  /** Rebuilds what changed, publishes it, and returns the rows of the table. */
  static long rebuild(Warehouse warehouse, StageResult.Builder result, Dataset<MinistryRow> ministries,
      String gazetteerHash, long minTogether) {
    SparkSession spark = warehouse.spark();
    String root = warehouse.root();
    Dataset<Row> days = Tables.read(spark, root, MinistryTables.MINISTRY_DAYS_SPEC);
    Dataset<Row> ingestedDays = Tables.read(spark, root, ArticlesTable.ISSUES)
        .select(col("publication"), col("issue_date"));
    String fingerprint = Settings.sha256(String.join("|", "ministry_cooccurrence/3", gazetteerHash,
        String.valueOf(minTogether)));
    // The signatures from month summaries of ministry_days and issues (MonthDigest): a daily run
    // reads the months that changed, not every day of the archive.
    Dataset<Row> signatures = PeriodSignatures.of(
        PeriodSignatures.dayDigest(warehouse, MinistryTables.MINISTRY_DAYS_SPEC, MinistryTables.COOCCURRENCE + "_days"),
        PeriodSignatures.ingestedDigest(warehouse, ArticlesTable.ISSUES, MinistryTables.COOCCURRENCE + "_issue_days"),
        PERIODS, (g, date) -> MinistryCounts.periodStart(lit(g), date), fingerprint).persist();
    Dataset<Row> sums = null;
    try {
      boolean stored = Tables.exists(spark, warehouse.tablePath(MinistryTables.COOCCURRENCE))
          && Tables.exists(spark, warehouse.tablePath(STATE_SPEC.name()))
          && Tables.exists(spark, warehouse.tablePath(YEAR_SUMS_SPEC.name()));
      PeriodSignatures.Dirty dirty = PeriodSignatures.dirty(signatures,
          stored ? Tables.read(spark, root, STATE_SPEC) : null, fingerprint);
      Dataset<Row> rows;
      Dataset<Row> yearSums;
      // The granularity/period_year folders to rewrite; null when the whole table is.
      SortedSet<String> partitions = null;
      String[] periodKeys = {"granularity", "publication", "period_start"};
      if (dirty.all()) {
        LOG.info("ministry_cooccurrence: rebuilding every period");
        result.count("cooccurrence_periods_rebuilt", signatures.count());
        sums = MinistryCounts.sums(MinistryCounts.units(days),
                Tables.read(spark, root, MinistryTables.MINISTRY_DAY_COUNTS_SPEC),
                Tables.read(spark, root, MinistryTables.PAIR_DAY_COUNTS_SPEC), ingestedDays, PERIODS)
            .persist(StorageLevel.MEMORY_AND_DISK());
        yearSums = sums.filter(col("granularity").equalTo("year"));
        rows = MinistryCounts.measures(sums.unionByName(MinistryCounts.allFromYears(yearSums)), ministries,
            minTogether);
      } else {
        List<String> months = dirty.monthPartitions();
        LOG.info("ministry_cooccurrence: rebuilding {} periods from {} month partitions", dirty.periods().size(),
            months.size());
        result.count("cooccurrence_periods_rebuilt", dirty.periods().size());
        Dataset<Row> periods = dirty.asDataset(spark);
        sums = MinistryCounts.sums(
                MinistryCounts.units(Tables.readPartitions(spark, root, MinistryTables.MINISTRY_DAYS_SPEC, months)),
                Tables.readPartitions(spark, root, MinistryTables.MINISTRY_DAY_COUNTS_SPEC, months),
                Tables.readPartitions(spark, root, MinistryTables.PAIR_DAY_COUNTS_SPEC, months),
                Tables.readPartitions(spark, root, ArticlesTable.ISSUES, months)
                    .select(col("publication"), col("issue_date")),
                PERIODS)
            .join(periods, seq(periodKeys), "left_semi")
            .persist(StorageLevel.MEMORY_AND_DISK());
        yearSums = Tables.read(spark, root, YEAR_SUMS_SPEC)
            .join(periods, seq(periodKeys), "left_anti")
            .unionByName(sums.filter(col("granularity").equalTo("year")));
        // Only the granularity/period_year files holding a dirty period, and the one of the
        // period all (summed again from every year), are read and rewritten.
        partitions = partitionsOf(dirty);
        Dataset<Row> kept = Tables.readPartitions(spark, root, MinistryTables.COOCCURRENCE_SPEC,
                new ArrayList<>(partitions))
            .filter(col("granularity").notEqual(MinistryCounts.ALL))
            .join(periods, seq(periodKeys), "left_anti");
        rows = kept.unionByName(MinistryCounts.measures(
            sums.unionByName(MinistryCounts.allFromYears(yearSums)), ministries, minTogether));
        result.count("cooccurrence_partitions_rewritten", partitions.size());
      }
      long written = partitions == null
          ? ParquetSink.replaceTable(rows, warehouse, MinistryTables.COOCCURRENCE_SPEC)
          : ParquetSink.replacePartitions(rows, warehouse, MinistryTables.COOCCURRENCE_SPEC, partitions);
      ParquetSink.replaceTable(yearSums, warehouse, YEAR_SUMS_SPEC);
      ParquetSink.replaceTable(signatures, warehouse, STATE_SPEC);
      return written;
    } finally {
      if (sums != null) {
        sums.unpersist();
      }
      signatures.unpersist();
    }
  }

  /**
   * The {@code granularity=G/period_year=Y} folders holding the dirty periods (granularity,
   * publication, period_start), and the folder of the period {@code all}, which every change moves.
   */
  static SortedSet<String> partitionsOf(PeriodSignatures.Dirty dirty) {
    SortedSet<String> partitions = dirty.yearPartitions(MinistryTables.COOCCURRENCE_SPEC);
    partitions.add(ParquetSink.partitionPath(MinistryTables.COOCCURRENCE_SPEC, MinistryCounts.ALL,
        MinistryTables.ALL_PERIOD_YEAR));
    return partitions;
  }
}
