package org.paperscope.jobs.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.common.SharedData;
import org.paperscope.jobs.ExitCode;
import org.paperscope.jobs.TestCorpus;
import org.paperscope.jobs.spark.SparkTestSession;

/**
 * {@code run} over one folder that mixes every input format with the seed issue: a feed, an HTML
 * page, JSON Lines (dated per record, undated path), a JSON array, CSV, Parquet (written by
 * {@link ParquetFixtures}), a feed with a DOCTYPE, a damaged Parquet file, and the seed text. The four adapter publications hold the same two articles, so they must count the
 * same; dropped articles land in {@code rejects} with their position.
 */
@Tag("spark")
class MixedFormatsSparkTest {
  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static Path warehouse;

  @BeforeAll
  static void runOverMixedFolder() throws IOException {
    spark = SparkTestSession.get();
    Path input = dir.resolve("in");
    copy("feed-20250308.xml", input.resolve("示例日报/2025/20250308.xml"));
    Files.writeString(input.resolve("示例日报/2025/20250309.xml"), """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>
        """);
    copy("page-20250308.html", input.resolve("网页日报/2025/20250308.html"));
    // Its own publication: the same two articles beside the JSON file would be a near_duplicate.
    copy("records-2025-03.jsonl", input.resolve("流水日报/records-2025-03.jsonl"));
    copy("records-20250308.json", input.resolve("记录日报/2025/20250308.json"));
    copy("records-20250308.csv", input.resolve("表格日报/2025/20250308.csv"));
    ParquetFixtures.write(input.resolve("列存日报/2025/20250308.parquet"));
    Files.write(input.resolve("列存日报/2025/20250309.parquet"),
        "PAR1 not really a parquet file PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Path seed = input.resolve("工信报/2025/20250624.txt");
    Files.createDirectories(seed.getParent());
    Files.copy(SharedData.seedIssue(), seed);
    warehouse = dir.resolve("wh");
    assertThat(TestCorpus.run("run", List.of("--input", input.toString(), "--output", warehouse.toString(),
        "--run-id", "mixed"))).isEqualTo(ExitCode.OK);
  }

  private static void copy(String fixture, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (InputStream in = MixedFormatsSparkTest.class.getResourceAsStream("/fixtures/inputs/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("No test fixture inputs/" + fixture);
      }
      Files.copy(in, target);
    }
  }

  private static Dataset<Row> table(String name) {
    return spark.read().option("basePath", warehouse.resolve(name).toString())
        .parquet(warehouse.resolve(name).toString());
  }

  private static Map<String, Long> countBy(Dataset<Row> rows, String column) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : rows.groupBy(column).count().collectAsList()) {
      counts.put(String.valueOf(row.get(0)), row.getLong(1));
    }
    return counts;
  }

  @Test
  void everyFormatBecomesIssuesOfTheDatesItsArticlesName() {
    List<String> issues = table("issues").orderBy("issue_id").collectAsList().stream()
        .map(r -> r.<String>getAs("issue_id") + " " + r.<String>getAs("input_format") + " "
            + r.<Integer>getAs("article_count"))
        .toList();

    assertThat(issues).containsExactly(
        "列存日报/2025-03-08/20250308 parquet 2",
        "工信报/2025-06-24/20250624 text 6",
        "流水日报/2025-03-08/records-2025-03 jsonl 2",
        "示例日报/2025-03-08/20250308 rss 2",
        "网页日报/2025-03-08/20250308 html 2",
        "表格日报/2025-03-08/20250308 csv 2",
        "记录日报/2025-03-08/20250308 json 2");
  }

  @Test
  void feedArticlesCarryPageSectionKickerSubtitleUrlAndDateline() {
    Row first = table("articles").filter("article_id = '示例日报/2025-03-08/20250308-001'").first();

    assertThat(first.<String>getAs("headline")).isEqualTo("加快发展新质生产力推动制造业升级");
    assertThat(first.<Integer>getAs("page")).isEqualTo(1);
    assertThat(first.<String>getAs("section")).isEqualTo("要闻");
    assertThat(first.<String>getAs("kicker")).isEqualTo("工信部部署重点工作");
    assertThat(first.<String>getAs("subtitle")).isEqualTo("支持人工智能与实体经济深度融合");
    assertThat(first.<String>getAs("url")).isEqualTo("https://paper.example.cn/2025-03/08/content_1.htm");
    assertThat(first.<String>getAs("dateline")).isEqualTo("本报北京3月7日电");
    assertThat(first.<String>getAs("lead_type")).isEqualTo("本报");
    assertThat(countBy(table("articles").filter("publication = '工信报'"), "page")).containsEntry("null", 6L);
  }

  @Test
  void adaptersCountTheSameMentionsForTheSameArticles() {
    Map<String, Long> byPublication = new TreeMap<>();
    for (Row row : table("term_mentions").groupBy("publication").sum("mentions").collectAsList()) {
      byPublication.put(row.getString(0), row.getLong(1));
    }

    byPublication.remove("工信报");
    // 11 per pair of articles: 新能源 inside 新能源汽车 ×3 counts for its own topic (issue 8, item 2).
    assertThat(byPublication).isEqualTo(Map.of("示例日报", 11L, "网页日报", 11L, "表格日报", 11L, "记录日报", 11L,
        "流水日报", 11L, "列存日报", 11L));
  }

  @Test
  void droppedArticlesAndUnsafeFeedsAreRejectsWithReasons() {
    List<String> rejects = table("rejects").orderBy("source_path", "item").collectAsList().stream()
        .map(r -> r.<String>getAs("publication") + " " + Path.of(r.<String>getAs("source_path").replace("file:", ""))
            .getFileName() + " " + r.get(r.fieldIndex("item")) + " " + r.<String>getAs("reason"))
        .toList();

    assertThat(rejects).containsExactlyInAnyOrder(
        "列存日报 20250308.parquet 3 placeholder_body",
        "列存日报 20250308.parquet 4 empty_item",
        "列存日报 20250309.parquet null malformed",
        "示例日报 20250308.xml 3 placeholder_body",
        "示例日报 20250308.xml 4 empty_item",
        "示例日报 20250309.xml null unsafe_markup",
        "表格日报 20250308.csv 3 placeholder_body",
        "表格日报 20250308.csv 4 bad_record",
        "记录日报 20250308.json 3 empty_item",
        "记录日报 20250308.json 4 bad_record",
        "流水日报 records-2025-03.jsonl 4 placeholder_body",
        "流水日报 records-2025-03.jsonl 5 bad_record",
        "流水日报 records-2025-03.jsonl 6 bad_record",
        "流水日报 records-2025-03.jsonl 7 bad_record");
  }
}
