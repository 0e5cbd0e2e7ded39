package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.common.SharedData;
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.StageRuns;
import org.paperscope.jobs.TestCorpus;
import org.paperscope.jobs.articles.ArticlesTable;
import org.paperscope.jobs.articles.IngestStage;
import org.paperscope.jobs.spark.SparkTestSession;
import org.paperscope.jobs.catalog.TableCatalog;

/**
 * End to end: the bundled test corpus plus the seed issue (copied under a dated path in a
 * temporary folder), ingest then trends, twice into the same warehouse.
 */
@Tag("spark")
class TrendsStageSparkTest {
  private static final Map<String, StructType> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put(TrendsTables.MENTIONS, TrendsTables.MENTIONS_SCHEMA);
    TABLES.put(TrendsTables.HITS, TrendsTables.HITS_SCHEMA);
    TABLES.put(TrendsTables.CONFLICTS, TrendsTables.CONFLICTS_SCHEMA);
    TABLES.put(TrendsTables.TRENDS, TrendsTables.TRENDS_SCHEMA);
    TABLES.put(TrendsTables.FIRST_SEEN, TrendsTables.FIRST_SEEN_SCHEMA);
    TABLES.put(TrendsTables.CONTEXTS, TrendsTables.CONTEXTS_SCHEMA);
    TABLES.put(TrendsTables.VOCABULARY, TrendsTables.VOCABULARY_SCHEMA);
    TABLES.put(TrendsTables.EMERGING, TrendsTables.EMERGING_SCHEMA);
  }

  @TempDir
  static Path tmp;
  private static SparkSession spark;
  private static String warehouse;
  private static Map<String, List<String>> firstRun;

  @BeforeAll
  static void runTwice() throws Exception {
    spark = SparkTestSession.get();
    Path input = TestCorpus.copyTo(tmp.resolve("in"));
    Path dated = input.resolve("zgdzb").resolve("2025").resolve("20250624.txt");
    Files.createDirectories(dated.getParent());
    Files.copy(SharedData.seedIssue(), dated);
    warehouse = tmp.resolve("warehouse").toString();
    run(input, "run-1");
    firstRun = snapshot();
    run(input, "run-2");
  }

  private static void run(Path input, String runId) {
    StageRuns.run(spark, Settings.load(null), warehouse, runId, null, null, input.toString(),
        new IngestStage(), new TrendsStage());
  }

  private static Dataset<Row> table(String name) {
    return TableCatalog.read(spark, warehouse, name);
  }

  private static Map<String, List<String>> snapshot() {
    Map<String, List<String>> rows = new TreeMap<>();
    TABLES.forEach((name, schema) -> {
      List<String> lines = new ArrayList<>();
      for (Row row : table(name).collectAsList()) {
        lines.add(row.toString());
      }
      lines.sort(null);
      rows.put(name, lines);
    });
    return rows;
  }

  private static Dataset<Row> seedMentions(String topic) {
    Dataset<Row> articles = TableCatalog.read(spark, warehouse, "articles")
        .select("article_id", "headline");
    return table(TrendsTables.MENTIONS).filter(col("publication").equalTo("zgdzb")
        .and(col("topic").equalTo(topic))).join(articles, "article_id");
  }

  @Test
  void seedHasThreeMentionsOfNewQualityProductiveForcesInTheRoundTableArticle() {
    List<Row> rows = seedMentions("新质生产力").collectAsList();

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<String>getAs("headline")).isEqualTo("工业和信息化部召开第十次中小企业圆桌会议");
    assertThat(rows.get(0).<Integer>getAs("mentions")).isEqualTo(3);
  }

  @Test
  void seedHasInvolutionOnceAsNeijuanAndOnceAsNeijuanshi() {
    assertThat(seedMentions("内卷").collectAsList())
        .extracting(r -> r.getAs("term") + " " + r.getAs("mentions") + " " + r.getAs("headline"))
        .containsExactlyInAnyOrder(
            "内卷 1 工信部党组理论学习中心组学习习近平生态文明思想和习近平总书记关于国家能源安全的重要论述",
            "内卷式 1 三部门召开加强新能源汽车安全管理工作视频会");
  }

  @Test
  void everyDayRowCountsAllArticlesOfItsDay() {
    Dataset<Row> perDay = TableCatalog.read(spark, warehouse, "articles")
        .groupBy(col("publication"), col("issue_date").as("period_start"))
        .agg(count(lit(1)).as("articles"), sum("char_count").as("chars"),
            sum(org.apache.spark.sql.functions.expr("char_length(headline) + char_length(body)"
                + " + aggregate(subheadings, 0, (acc, s) -> acc + char_length(s))")).as("text_chars"));
    Dataset<Row> days = table(TrendsTables.TRENDS).filter(col("granularity").equalTo("day"));
    long keys = TrendsOptions.from(Settings.load(null)).terms().terms().size()
        + TrendsOptions.from(Settings.load(null)).terms().topics().size();

    assertThat(days.count()).isEqualTo(perDay.count() * keys);
    assertThat(days.join(perDay, new String[] {"publication", "period_start"})
        .filter(col("total_articles").notEqual(col("articles"))
            .or(col("body_chars").notEqual(col("chars")))
            .or(col("total_chars").notEqual(col("text_chars")))).count()).isZero();
  }

  @Test
  void firstSeenAndContextsPointAtRealHits() {
    List<Row> first = table(TrendsTables.FIRST_SEEN).filter(col("publication").equalTo("zgdzb")
        .and(col("term").equalTo("新质生产力"))).collectAsList();
    assertThat(first).hasSize(1);
    assertThat(first.get(0).<String>getAs("headline")).isEqualTo("工业和信息化部召开第十次中小企业圆桌会议");
    assertThat(table(TrendsTables.CONTEXTS).filter(col("term").equalTo("新质生产力")
        .and(col("publication").equalTo("zgdzb"))).count()).isEqualTo(3);
  }

  @Test
  void rerunGivesTheSameTables() {
    assertThat(snapshot()).isEqualTo(firstRun);
    for (String name : List.of(TrendsTables.MENTIONS, TrendsTables.HITS, TrendsTables.TRENDS,
        TrendsTables.FIRST_SEEN, TrendsTables.CONTEXTS, TrendsTables.VOCABULARY)) {
      assertThat(firstRun.get(name)).as(name).isNotEmpty();
    }
  }

  @Test
  void duckDbReadsEveryTable() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      for (String name : TABLES.keySet()) {
        if (firstRun.get(name).isEmpty()) {
          continue;
        }
        String glob = warehouse + "/" + name + "/**/*.parquet";
        try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM read_parquet('" + glob
            + "', hive_partitioning = true)")) {
          rs.next();
          assertThat(rs.getLong(1)).as(name).isEqualTo(firstRun.get(name).size());
        }
      }
      try (ResultSet rs = statement.executeQuery("SELECT sum(articles_with)::DOUBLE / "
          + "sum(total_articles) FROM read_parquet('" + warehouse + "/term_trends/**/*.parquet', "
          + "hive_partitioning = true) WHERE granularity = 'day' AND term = '*' AND topic = '新质生产力'"
          + " AND publication = 'zgdzb'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getDouble(1)).isEqualTo(1.0 / 6);
      }
    }
  }
}
