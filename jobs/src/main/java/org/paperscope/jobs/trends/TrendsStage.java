package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.col;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.RunContext;
import org.paperscope.jobs.Stage;
import org.paperscope.jobs.articles.ArticlesTable;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.WarehouseLock;
import org.paperscope.jobs.spark.Tables;

/**
 * Stage {@code trends}: counts the listed topic terms in each article of the run's days
 * ({@code term_mentions}, {@code term_hits}, {@code boundary_conflicts}) and, when enabled, the
 * open vocabulary ({@code term_vocabulary}); then recomputes {@code term_trends},
 * {@code term_first_seen}, {@code term_contexts} and {@code emerging_terms} from the whole
 * warehouse.
 */
public final class TrendsStage implements Stage {
  private static final Logger LOG = LogManager.getLogger(TrendsStage.class);
  /** Tasks per core: HanLP work is uneven between days. */
  private static final int TASKS_PER_CORE = 4;

  @Override
  public String name() {
    return "trends";
  }

  @Override
  public void check(Settings settings) {
    TrendsOptions.from(settings);
  }

  @Override
  public void run(RunContext context) {
    TrendsOptions options = TrendsOptions.from(context.settings());
    SparkSession spark = context.spark();
    context.recordInputHash(TrendsOptions.TERMS, options.terms().contentHash());

    int partitions = Math.max(1, spark.sparkContext().defaultParallelism() * TASKS_PER_CORE);
    Dataset<TermInputRow> articles = ArticlesTable.readRun(context)
        .selectExpr(TermInputRow.COLUMNS)
        .repartition(partitions)
        .as(TermInputRow.ENCODER)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<TermFindingRow> findings = TrendsTransforms.detect(articles, options)
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        long mentions = ParquetSink.replaceDays(TrendsTransforms.mentions(findings), context,
            TrendsTables.MENTIONS);
        ParquetSink.replaceDays(TrendsTransforms.hits(findings), context, TrendsTables.HITS);
        long conflicts = ParquetSink.replaceDays(TrendsTransforms.conflicts(findings), context,
            TrendsTables.CONFLICTS);
        context.count("term_mention_rows", mentions);
        context.count("boundary_conflict_rows", conflicts);
      } finally {
        findings.unpersist();
      }
      if (options.emerging() != null) {
        ParquetSink.replaceDays(EmergingTransforms.vocabulary(
            EmergingTransforms.words(articles, options.emerging())), context, TrendsTables.VOCABULARY);
      }
    } finally {
      articles.unpersist();
    }

    // Recompute-and-swap under a warehouse lock: a concurrent run's aggregates cannot miss
    // the day rows this run just published (the last run to take the lock sees them all).
    try (WarehouseLock lock = WarehouseLock.acquire(context, "trends-aggregates", java.time.Duration.ofHours(1))) {
      String warehouse = context.warehouse();
      Dataset<Row> allArticles = ArticlesTable.readAll(context)
          .select(col("article_id"), col("publication"), col("issue_date"), col("char_count"),
              col("headline"));
      Dataset<Row> allMentions = Tables.read(spark, warehouse, TrendsTables.MENTIONS,
          TrendsTables.MENTIONS_SCHEMA);
      Dataset<Row> keys = TrendsTransforms.keys(spark, options.terms());
      long stale = allMentions.join(keys, new String[] {"topic", "term"}, "left_anti").count();
      if (stale > 0) {
        LOG.warn("{} term_mentions rows name terms that are no longer in the term list; rerun "
            + "trends over the whole range to recount old days with the current list", stale);
      }
      ParquetSink.replaceTable(TrendsTransforms.withBursts(TrendsTransforms.trends(allMentions,
              allArticles, keys, options.granularities(), options.thinPeriodArticles()),
              options.burstRate(), options.burstCost()), context, TrendsTables.TRENDS,
          "granularity");
      ParquetSink.replaceTable(TrendsTransforms.firstSeen(allMentions, allArticles, keys), context,
          TrendsTables.FIRST_SEEN);
      ParquetSink.replaceTable(TrendsTransforms.contexts(
          Tables.read(spark, warehouse, TrendsTables.HITS, TrendsTables.HITS_SCHEMA),
          options.contextsPerTermMonth()), context, TrendsTables.CONTEXTS);
      if (options.emerging() != null) {
        ParquetSink.replaceTable(EmergingTransforms.emerging(
            Tables.read(spark, warehouse, TrendsTables.VOCABULARY, TrendsTables.VOCABULARY_SCHEMA),
            allArticles, options.terms().variants(), options.emerging()), context,
            TrendsTables.EMERGING);
      }
    }
  }
}
