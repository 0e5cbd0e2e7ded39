package org.paperscope.jobs;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paperscope.common.SharedData;
import org.paperscope.jobs.spark.SparkTestSession;

/** The foundation acceptance on the real corpus, at table level, plus DuckDB readability of every table. */
@Tag("spark")
class XwlbCorpusSparkTest {
  @Test
  void everyIssueYieldsOneArticlePerStoryAndNothingIsRejected() throws IOException {
    Path warehouse = XwlbWarehouse.get();
    Dataset<Row> issues = SparkTestSession.get().read().parquet(warehouse.resolve("issues").toString());
    assertThat(issues.count()).isEqualTo(1691);
    assertThat(WarehouseRows.of(warehouse, "rejects")).isEmpty();

    Map<String, Integer> stories = new HashMap<>();
    try (Stream<Path> files = Files.walk(SharedData.xwlbCorpus())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        String stem = file.getFileName().toString().replace(".md", "");
        int count = (int) Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("### ")).count();
        stories.put(stem, count);
      }
    }
    Map<String, Integer> articles = new HashMap<>();
    for (Row row : issues.select("issue_id", "article_count").collectAsList()) {
      String issueId = row.getString(0);
      articles.put(issueId.substring(issueId.lastIndexOf('/') + 1), row.getInt(1));
    }
    assertThat(articles).isEqualTo(stories);
  }

  @Test
  void bodiesHaveNoLinksHtmlOrSummarySection() {
    Dataset<Row> articles = SparkTestSession.get().read().parquet(XwlbWarehouse.get().resolve("articles").toString());
    assertThat(articles.filter(col("body").contains("查看原文").or(col("body").contains("<p>"))
        .or(col("body").contains("](")).or(col("headline").equalTo("新闻摘要"))
        .or(col("body").startsWith("本期节目主要内容"))).count()).isZero();
    assertThat(articles.select("publication").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .containsExactly("xwlb");
  }

  @Test
  void duckDbReadsEveryTableWithHivePartitioningAndGetsSparksCounts() throws Exception {
    Path warehouse = XwlbWarehouse.get();
    List<String> tables = WarehouseRows.tables(warehouse);
    assertThat(tables).contains("articles", "issues", "term_trends", "ministry_mentions");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement()) {
      for (String table : tables) {
        Path dir = warehouse.resolve(table);
        long sparkCount = WarehouseRows.of(warehouse, table).size();
        if (sparkCount == 0) {
          continue;
        }
        String glob = dir.resolve("**").resolve("*.parquet").toString();
        try (ResultSet rows = statement.executeQuery(
            "SELECT count(*) FROM read_parquet('" + glob + "', hive_partitioning = true)")) {
          rows.next();
          assertThat(rows.getLong(1)).as("DuckDB count of %s", table).isEqualTo(sparkCount);
        }
      }
      String articles = warehouse.resolve("articles").resolve("**").resolve("*.parquet").toString();
      try (ResultSet rows = statement.executeQuery("SELECT count(DISTINCT issue_date), min(issue_date), "
          + "typeof(min(issue_date)) FROM read_parquet('" + articles + "', hive_partitioning = true)")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(1691);
        assertThat(rows.getString(2)).isEqualTo("2022-01-01");
        assertThat(rows.getString(3)).isEqualTo("DATE");
      }
    }
  }
}
