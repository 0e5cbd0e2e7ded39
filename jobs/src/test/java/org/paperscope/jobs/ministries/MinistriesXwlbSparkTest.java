package org.paperscope.jobs.ministries;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.common.SharedData;
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.articles.ArticlesTable;
import org.paperscope.jobs.articles.IngestStage;
import org.paperscope.jobs.run.RunScope;
import org.paperscope.jobs.run.RunSpec;
import org.paperscope.jobs.spark.Warehouse;
import org.paperscope.jobs.spark.SparkTestSession;
import org.paperscope.jobs.catalog.TableCatalog;

/**
 * The real 新闻联播 corpus (read-only ../shared/corpora/xwlb), one quarter of it to keep the test
 * suite's time reasonable: ingest and the ministries stage run clean and the tables hang
 * together. Prints the strongest pairs and the most-named bodies of the slice.
 */
@Tag("spark")
class MinistriesXwlbSparkTest {
  private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
  private static final LocalDate TO = LocalDate.of(2025, 6, 30);

  @TempDir
  Path tmp;

  @Test
  void quarterOfXwlbRunsCleanAndAddsUp() {
    SparkSession spark = SparkTestSession.get();
    String warehouse = tmp.resolve("warehouse").toString();
    Duration took;
    try (Warehouse opened = Warehouse.open(spark, warehouse, "xwlb-test")) {
      RunSpec spec = RunSpec.builder(opened, Settings.load(null), "run").dates(FROM, TO)
          .input(SharedData.xwlbCorpus().toString(), null).build();
      RunScope scope = new IngestStage().run(spec, null).scope();
      try {
        Instant started = Instant.now();
        new MinistriesStage().run(spec, scope);
        took = Duration.between(started, Instant.now());
      } finally {
        scope.release();
      }
    }

    Dataset<Row> articles = TableCatalog.read(spark, warehouse, ArticlesTable.SPEC.name());
    Dataset<Row> mentions = TableCatalog.read(spark, warehouse, MinistryTables.MENTIONS);
    Dataset<Row> counts = TableCatalog.read(spark, warehouse, MinistryTables.SENTENCE_COUNTS);
    Dataset<Row> pairs = TableCatalog.read(spark, warehouse, MinistryTables.COOCCURRENCE);
    long articleCount = articles.count();

    assertThat(articleCount).isGreaterThan(1000);
    assertThat(counts.count()).isEqualTo(articleCount);
    assertThat(mentions.select(countDistinct(col("ministry_id"))).first().getLong(0))
        .isGreaterThan(30);
    assertThat(pairs.filter(col("npmi").gt(1.0).or(col("npmi").lt(-1.0))
        .or(col("g2").lt(0.0)).or(col("ministry_a").geq(col("ministry_b")))).count()).isZero();
    long articleTotal = pairs.filter(col("scope").equalTo("article")
            .and(col("granularity").equalTo("quarter")))
        .select("total").distinct().first().getLong(0);
    assertThat(articleTotal).isEqualTo(articleCount);
    long sentenceTotal = pairs.filter(col("scope").equalTo("sentence")
            .and(col("granularity").equalTo("quarter")))
        .select("total").distinct().first().getLong(0);
    assertThat(sentenceTotal).isEqualTo(counts.select(sum("sentence_count")).first().getLong(0));

    System.out.printf("ministries stage on xwlb %s..%s: %d articles, %.1f s%n", FROM, TO,
        articleCount, took.toMillis() / 1000.0);
    List<Row> strongest = pairs.filter(col("scope").equalTo("article")
            .and(col("granularity").equalTo("quarter")).and(col("together").geq(5)))
        .orderBy(col("npmi").desc()).limit(10)
        .select("ministry_a_name", "ministry_b_name", "together", "npmi", "g2").collectAsList();
    strongest.forEach(r -> System.out.println("  pair " + r));
    mentions.groupBy("canonical_name").agg(countDistinct("article_id").as("articles"))
        .orderBy(col("articles").desc()).limit(10).collectAsList()
        .forEach(r -> System.out.println("  body " + r));
  }
}
