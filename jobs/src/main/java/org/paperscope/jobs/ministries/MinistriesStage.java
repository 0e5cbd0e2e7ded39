package org.paperscope.jobs.ministries;

import static org.apache.spark.sql.functions.col;

import java.time.Duration;
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
import org.paperscope.jobs.spark.Tables;
import org.paperscope.jobs.spark.WarehouseLock;
import org.paperscope.jobs.articles.ArticleTextRow;

/**
 * Stage {@code ministries}: the bodies of the gazetteer named in each article of the run's days
 * ({@code ministry_mentions}, the sentence-scope {@code ministry_sentences} and
 * {@code sentence_counts}, and the per-day counts {@code ministry_days}, {@code ministry_day_counts},
 * {@code pair_day_counts}), then {@code ministry_cooccurrence} and {@code ministry_network} rebuilt
 * from the per-day counts alone.
 */
public final class MinistriesStage implements Stage {
  private static final Logger LOG = LogManager.getLogger(MinistriesStage.class);

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
    String gazetteerHash = Settings.sha256(options.detector().gazetteerText());
    context.recordInputHash(MinistriesOptions.GAZETTEER, gazetteerHash);
    context.recordInputHash(MinistriesOptions.FOREIGN_CUES,
        Settings.sha256(String.join("\n", options.detector().foreignCues())));
    List<MinistryRow> gazetteer = GazetteerReader.parse(options.detector().gazetteerText())
        .ministries().stream().map(MinistryRow::of).toList();
    Dataset<MinistryRow> ministries = spark.createDataset(gazetteer, MinistryRow.ENCODER);

    Dataset<ArticleTextRow> articles = ArticlesTable.runText(context).as(ArticleTextRow.ENCODER);
    Dataset<MinistryHitRow> hits = MinistriesTransforms.detect(articles, options.detector())
        .persist(StorageLevel.MEMORY_AND_DISK());
    long mentions;
    try {
      Dataset<Row> mentionRows = MinistriesTransforms.mentions(hits, ministries);
      mentions = ParquetSink.replaceDays(mentionRows, context, MinistryTables.MENTIONS_SPEC, false);
      Dataset<Row> sentences = MinistriesTransforms.sentences(hits);
      ParquetSink.replaceDays(sentences, context, MinistryTables.SENTENCES_SPEC, false);
      ParquetSink.replaceDays(MinistriesTransforms.sentenceCounts(hits), context,
          MinistryTables.SENTENCE_COUNTS_SPEC, false);
      ParquetSink.replaceDays(MinistriesTransforms.refusals(hits), context,
          MinistryTables.REFUSALS_SPEC, false);
      ParquetSink.replaceDays(MinistryCounts.days(hits, gazetteerHash, context.runId()), context,
          MinistryTables.MINISTRY_DAYS_SPEC, false);
      Dataset<Row> strata = MinistryCounts.strata(hits);
      Dataset<Row> articlePresence = MinistryCounts.withLineages(MinistryCounts.stratified(
          MinistriesTransforms.articlePresence(mentionRows, options.cooccurrenceKinds()), strata), ministries);
      Dataset<Row> sentencePresence = MinistryCounts.withLineages(MinistryCounts.stratified(
          MinistriesTransforms.sentencePresence(sentences, options.cooccurrenceKinds()), strata), ministries);
      ParquetSink.replaceDays(MinistryCounts.dayCounts(MinistriesTransforms.ARTICLE, articlePresence)
              .unionByName(MinistryCounts.dayCounts(MinistriesTransforms.SENTENCE, sentencePresence)),
          context, MinistryTables.MINISTRY_DAY_COUNTS_SPEC, false);
      ParquetSink.replaceDays(MinistryCounts.pairCounts(MinistriesTransforms.ARTICLE, articlePresence)
              .unionByName(MinistryCounts.pairCounts(MinistriesTransforms.SENTENCE, sentencePresence)),
          context, MinistryTables.PAIR_DAY_COUNTS_SPEC, false);
      context.count("ministry_mention_rows", mentions);
    } finally {
      hits.unpersist();
    }

    // Rebuild-and-swap under a warehouse lock: a concurrent run's aggregates cannot miss the day
    // rows this run just published (the last run to take the lock sees them all).
    try (WarehouseLock lock = WarehouseLock.acquire(context, "aggregates/ministries", Duration.ofHours(2))) {
      String warehouse = context.warehouse();
      Dataset<Row> cooccurrence = MinistryCounts.cooccurrence(
          MinistryCounts.units(Tables.read(spark, warehouse, MinistryTables.MINISTRY_DAYS_SPEC)),
          Tables.read(spark, warehouse, MinistryTables.MINISTRY_DAY_COUNTS_SPEC),
          Tables.read(spark, warehouse, MinistryTables.PAIR_DAY_COUNTS_SPEC),
          Tables.read(spark, warehouse, ArticlesTable.ISSUES).select(col("publication"), col("issue_date")),
          ministries, options.minTogether());
      long pairs = ParquetSink.replaceTable(cooccurrence, context, MinistryTables.COOCCURRENCE_SPEC);
      Dataset<Row> published = Tables.read(spark, warehouse, MinistryTables.COOCCURRENCE_SPEC);
      long edges = ParquetSink.replaceTable(MinistriesTransforms.network(published,
              options.networkMeasure(), options.networkTopN(), options.networkMinTogether()),
          context, MinistryTables.NETWORK_SPEC);
      LOG.info("ministries: {} mention rows, {} co-occurrence rows, {} network edges",
          mentions, pairs, edges);
    }
  }
}
