package org.paperscope.jobs.ministries;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.paperscope.common.config.Settings;
import org.paperscope.common.gazetteer.GazetteerReader;
import org.paperscope.jobs.RunContext;
import org.paperscope.jobs.Stage;
import org.paperscope.jobs.articles.ArticlesTable;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.WarehouseLock;
import org.paperscope.jobs.spark.Tables;

/**
 * Stage {@code ministries}: the bodies of the gazetteer named in each article of the run's days
 * ({@code ministry_mentions}, and the sentence-scope intermediates {@code ministry_sentences} and
 * {@code sentence_counts}), then {@code ministry_cooccurrence} and {@code ministry_network}
 * recomputed from the whole warehouse.
 */
public final class MinistriesStage implements Stage {
  private static final Logger LOG = LogManager.getLogger(MinistriesStage.class);
  /** Detection tasks per core: HanLP work is uneven between days. */
  private static final int TASKS_PER_CORE = 4;

  @Override
  public String name() {
    return "ministries";
  }

  @Override
  public void check(Settings settings) {
    MinistriesOptions.from(settings);
  }

  @Override
  public void run(RunContext context) {
    MinistriesOptions options = MinistriesOptions.from(context.settings());
    SparkSession spark = context.spark();
    context.recordInputHash(MinistriesOptions.GAZETTEER,
        Settings.sha256(options.detector().gazetteerText()));
    context.recordInputHash(MinistriesOptions.FOREIGN_CUES,
        Settings.sha256(String.join("\n", options.detector().foreignCues())));
    List<MinistryRow> gazetteer = GazetteerReader.parse(options.detector().gazetteerText())
        .ministries().stream().map(MinistryRow::of).toList();
    Dataset<MinistryRow> ministries = spark.createDataset(gazetteer, MinistryRow.ENCODER);

    int partitions = Math.max(1, spark.sparkContext().defaultParallelism() * TASKS_PER_CORE);
    Dataset<MinistryInputRow> articles = ArticlesTable.readRun(context)
        .selectExpr(MinistryInputRow.COLUMNS)
        .repartition(partitions)
        .as(MinistryInputRow.ENCODER);
    Dataset<MinistryHitRow> hits = MinistriesTransforms.detect(articles, options.detector())
        .persist(StorageLevel.MEMORY_AND_DISK());
    long mentions;
    try {
      mentions = ParquetSink.replaceDays(MinistriesTransforms.mentions(hits, ministries),
          context, MinistryTables.MENTIONS);
      ParquetSink.replaceDays(MinistriesTransforms.sentences(hits), context,
          MinistryTables.SENTENCES);
      ParquetSink.replaceDays(MinistriesTransforms.sentenceCounts(hits), context,
          MinistryTables.SENTENCE_COUNTS);
      ParquetSink.replaceDays(MinistriesTransforms.refusals(hits), context,
          MinistryTables.REFUSALS);
      context.count("ministry_mention_rows", mentions);
    } finally {
      hits.unpersist();
    }

    // Recompute-and-swap under a warehouse lock: a concurrent run's aggregates cannot miss
    // the day rows this run just published (the last run to take the lock sees them all).
    try (WarehouseLock lock = WarehouseLock.acquire(context, "ministries-aggregates", java.time.Duration.ofHours(1))) {
      String warehouse = context.warehouse();
      Dataset<Row> allArticles = ArticlesTable.readAll(context)
          .select(col("article_id"), col("publication"), col("issue_date"));
      Dataset<Row> allMentions = Tables.read(spark, warehouse, MinistryTables.MENTIONS,
          MinistryTables.MENTIONS_SCHEMA);
      Dataset<Row> allSentences = Tables.read(spark, warehouse, MinistryTables.SENTENCES,
          MinistryTables.SENTENCES_SCHEMA);
      Dataset<Row> allCounts = Tables.read(spark, warehouse, MinistryTables.SENTENCE_COUNTS,
          MinistryTables.SENTENCE_COUNTS_SCHEMA);
      Dataset<Row> cooccurrence = MinistriesTransforms.cooccurrence(MinistriesTransforms.ARTICLE,
              MinistriesTransforms.articleTotals(allArticles),
              MinistriesTransforms.articlePresence(allMentions, options.cooccurrenceKinds()),
              ministries, options.minTogether())
          .unionByName(MinistriesTransforms.cooccurrence(MinistriesTransforms.SENTENCE,
              MinistriesTransforms.sentenceTotals(allCounts),
              MinistriesTransforms.sentencePresence(allSentences, options.cooccurrenceKinds()),
              ministries,
              options.minTogether()));
      long pairs = ParquetSink.replaceTable(cooccurrence, context, MinistryTables.COOCCURRENCE);

      Dataset<Row> published = Tables.read(spark, warehouse, MinistryTables.COOCCURRENCE,
          MinistryTables.COOCCURRENCE_SCHEMA);
      long edges = ParquetSink.replaceTable(MinistriesTransforms.network(published,
              options.networkMeasure(), options.networkTopN(), options.networkMinTogether()),
          context, MinistryTables.NETWORK);
      LOG.info("ministries: {} mention rows, {} co-occurrence rows, {} network edges",
          mentions, pairs, edges);
    }
  }
}
