package org.paperscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The published figures of the real corpus, pinned exactly, read the way an analyst reads them
 * (DuckDB over the Parquet files of the full xwlb run). A change to any of them must be a
 * deliberate edit of this test, explained in its commit.
 */
@Tag("spark")
class XwlbFiguresSparkTest {
  private static Connection duckdb;
  private static String warehouse;

  @BeforeAll
  static void open() throws SQLException {
    warehouse = XwlbWarehouse.get().toString();
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void close() throws SQLException {
    if (duckdb != null) {
      duckdb.close();
    }
  }

  private static String table(String name) {
    return "read_parquet('" + warehouse + "/" + name + "/**/*.parquet', hive_partitioning = true, union_by_name = true)";
  }

  private static List<String> lines(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement statement = duckdb.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(rows.getObject(i)));
        }
        out.add(String.join(" ", values));
      }
    }
    return out;
  }

  @Test
  void yearlyMentionsArticlesAndTotalsOfTheAcceptanceTopics() throws SQLException {
    assertThat(lines("SELECT topic, year(period_start), mentions, articles_with, total_articles FROM "
        + table("term_trends") + " WHERE granularity = 'year' AND term = '*' AND topic IN ('新质生产力', '内卷',"
        + " '一带一路', '人工智能', '新能源', '数字经济', '高质量发展') ORDER BY topic, period_start"))
        .containsExactly(
            "一带一路 2022 423 270 5508", "一带一路 2023 1195 492 5182", "一带一路 2024 632 386 5270",
            "一带一路 2025 338 233 5103", "一带一路 2026 119 87 3039",
            "人工智能 2022 88 73 5508", "人工智能 2023 161 110 5182", "人工智能 2024 408 237 5270",
            "人工智能 2025 894 425 5103", "人工智能 2026 914 329 3039",
            "内卷 2022 0 0 5508", "内卷 2023 0 0 5182", "内卷 2024 3 3 5270", "内卷 2025 15 14 5103",
            "内卷 2026 9 9 3039",
            "数字经济 2022 237 120 5508", "数字经济 2023 241 163 5182", "数字经济 2024 193 151 5270",
            "数字经济 2025 227 148 5103", "数字经济 2026 78 60 3039",
            "新能源 2022 245 161 5508", "新能源 2023 469 253 5182", "新能源 2024 474 288 5270",
            "新能源 2025 482 285 5103", "新能源 2026 254 156 3039",
            "新质生产力 2022 0 0 5508", "新质生产力 2023 28 18 5182", "新质生产力 2024 505 270 5270",
            "新质生产力 2025 314 210 5103", "新质生产力 2026 163 116 3039",
            "高质量发展 2022 860 559 5508", "高质量发展 2023 1391 738 5182", "高质量发展 2024 1556 781 5270",
            "高质量发展 2025 1258 720 5103", "高质量发展 2026 712 424 3039");
  }

  @Test
  void ratesCountTheSameTextInNumeratorAndDenominator() throws SQLException {
    assertThat(lines("SELECT mentions, headline_mentions, body_mentions, total_chars, body_chars,"
        + " round(mentions_per_million_chars, 1), round(body_mentions_per_million_chars, 1), partial_period,"
        + " stale_days FROM " + table("term_trends") + " WHERE granularity = 'year' AND term = '*'"
        + " AND topic = '新质生产力' AND period_start = DATE '2024-01-01'"))
        .containsExactly("505 39 466 2776254 2590203 181.9 179.9 false 0");
  }

  @Test
  void firstSeenDatesAndArticles() throws SQLException {
    assertThat(lines("SELECT topic, first_date, first_article_id FROM " + table("term_first_seen")
        + " WHERE term = '*' AND topic IN ('新质生产力', '内卷', '一带一路', '人工智能', '新能源', '数字经济',"
        + " '5G') ORDER BY topic"))
        .containsExactly(
            "5G 2022-01-04 xwlb/2022-01-04/20220104-007",
            "一带一路 2022-01-02 xwlb/2022-01-02/20220102-001",
            "人工智能 2022-01-04 xwlb/2022-01-04/20220104-007",
            "内卷 2024-07-30 xwlb/2024-07-30/20240730-001",
            "数字经济 2022-01-11 xwlb/2022-01-11/20220111-002",
            "新能源 2022-01-08 xwlb/2022-01-08/20220108-002",
            "新质生产力 2023-09-08 xwlb/2023-09-08/20230908-001");
  }

  @Test
  void newQualityProductiveForcesLeadsTheEmergingTermsOfMarch2024() throws SQLException {
    try (Statement statement = duckdb.createStatement(); ResultSet row = statement.executeQuery(
        "SELECT rank, score, articles_with, baseline_articles_with FROM " + table("emerging_terms")
            + " WHERE month = DATE '2024-03-01' AND term = '新质生产力'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getInt(1)).isEqualTo(1);
      assertThat(row.getDouble(2)).isCloseTo(207.717298469, within(1e-6));
      assertThat(row.getLong(3)).isEqualTo(65);
      assertThat(row.getLong(4)).isEqualTo(38);
    }
  }

  @Test
  void strongestPairsOf2025WithTheirTogetherCounts() throws SQLException {
    assertThat(lines("SELECT ministry_a_name || '–' || ministry_b_name, together FROM "
        + table("ministry_cooccurrence") + " WHERE scope = 'article' AND level = 'ministry'"
        + " AND granularity = 'year' AND period_start = DATE '2025-01-01' AND together >= 5"
        + " ORDER BY npmi DESC, together DESC LIMIT 10"))
        .containsExactly(
            "最高人民法院–最高人民检察院 24",
            "中共中央办公厅–国务院办公厅 8",
            "应急管理部–国家粮食和物资储备局 9",
            "国家金融监督管理总局–中国人民银行 15",
            "全国人民代表大会常务委员会–最高人民检察院 17",
            "中国证券监督管理委员会–中国人民银行 6",
            "中国证券监督管理委员会–国家金融监督管理总局 5",
            "应急管理部–财政部 16",
            "全国人民代表大会常务委员会–最高人民法院 16",
            "教育部–国家数据局 7");
  }

  @Test
  void warehouseIsTensOfFilesPerTableNotThousands() throws Exception {
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(warehouse))) {
      long parquet = files.filter(f -> f.toString().endsWith(".parquet")).count();
      // 56 months x 16 per-day tables + the aggregates; the day layout wrote 13,684.
      assertThat(parquet).isLessThan(1000);
    }
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(warehouse))) {
      assertThat(files.filter(f -> f.toString().endsWith(".crc")).count()).isZero();
    }
  }
}
