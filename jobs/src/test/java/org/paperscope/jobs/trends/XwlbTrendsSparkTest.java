package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.paperscope.jobs.XwlbWarehouse;
import org.paperscope.jobs.articles.ArticlesTable;
import org.paperscope.jobs.spark.SparkTestSession;
import org.paperscope.jobs.catalog.TableCatalog;

/** Acceptance on the real xwlb corpus (../shared, read-only), from the shared full run. */
@Tag("spark")
class XwlbTrendsSparkTest {
  private static SparkSession spark;
  private static String warehouse;

  @BeforeAll
  static void fullRun() {
    Path dir = XwlbWarehouse.get();
    spark = SparkTestSession.get();
    warehouse = dir.toString();
  }

  private static Dataset<Row> table(String name, StructType schema) {
    return TableCatalog.read(spark, warehouse, name);
  }

  @Test
  void newQualityProductiveForcesIsFirstSeenOn8September2023() {
    List<Row> first = table(TrendsTables.FIRST_SEEN, TrendsTables.FIRST_SEEN_SCHEMA)
        .filter(col("term").equalTo("新质生产力")).collectAsList();

    assertThat(first).hasSize(1);
    assertThat(first.get(0).<LocalDate>getAs("first_date")).isEqualTo(LocalDate.of(2023, 9, 8));
  }

  @Test
  void newQualityProductiveForcesHasNoMentionIn2022AndMoreIn2024ThanIn2023() {
    Map<Integer, Long> byYear = new TreeMap<>();
    for (Row row : table(TrendsTables.TRENDS, TrendsTables.TRENDS_SCHEMA)
        .filter(col("granularity").equalTo("year").and(col("topic").equalTo("新质生产力"))
            .and(col("term").equalTo(TrendsTables.ALL_TERMS)))
        .collectAsList()) {
      byYear.put(row.<LocalDate>getAs("period_start").getYear(), row.<Long>getAs("mentions"));
    }

    assertThat(byYear).containsEntry(2022, 0L);
    assertThat(byYear.get(2024)).isGreaterThan(byYear.get(2023));
    assertThat(byYear.get(2023)).isPositive();
  }

  @Test
  void everyDayRowHasItsDaysArticleCount() {
    Dataset<Row> perDay = table("articles", ArticlesTable.SCHEMA)
        .groupBy(col("publication"), col("issue_date").as("period_start"))
        .agg(count(lit(1)).as("articles"));
    Dataset<Row> days = table(TrendsTables.TRENDS, TrendsTables.TRENDS_SCHEMA)
        .filter(col("granularity").equalTo("day"));

    assertThat(days.join(perDay, new String[] {"publication", "period_start"}, "left")
        .filter(col("articles").isNull().or(col("total_articles").notEqual(col("articles"))))
        .count()).isZero();
    assertThat(days.select("publication", "period_start").distinct().count())
        .isEqualTo(perDay.count());
  }

  @Test
  void emergingTermsPutNewQualityProductiveForcesAtTheTopOfMarch2024() {
    // The 2024 Two Sessions made it the word of the month: 65 of 459 articles, against 38 in the
    // twelve months before.
    List<Row> march = table(TrendsTables.EMERGING, TrendsTables.EMERGING_SCHEMA)
        .filter(col("month").equalTo(java.sql.Date.valueOf("2024-03-01"))
            .and(col("term").equalTo("新质生产力")))
        .collectAsList();

    assertThat(march).hasSize(1);
    assertThat(march.get(0).<Integer>getAs("rank")).isLessThanOrEqualTo(5);
    assertThat(march.get(0).<Boolean>getAs("tracked")).isTrue();
  }
}
