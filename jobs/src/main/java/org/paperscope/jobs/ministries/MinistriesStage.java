package org.paperscope.jobs.ministries;


import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.paperscope.common.config.Settings;
import org.paperscope.common.gazetteer.GazetteerReader;
import org.paperscope.jobs.articles.ArticleTextRow;
import org.paperscope.jobs.articles.ArticlesTable;
import org.paperscope.jobs.run.Publish;
import org.paperscope.jobs.run.RunScope;
import org.paperscope.jobs.run.RunSpec;
import org.paperscope.jobs.run.Stage;
import org.paperscope.jobs.run.StageResult;
import org.paperscope.jobs.spark.MonthLocks;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.Tables;
import org.paperscope.jobs.spark.Warehouse;
import org.paperscope.jobs.spark.WarehouseLock;

/**
 * Stage {@code ministries}: the bodies of the gazetteer named in each article of the run's days
 * ({@code ministry_mentions}, the sentence-scope {@code ministry_sentences} and
 * {@code sentence_counts}, and the per-day counts {@code ministry_days}, {@code ministry_day_counts},
 * {@code pair_day_counts}), then {@code ministry_cooccurrence} rebuilt from the per-day counts
 * of the periods that changed ({@link CooccurrenceRebuild}) and {@code ministry_network} from it.
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
  public StageResult run(RunSpec spec, RunScope earlier) {
    MinistriesOptions options = MinistriesOptions.from(spec.settings());
    SparkSession spark = spec.spark();
    Warehouse warehouse = spec.warehouse();
    RunScope scope = ArticlesTable.withText(spec, earlier);
    MonthLocks held = scope.locks();
    String gazetteerHash = Settings.sha256(options.detector().gazetteerText());
    StageResult.Builder result = StageResult.builder(scope)
        .inputHash(MinistriesOptions.GAZETTEER, gazetteerHash)
        .inputHash(MinistriesOptions.FOREIGN_CUES,
            Settings.sha256(String.join("\n", options.detector().foreignCues())));
    List<MinistryRow> gazetteer = GazetteerReader.parse(options.detector().gazetteerText())
        .ministries().stream().map(MinistryRow::of).toList();
    Dataset<MinistryRow> ministries = spark.createDataset(gazetteer, MinistryRow.ENCODER);

    Dataset<ArticleTextRow> articles = scope.text().as(ArticleTextRow.ENCODER);
    Dataset<MinistryHitRow> hits = MinistriesTransforms.detect(articles, options.detector())
        .persist(StorageLevel.MEMORY_AND_DISK());
    AtomicLong mentions = new AtomicLong();
    try {
      Dataset<Row> mentionRows = MinistriesTransforms.mentions(hits, ministries);
      Dataset<Row> sentences = MinistriesTransforms.sentences(hits);
      Dataset<Row> strata = MinistryCounts.strata(hits);
      // Read by two writes each (day counts and pair counts): computed once.
      Dataset<Row> articlePresence = MinistryCounts.withLineages(MinistryCounts.stratified(
          MinistriesTransforms.articlePresence(mentionRows, options.cooccurrenceKinds()), strata), ministries)
          .persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> sentencePresence = MinistryCounts.withLineages(MinistryCounts.stratified(
          MinistriesTransforms.sentencePresence(sentences, options.cooccurrenceKinds()), strata), ministries)
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Publish.together(spec.output().parallelWrites(), List.of(
            () -> mentions.set(Publish.days(result, mentionRows, held, MinistryTables.MENTIONS_SPEC)),
            () -> Publish.days(result, sentences, held, MinistryTables.SENTENCES_SPEC),
            () -> Publish.days(result, MinistriesTransforms.sentenceCounts(hits), held,
                MinistryTables.SENTENCE_COUNTS_SPEC),
            () -> Publish.days(result, MinistriesTransforms.refusals(hits), held, MinistryTables.REFUSALS_SPEC),
            () -> Publish.days(result, MinistryCounts.days(hits, gazetteerHash, spec.runId()), held,
                MinistryTables.MINISTRY_DAYS_SPEC),
            () -> Publish.days(result, MinistryCounts.dayCounts(MinistriesTransforms.ARTICLE, articlePresence)
                    .unionByName(MinistryCounts.dayCounts(MinistriesTransforms.SENTENCE, sentencePresence)),
                held, MinistryTables.MINISTRY_DAY_COUNTS_SPEC),
            () -> Publish.days(result, MinistryCounts.pairCounts(MinistriesTransforms.ARTICLE, articlePresence)
                    .unionByName(MinistryCounts.pairCounts(MinistriesTransforms.SENTENCE, sentencePresence)),
                held, MinistryTables.PAIR_DAY_COUNTS_SPEC)));
      } finally {
        articlePresence.unpersist();
        sentencePresence.unpersist();
      }
      result.count("ministry_mention_rows", mentions.get());
    } finally {
      hits.unpersist();
    }

    // Rebuild-and-swap under a warehouse lock: a concurrent run's aggregates cannot miss the day
    // rows this run just published (the last run to take the lock sees them all).
    try (WarehouseLock lock = WarehouseLock.acquire(warehouse, "aggregates/ministries", Duration.ofHours(2))) {
      String root = warehouse.root();
      long pairs = CooccurrenceRebuild.rebuild(warehouse, result, ministries, gazetteerHash, options.minTogether());
      result.table(MinistryTables.COOCCURRENCE_SPEC.name(), pairs);
      Dataset<Row> published = Tables.read(spark, root, MinistryTables.COOCCURRENCE_SPEC);
      long edges = ParquetSink.replaceTable(MinistriesTransforms.network(published,
              options.networkMeasure(), options.networkTopN(), options.networkMinTogether()),
          warehouse, MinistryTables.NETWORK_SPEC);
      result.table(MinistryTables.NETWORK_SPEC.name(), edges);
      LOG.info("ministries: {} mention rows, {} co-occurrence rows, {} network edges",
          mentions.get(), pairs, edges);
    }
    return result.build();
  }
}
