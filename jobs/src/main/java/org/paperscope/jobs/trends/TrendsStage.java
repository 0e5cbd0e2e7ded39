package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.run.Publish;
import org.paperscope.jobs.run.RunScope;
import org.paperscope.jobs.run.RunSpec;
import org.paperscope.jobs.run.Stage;
import org.paperscope.jobs.run.StageResult;
import org.paperscope.jobs.spark.DayKey;
import org.paperscope.jobs.spark.MonthDigest;
import org.paperscope.jobs.spark.MonthLocks;
import org.paperscope.jobs.articles.ArticleTextRow;
import org.paperscope.jobs.articles.ArticlesTable;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.PeriodSignatures;
import org.paperscope.jobs.spark.TableSpec;
import org.paperscope.jobs.spark.Tables;
import org.paperscope.jobs.spark.Warehouse;
import org.paperscope.jobs.spark.WarehouseLock;

/**
 * Stage {@code trends}: counts the listed topic terms in each article of the run's days
 * ({@code term_mentions}, {@code term_hits}, {@code boundary_conflicts}, and the per-day counts
 * {@code term_days}, {@code term_day_counts}) and, when enabled, the open vocabulary
 * ({@code term_vocabulary}); then rebuilds {@code term_trends} and {@code term_first_seen} from
 * the per-day counts, and {@code term_contexts} and {@code emerging_terms} for the months the run
 * touched. No step reads every article of the warehouse.
 */
public final class TrendsStage implements Stage {
  private static final Logger LOG = LogManager.getLogger(TrendsStage.class);

  @Override
  public String name() {
    return "trends";
  }

  @Override
  public void check(Settings settings) {
    TrendsOptions.from(settings);
  }

  @Override
  public StageResult run(RunSpec spec, RunScope earlier) {
    TrendsOptions options = TrendsOptions.from(spec.settings());
    String termListHash = options.terms().contentHash();
    RunScope scope = ArticlesTable.withText(spec, earlier);
    StageResult.Builder result = StageResult.builder(scope).inputHash(TrendsOptions.TERMS, termListHash);
    Warehouse warehouse = spec.warehouse();
    MonthLocks held = scope.locks();
    int threads = spec.output().parallelWrites();

    Dataset<ArticleTextRow> articles = scope.text().as(ArticleTextRow.ENCODER);
    Dataset<TermFindingRow> findings = TrendsTransforms.detect(articles, options)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<Runnable> writes = new ArrayList<>(List.of(
          () -> result.count("term_mention_rows",
              Publish.days(result, TrendsTransforms.mentions(findings), held, TrendsTables.MENTIONS_SPEC)),
          () -> Publish.days(result, TrendsTransforms.hits(findings), held, TrendsTables.HITS_SPEC),
          () -> result.count("boundary_conflict_rows",
              Publish.days(result, TrendsTransforms.conflicts(findings), held, TrendsTables.CONFLICTS_SPEC)),
          () -> Publish.days(result, TrendCounts.days(articles, termListHash, spec.runId()), held,
              TrendsTables.TERM_DAYS_SPEC),
          () -> Publish.days(result, TrendCounts.dayCounts(findings), held, TrendsTables.TERM_DAY_COUNTS_SPEC)));
      if (options.emerging() != null) {
        writes.add(() -> Publish.days(result,
            EmergingTransforms.vocabulary(EmergingTransforms.words(articles, options.emerging())), held,
            TrendsTables.VOCABULARY_SPEC));
      }
      Publish.together(threads, writes);
    } finally {
      findings.unpersist();
    }

