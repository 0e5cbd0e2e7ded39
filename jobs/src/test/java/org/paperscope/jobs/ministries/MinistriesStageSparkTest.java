package org.paperscope.jobs.ministries;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.paperscope.jobs.articles.IngestStage;
import org.paperscope.jobs.spark.SparkTestSession;
import org.paperscope.jobs.catalog.TableCatalog;

/**
 * End to end on the seed issue (read-only ../shared/seed, copied under a dated path in a temporary
 * folder): ingest, then the ministries stage, twice into the same warehouse.
 */
@Tag("spark")
class MinistriesStageSparkTest {
  private static final LocalDate SEED_DATE = LocalDate.of(2025, 6, 24);
  private static final String SMART_FACTORY = "2025年度智能工厂梯度培育行动启动";
  private static final String THREE_DEPARTMENTS = "三部门召开加强新能源汽车安全管理工作视频会";
  private static final Map<String, StructType> TABLES = Map.of(
      MinistryTables.MENTIONS, MinistryTables.MENTIONS_SCHEMA,
      MinistryTables.SENTENCES, MinistryTables.SENTENCES_SCHEMA,
      MinistryTables.SENTENCE_COUNTS, MinistryTables.SENTENCE_COUNTS_SCHEMA,
      MinistryTables.COOCCURRENCE, MinistryTables.COOCCURRENCE_SCHEMA,
      MinistryTables.NETWORK, MinistryTables.NETWORK_SCHEMA,
      MinistryTables.REFUSALS, MinistryTables.REFUSALS_SCHEMA);

  @TempDir
  static Path tmp;
  private static SparkSession spark;
  private static String warehouse;
  private static Map<String, List<String>> firstRun;

  @BeforeAll
  static void runTwice() throws Exception {
    spark = SparkTestSession.get();
    Path input = tmp.resolve("in");
    Path dated = input.resolve("zgdzb").resolve("2025").resolve("20250624.txt");
    Files.createDirectories(dated.getParent());
    Files.copy(SharedData.seedIssue(), dated);
    warehouse = tmp.resolve("warehouse").toString();
    run(input, "run-1");
    firstRun = snapshot();
    run(input, "run-2");
  }

  private static void run(Path input, String runId) {
    StageRuns.run(spark, Settings.load(null).with(MinistriesOptions.NETWORK_MIN_TOGETHER, "1"), warehouse,
        runId, SEED_DATE, SEED_DATE, input.toString(), new IngestStage(), new MinistriesStage());
  }

  private static Map<String, List<String>> snapshot() {
    Map<String, List<String>> rows = new TreeMap<>();
    TABLES.forEach((table, schema) -> {
      List<String> lines = new ArrayList<>();
      for (Row row : TableCatalog.read(spark, warehouse, table).collectAsList()) {
        lines.add(row.toString());
      }
      lines.sort(null);
      rows.put(table, lines);
    });
    return rows;
  }

  private static Dataset<Row> mentions() {
    return TableCatalog.read(spark, warehouse, MinistryTables.MENTIONS);
  }

  private static String articleId(String headline) {
    return TableCatalog.read(spark, warehouse, "articles")
        .filter(col("headline").equalTo(headline)).select("article_id").collectAsList()
        .get(0).getString(0);
  }

  private static List<String> bodiesOf(String headline) {
    return mentions().filter(col("article_id").equalTo(articleId(headline)))
        .select("canonical_name").distinct().collectAsList().stream()
        .map(r -> r.getString(0)).toList();
  }

  @Test
  void smartFactoryArticleNamesSixBodies() {
    assertThat(bodiesOf(SMART_FACTORY)).containsExactlyInAnyOrder("工业和信息化部",
        "国家发展和改革委员会", "财政部", "国务院国有资产监督管理委员会", "国家市场监督管理总局", "国家数据局");
  }

  @Test
  void smartFactoryArticleGivesFifteenArticleScopePairs() {
    Dataset<Row> presence = mentions().filter(col("article_id").equalTo(articleId(SMART_FACTORY)))
        .select("ministry_id").distinct();
    List<Row> ids = presence.collectAsList();
    Dataset<Row> month = TableCatalog.read(spark, warehouse, MinistryTables.COOCCURRENCE)
        .filter(col("scope").equalTo("article").and(col("level").equalTo("ministry"))
            .and(col("granularity").equalTo("month"))
            .and(col("period_start").equalTo(java.sql.Date.valueOf("2025-06-01"))));
    List<String> six = ids.stream().map(r -> r.getString(0)).toList();
    long pairsOfTheSix = month.filter(col("ministry_a").isin(six.toArray())
        .and(col("ministry_b").isin(six.toArray()))).count();

    assertThat(six).hasSize(6);
    assertThat(pairsOfTheSix).isEqualTo(15);
  }

  @Test
  void threeDepartmentsArticleNamesThreeBodiesWithUnits() {
    assertThat(bodiesOf(THREE_DEPARTMENTS)).containsExactlyInAnyOrder("工业和信息化部",
        "国家市场监督管理总局", "国家消防救援局");
    List<String> units = mentions().filter(col("article_id").equalTo(articleId(THREE_DEPARTMENTS))
            .and(col("unit").isNotNull()))
        .select("unit").distinct().collectAsList().stream().map(r -> r.getString(0)).toList();
    assertThat(units).contains("装备工业司", "质量发展局", "消防监督司", "缺陷产品召回技术中心");
  }

  @Test
  void sentenceCountsCoverEveryArticle() {
    long articles = TableCatalog.read(spark, warehouse, "articles").count();
    assertThat(TableCatalog.read(spark, warehouse, MinistryTables.SENTENCE_COUNTS).count()).isEqualTo(articles);
  }

  @Test
  void rerunGivesTheSameTables() {
    assertThat(snapshot()).isEqualTo(firstRun);
    assertThat(firstRun.get(MinistryTables.MENTIONS)).isNotEmpty();
    assertThat(firstRun.get(MinistryTables.COOCCURRENCE)).isNotEmpty();
    assertThat(firstRun.get(MinistryTables.NETWORK)).isNotEmpty();
  }

  @Test
  void duckDbReadsEveryTable() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      for (String table : TABLES.keySet()) {
        String glob = warehouse + "/" + table + "/**/*.parquet";
        try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM read_parquet('" + glob
            + "', hive_partitioning = true)")) {
          rs.next();
          assertThat(rs.getLong(1)).as(table).isEqualTo(firstRun.get(table).size());
        }
      }
      try (ResultSet rs = statement.executeQuery("SELECT ministry_a, ministry_b, npmi, g2 FROM "
          + "read_parquet('" + warehouse + "/ministry_cooccurrence/**/*.parquet') "
          + "WHERE scope = 'article' AND granularity = 'all' ORDER BY g2 DESC LIMIT 1")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isLessThan(rs.getString(2));
      }
    }
  }
}
