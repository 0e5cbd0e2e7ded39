package org.paperscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.jobs.spark.SparkTestSession;

/**
 * The front_page / section strata of the per-day count tables on one day of five records of our
 * own: two front-page articles (要闻), one on page 2 (评论), one on page 3 without a section, one
 * without a page. The expected rows are counted by hand from the texts below; the aggregates
 * built from the strata must give the figures of the whole day.
 */
@Tag("spark")
class FrontPageSplitSparkTest {
  /**
   * 新质生产力: article 1 in headline and body, 3 in the body, 5 in headline and body. 工业和信息化部
   * and 财政部 together in one sentence of 1 and of 5; 财政部 alone in 3. Every article has two
   * sentences (headline, one body sentence).
   */
  private static final String RECORDS = String.join("\n",
      "{\"title\": \"加快发展新质生产力\", \"page\": \"01\", \"section\": \"要闻\","
          + " \"content\": \"工业和信息化部、财政部联合发布通知，加快发展新质生产力。\"}",
      "{\"title\": \"春耕生产有序推进\", \"page\": \"01\", \"section\": \"要闻\","
          + " \"content\": \"各地抓住有利时机开展春耕生产。\"}",
      "{\"title\": \"以科技创新引领产业升级\", \"page\": \"02\", \"section\": \"评论\","
          + " \"content\": \"培育新质生产力，财政部加大支持力度。\"}",
      "{\"title\": \"城市更新项目陆续开工\", \"page\": \"03\","
          + " \"content\": \"今年一批城市更新项目陆续开工建设。\"}",
      "{\"title\": \"新质生产力赋能乡村振兴\","
          + " \"content\": \"工业和信息化部、财政部联合调研新质生产力发展情况。\"}") + "\n";

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static Path warehouse;

  @BeforeAll
  static void runOverOneDayWithPages() throws IOException {
    spark = SparkTestSession.get();
    Path file = dir.resolve("in/页码日报/2025/20250310.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, RECORDS);
    warehouse = dir.resolve("wh");
    assertThat(TestCorpus.run("run", List.of("--input", dir.resolve("in").toString(),
        "--output", warehouse.toString(), "--run-id", "strata"))).isEqualTo(ExitCode.OK);
  }

  private static Dataset<Row> table(String name) {
    return spark.read().option("basePath", warehouse.resolve(name).toString())
        .parquet(warehouse.resolve(name).toString());
  }

  private static List<String> rows(Dataset<Row> rows, String... columns) {
    return rows.selectExpr(columns).collectAsList().stream().map(r -> r.mkString("|")).sorted().toList();
  }

  @Test
  void termDaysHaveOneRowPerStratum() {
    assertThat(rows(table("term_days"), "front_page", "section", "articles"))
        .containsExactly("false|null|1", "false|评论|1", "null|null|1", "true|要闻|2");
  }

  @Test
  void termDayCountsSplitTheTopicByStratum() {
    assertThat(rows(table("term_day_counts").filter("topic = '新质生产力' AND term = '*'"),
        "front_page", "section", "mentions", "headline_mentions", "body_mentions", "articles_with",
        "headline_articles_with"))
        .containsExactly("false|评论|1|0|1|1|0", "null|null|2|1|1|1|1", "true|要闻|2|1|1|1|1");
  }

  @Test
  void strataAgreeWithAnIndependentCountOverArticles() {
    // The same split counted from articles and term_mentions, without the per-day tables.
    Dataset<Row> articles = table("articles").selectExpr("article_id", "page = 1 AS front_page", "section");
    Dataset<Row> independent = table("term_mentions").filter("topic = '新质生产力'")
        .join(articles, "article_id")
        .groupBy("front_page", "section").agg(org.apache.spark.sql.functions.countDistinct("article_id")
            .as("articles_with"));
    assertThat(rows(independent, "front_page", "section", "articles_with"))
        .isEqualTo(rows(table("term_day_counts").filter("topic = '新质生产力' AND term = '*'"),
            "front_page", "section", "articles_with"));
    assertThat(rows(articles.groupBy("front_page", "section").count(), "front_page", "section", "count"))
        .isEqualTo(rows(table("term_days"), "front_page", "section", "articles"));
  }

  @Test
  void termTrendsSumTheStrataAndCountTheDayOnce() {
    assertThat(rows(table("term_trends").filter(
            "granularity = 'day' AND topic = '新质生产力' AND term = '*'"),
        "mentions", "headline_mentions", "articles_with", "total_articles", "processed_days",
        "ingested_days", "partial_period", "stale_days"))
        .containsExactly("5|2|3|5|1|1|false|0");
  }

  @Test
  void ministryTablesSplitUnitsAndPairsByStratum() {
    assertThat(rows(table("ministry_days"), "front_page", "section", "articles", "sentences"))
        .containsExactly("false|null|1|2", "false|评论|1|2", "null|null|1|2", "true|要闻|2|4");
    assertThat(rows(table("ministry_day_counts").filter("level = 'ministry'"),
        "scope", "front_page", "section", "ministry_id", "units"))
        .containsExactly("article|false|评论|mof|1", "article|null|null|miit|1",
            "article|null|null|mof|1", "article|true|要闻|miit|1", "article|true|要闻|mof|1",
            "sentence|false|评论|mof|1", "sentence|null|null|miit|1", "sentence|null|null|mof|1",
            "sentence|true|要闻|miit|1", "sentence|true|要闻|mof|1");
    assertThat(rows(table("pair_day_counts").filter("level = 'ministry'"),
        "scope", "front_page", "section", "ministry_a", "ministry_b", "together"))
        .containsExactly("article|null|null|miit|mof|1", "article|true|要闻|miit|mof|1",
            "sentence|null|null|miit|mof|1", "sentence|true|要闻|miit|mof|1");
  }

  @Test
  void cooccurrenceSumsTheStrata() {
    assertThat(rows(table("ministry_cooccurrence").filter(
            "level = 'ministry' AND granularity = 'month'"),
        "scope", "ministry_a", "ministry_b", "together", "count_a", "count_b", "total", "partial_period"))
        .containsExactly("article|miit|mof|2|2|3|5|false", "sentence|miit|mof|2|2|3|10|false");
  }
}