    // Rebuild-and-swap under a warehouse lock: a concurrent run's aggregates cannot miss the day
    // rows this run just published (the last run to take the lock sees them all).
    try (WarehouseLock lock = WarehouseLock.acquire(warehouse, "aggregates/trends", Duration.ofHours(2))) {
      rebuildAggregates(spec, scope, result, options, termListHash, threads);
    }
    return result.build();
  }

  /** The aggregates, each from the per-day tables: independent of each other, so written side by side. */
  private static void rebuildAggregates(RunSpec spec, RunScope scope, StageResult.Builder result,
      TrendsOptions options, String termListHash, int threads) {
    SparkSession spark = spec.spark();
    Warehouse warehouse = spec.warehouse();
    Dataset<Row> termDays = Tables.read(spark, warehouse.root(), TrendsTables.TERM_DAYS_SPEC).persist();
    Dataset<Row> dayCounts = Tables.read(spark, warehouse.root(), TrendsTables.TERM_DAY_COUNTS_SPEC);
    Dataset<Row> ingestedDays = Tables.read(spark, warehouse.root(), ArticlesTable.ISSUES)
        .select(col("publication"), col("issue_date"));
    Dataset<Row> keys = TrendsTransforms.keys(spark, options.terms());
    // What the periods' signatures and the stale-day check need of every day, from month
    // summaries brought up to date by reading only the months that changed (MonthDigest).
    Dataset<Row> dayDigest = PeriodSignatures.dayDigest(warehouse, TrendsTables.TERM_DAYS_SPEC,
        TrendsTables.TRENDS + "_days", "term_list_hash").persist();
    Dataset<Row> ingestedDigest = PeriodSignatures.ingestedDigest(warehouse, ArticlesTable.ISSUES,
        TrendsTables.TRENDS + "_issue_days");
    try {
      // One row per day and stratum: count the days.
      long stale = dayDigest.filter(col("term_list_hash").notEqual(termListHash))
          .select(col("publication"), col("issue_date")).distinct().count();
      if (stale > 0) {
        LOG.warn("{} days were counted with another term list (term_trends.stale_days); rerun trends "
            + "over the whole range to recount them with the current list", stale);
      }
      List<Runnable> writes = new ArrayList<>();
      writes.add(() -> rebuildTrends(spec, result, options, termListHash, termDays, dayCounts, ingestedDays, keys,
          dayDigest, ingestedDigest));
      writes.add(() -> result.table(TrendsTables.FIRST_SEEN_SPEC.name(), ParquetSink.replaceTable(
          firstSeen(warehouse, keys), warehouse, TrendsTables.FIRST_SEEN_SPEC)));
      SortedSet<String> touched = touchedMonths(scope);
      if (!touched.isEmpty()) {
        writes.add(() -> result.table(TrendsTables.CONTEXTS_SPEC.name(), ParquetSink.replaceMonths(
            TrendsTransforms.contexts(readMonths(warehouse, TrendsTables.HITS_SPEC, new ArrayList<>(touched)),
                options.contextsPerTermMonth()), scope.locks(), TrendsTables.CONTEXTS_SPEC, touched)));
      }
      if (options.emerging() != null) {
        writes.add(() -> result.table(TrendsTables.EMERGING_SPEC.name(), ParquetSink.replaceTable(
            emerging(warehouse, scope, options, termDays), warehouse, TrendsTables.EMERGING_SPEC)));
      }
      Publish.together(threads, writes);
    } finally {
      dayDigest.unpersist();
      termDays.unpersist();
    }
  }

  /**
   * term_trends, rebuilt for the periods whose days changed since the last build
   * ({@link PeriodSignatures}): a daily run recomputes its day, week, month, quarter and year from
   * the per-day rows of those periods only. Bursts are then decided again over each whole series
   * (a burst state depends on the series around it), from the compact count columns of every row;
   * only the partitions (granularity and year) holding a recomputed period or a row whose burst
   * flag moved are rewritten, every other file stays as published. Without a state table, or with
   * another term list, granularities or thin-period threshold, every period is rebuilt.
   */
  private static void rebuildTrends(RunSpec spec, StageResult.Builder result, TrendsOptions options,
      String termListHash, Dataset<Row> termDays, Dataset<Row> dayCounts, Dataset<Row> ingestedDays,
      Dataset<Row> keys, Dataset<Row> dayDigest, Dataset<Row> ingestedDigest) {
    SparkSession spark = spec.spark();
    Warehouse warehouse = spec.warehouse();
    List<String> granularities = options.granularities();
    // term_trends/2: partitioned by granularity and period_year.
    String fingerprint = Settings.sha256(String.join("|", "term_trends/2",
        termListHash, String.join(",", granularities), String.valueOf(options.thinPeriodArticles())));
    TableSpec stateSpec = PeriodSignatures.stateSpec(TrendsTables.TRENDS);
    Dataset<Row> signatures = PeriodSignatures.of(dayDigest, ingestedDigest, granularities, TrendsTransforms::periodStart, fingerprint).persist();
    boolean published = Tables.exists(spark, warehouse.tablePath(TrendsTables.TRENDS));
    boolean stored = published && Tables.exists(spark, warehouse.tablePath(stateSpec.name()));
    // Read by dirty() and again for the series checksum: once from disk.
    Dataset<Row> storedSignatures = stored ? Tables.read(spark, warehouse.root(), stateSpec).persist() : null;
    try {
      PeriodSignatures.Dirty dirty = PeriodSignatures.dirty(signatures, storedSignatures, fingerprint);
      if (dirty.all()) {
        LOG.info("term_trends: rebuilding every period");
        result.count("term_trend_periods_rebuilt", signatures.count());
        Dataset<Row> rows = withYear(TrendCounts.trends(termDays, dayCounts, ingestedDays, keys, granularities,
                options.thinPeriodArticles(), termListHash))
            .persist(StorageLevel.MEMORY_AND_DISK());
        BurstSeries.Input input = BurstSeries.fromRows(rows, lit(null));
        Dataset<Row> periods = input.periods().persist();
        Dataset<Row> decided = BurstSeries.decide(new BurstSeries.Input(input.series(), periods),
            options.burstRate(), options.burstCost()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
          writeSeries(result, warehouse, decided, periods, signatures);
          result.table(TrendsTables.TRENDS_SPEC.name(), ParquetSink.replaceTable(
              TrendsTransforms.withBursts(rows, BurstSeries.bursts(decided)), warehouse, TrendsTables.TRENDS_SPEC));
        } finally {
          decided.unpersist();
          periods.unpersist();
          rows.unpersist();
        }
      } else {
        result.count("term_trend_periods_rebuilt", dirty.periods().size());
        rewriteChanged(spec, result, options, termListHash, dirty, keys, signatures, storedSignatures);
      }
      result.table(stateSpec.name(), ParquetSink.replaceTable(signatures, warehouse, stateSpec));
    } finally {
      signatures.unpersist();
      if (storedSignatures != null) {
        storedSignatures.unpersist();
      }
    }
  }

  /**
   * The dirty periods recomputed from the month partitions holding their days; bursts decided
   * over every series (the stored {@link BurstSeries} with the fresh points of the dirty periods,
   * or, when that state is missing or not from the last build, the published rows outside the
   * dirty periods and the fresh ones); then the partitions holding a dirty period or a moved burst
   * flag rewritten.
   */
  private static void rewriteChanged(RunSpec spec, StageResult.Builder result, TrendsOptions options,
      String termListHash, PeriodSignatures.Dirty dirty, Dataset<Row> keys, Dataset<Row> signatures,
      Dataset<Row> storedSignatures) {
    SparkSession spark = spec.spark();
    Warehouse warehouse = spec.warehouse();
    List<String> months = dirty.monthPartitions();
    LOG.info("term_trends: rebuilding {} periods from {} month partitions", dirty.periods().size(), months.size());
    Dataset<Row> periods = dirty.asDataset(spark);
    String[] periodKeys = {"granularity", "publication", "period_start"};
    Dataset<Row> fresh = withYear(TrendCounts.trends(readMonths(warehouse, TrendsTables.TERM_DAYS_SPEC, months),
            readMonths(warehouse, TrendsTables.TERM_DAY_COUNTS_SPEC, months),
            readMonths(warehouse, ArticlesTable.ISSUES, months).select(col("publication"), col("issue_date")),
            keys, options.granularities(), options.thinPeriodArticles(), termListHash)
        .join(periods, ParquetSink.seq(periodKeys), "left_semi"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> decided = null;
    Dataset<Row> seriesPeriods = null;
    try {
      Dataset<Row> state = storedSeries(spark, warehouse, storedSignatures);
      BurstSeries.Input series;
      result.count("term_trend_series_from_state", state != null ? 1 : 0);
      if (state != null) {
        LOG.info("term_trends: bursts from the stored series state");
        series = BurstSeries.merge(state, fresh, dirty.periods());
      } else {
        // Every series, compact: published rows outside the dirty periods (with the burst flag
        // they were published with) and the fresh rows.
        LOG.info("term_trends: bursts from the published rows (no series state of the last build)");
        Dataset<Row> compact = Tables.read(spark, warehouse.root(), TrendsTables.TRENDS_SPEC)
            .select(col("granularity"), col("publication"), col("topic"), col("term"), col("period_start"),
                col("articles_with"), col("total_articles"), col("burst"))
            .join(periods, ParquetSink.seq(periodKeys), "left_anti")
            .unionByName(fresh.select(col("granularity"), col("publication"), col("topic"), col("term"),
                col("period_start"), col("articles_with"), col("total_articles"),
                lit(null).cast("boolean").as("burst")));
        series = BurstSeries.fromRows(compact, col("burst"));
      }
      seriesPeriods = series.periods().persist();
      decided = BurstSeries.decide(new BurstSeries.Input(series.series(), seriesPeriods),
              options.burstRate(), options.burstCost())
          .persist(StorageLevel.MEMORY_AND_DISK());
      SortedSet<String> partitions = dirty.yearPartitions(TrendsTables.TRENDS_SPEC);
      List<Row> moved = BurstSeries.movedPartitions(decided).collectAsList();
      for (Row partition : moved) {
        partitions.add(ParquetSink.partitionPath(TrendsTables.TRENDS_SPEC, partition.getString(0),
            partition.getInt(1)));
      }
      result.count("term_trend_partitions_rewritten", partitions.size());
      LOG.info("term_trends: rewriting {} partitions ({} for moved burst flags)", partitions.size(), moved.size());
      if (state == null || !dirty.periods().isEmpty()) {
        // Before the table: a run that dies after this leaves a checksum the stored signatures
        // do not match, and the next run decides from the published rows.
        writeSeries(result, warehouse, decided, seriesPeriods, signatures);
      }
      if (partitions.isEmpty()) {
        return;
      }
      Dataset<Row> kept = Tables.readPartitions(spark, warehouse.root(), TrendsTables.TRENDS_SPEC,
              new ArrayList<>(partitions))
          .drop("burst")
          .join(periods, ParquetSink.seq(periodKeys), "left_anti");
      // fresh holds only rows of dirty periods, whose partitions are all among those rewritten.
      Dataset<Row> rows = kept.unionByName(fresh);
      result.table(TrendsTables.TRENDS_SPEC.name(), ParquetSink.replacePartitions(
          TrendsTransforms.withBursts(rows, BurstSeries.bursts(decided)), warehouse, TrendsTables.TRENDS_SPEC,
          partitions));
    } finally {
      if (decided != null) {
        decided.unpersist();
      }
      if (seriesPeriods != null) {
        seriesPeriods.unpersist();
      }
      fresh.unpersist();
    }
  }

  /**
   * The stored burst series, when they were written by the build that wrote the stored period
   * signatures (same checksum) in the layout this code reads ({@link BurstSeries#SPARSE}); null
   * otherwise.
   */
  private static Dataset<Row> storedSeries(SparkSession spark, Warehouse warehouse, Dataset<Row> storedSignatures) {
    if (storedSignatures == null || !Tables.exists(spark, warehouse.tablePath(BurstSeries.NAME))) {
      return null;
    }
    Dataset<Row> state = Tables.read(spark, warehouse.root(), BurstSeries.SPEC);
    List<Row> stamps = state.select(col(BurstSeries.CHECKSUM), col(BurstSeries.LAYOUT)).distinct().limit(2)
        .collectAsList();
    if (stamps.size() != 1 || stamps.get(0).isNullAt(0) || stamps.get(0).isNullAt(1)
        || stamps.get(0).getLong(0) != PeriodSignatures.checksum(storedSignatures)
        || stamps.get(0).getInt(1) != BurstSeries.SPARSE) {
      return null;
    }
    return state;
  }

  /** The burst series state, stamped with the checksum of the signatures written after the table. */
  private static void writeSeries(StageResult.Builder result, Warehouse warehouse, Dataset<Row> decided,
      Dataset<Row> periods, Dataset<Row> signatures) {
    result.table(BurstSeries.NAME, ParquetSink.replaceTable(
        BurstSeries.asState(decided, periods, PeriodSignatures.checksum(signatures)), warehouse, BurstSeries.SPEC));
  }

  /** Adds {@code period_year}, the partition column of term_trends. */
  private static Dataset<Row> withYear(Dataset<Row> trends) {
    return trends.withColumn(TrendsTables.PERIOD_YEAR, year(col("period_start")));
  }

  /**
   * term_first_seen needs the first article of each key: the first days come from the per-day
   * counts, and only the months holding those days are read from term_mentions and articles.
   */
  private static Dataset<Row> firstSeen(Warehouse warehouse, Dataset<Row> keys) {
    Dataset<Row> monthFirstDays = MonthDigest.of(warehouse, TrendsTables.TERM_DAY_COUNTS_SPEC,
        TrendsTables.FIRST_SEEN + "_months", "first-days/1", TrendCounts.MONTH_FIRST_DAYS, TrendCounts::monthFirstDays);
    List<Row> firstDays = TrendCounts.firstDays(monthFirstDays, keys)
        .select(col("publication"), col("first_date")).distinct().collectAsList();
    SortedSet<String> months = new TreeSet<>();
    List<Row> days = new ArrayList<>();
    for (Row day : firstDays) {
      LocalDate date = day.getLocalDate(1);
      months.add(ParquetSink.monthPartition(day.getString(0), ParquetSink.month(date)));
      days.add(org.apache.spark.sql.RowFactory.create(day.getString(0), date));
    }
    Dataset<Row> dayKeys = warehouse.spark().createDataFrame(days, new org.apache.spark.sql.types.StructType()
        .add("publication", org.apache.spark.sql.types.DataTypes.StringType)
        .add("issue_date", org.apache.spark.sql.types.DataTypes.DateType));
    List<String> monthList = new ArrayList<>(months);
    Dataset<Row> mentions = readMonths(warehouse, TrendsTables.MENTIONS_SPEC, monthList)
        .join(broadcast(dayKeys), new String[] {"publication", "issue_date"}, "left_semi");
    Dataset<Row> articles = readMonths(warehouse, ArticlesTable.SPEC, monthList)
        .join(broadcast(dayKeys), new String[] {"publication", "issue_date"}, "left_semi")
        .select(col("article_id"), col("headline"));
    return TrendsTransforms.firstSeen(mentions, articles, keys);
  }

  /**
   * emerging_terms of a month depends on that month and the baseline months before it: rebuild
   * the months the run touched and the baseline months after them, from the vocabulary of those
   * months and the baseline before; keep every other month as published.
   */
  private static Dataset<Row> emerging(Warehouse warehouse, RunScope scope, TrendsOptions options,
      Dataset<Row> termDays) {
    EmergingSettings settings = options.emerging();
    List<YearMonth> touched = new ArrayList<>();
    for (DayKey day : scope.replacedDays()) {
      touched.add(YearMonth.from(day.date()));
    }
    Dataset<Row> published = Tables.read(warehouse.spark(), warehouse.root(), TrendsTables.EMERGING_SPEC);
    if (touched.isEmpty()) {
      return published;
    }
    YearMonth first = touched.stream().min(YearMonth::compareTo).orElseThrow();
    YearMonth last = touched.stream().max(YearMonth::compareTo).orElseThrow().plusMonths(settings.baselineMonths());
    YearMonth readFrom = first.minusMonths(settings.baselineMonths());
    List<String> publications = new ArrayList<>(scope.publications());
    SortedSet<String> months = new TreeSet<>();
    for (String publication : publications) {
      for (YearMonth m = readFrom; !m.isAfter(last); m = m.plusMonths(1)) {
        months.add(ParquetSink.monthPartition(publication, m.toString()));
      }
    }
    Dataset<Row> vocabulary = readMonths(warehouse, TrendsTables.VOCABULARY_SPEC, new ArrayList<>(months));
    java.sql.Date from = java.sql.Date.valueOf(first.atDay(1));
    java.sql.Date to = java.sql.Date.valueOf(last.atEndOfMonth());
    Dataset<Row> rebuilt = EmergingTransforms.emerging(vocabulary,
            termDays.filter(col("publication").isin(publications.toArray())),
            options.terms().variants(), settings)
        .filter(col("month").between(from, to));
    Dataset<Row> kept = published.filter(col("publication").isin(publications.toArray())
        .and(col("month").between(from, to)).unary_$bang());
    return kept.unionByName(rebuilt);
  }

  /** The month partitions of the run's replaced days. */
  private static SortedSet<String> touchedMonths(RunScope scope) {
    SortedSet<String> months = new TreeSet<>();
    for (DayKey day : scope.replacedDays()) {
      months.add(ParquetSink.monthPartition(day.publication(), ParquetSink.month(day.date())));
    }
    return months;
  }

  /** The given month partitions of a per-day table (those that exist). */
  static Dataset<Row> readMonths(Warehouse warehouse, TableSpec spec, List<String> months) {
    return Tables.readPartitions(warehouse.spark(), warehouse.root(), spec, months);
  }
}
