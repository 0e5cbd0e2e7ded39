package org.paperscope.jobs.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.jobs.ExitCode;
import org.paperscope.jobs.TestCorpus;
import org.paperscope.jobs.WarehouseRows;
import org.paperscope.jobs.spark.SparkTestSession;

@Tag("spark")
class IngestSparkTest {
  private static final List<String> TABLES = List.of("articles", "issues", "rejects");

  @BeforeAll
  static void startSpark() {
    SparkTestSession.get();
  }

  @Test
  void rerunGivesIdenticalTablesWithoutDuplicates(@TempDir Path dir) {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path warehouse = dir.resolve("wh");
    assertThat(ingest(input, warehouse)).isEqualTo(ExitCode.OK);
    List<List<String>> first = TABLES.stream().map(t -> WarehouseRows.of(warehouse, t, "run_id")).toList();
    assertThat(ingest(input, warehouse)).isEqualTo(ExitCode.OK);
    List<List<String>> second = TABLES.stream().map(t -> WarehouseRows.of(warehouse, t, "run_id")).toList();

    assertThat(second).isEqualTo(first);
    assertThat(first.get(1)).hasSize(TestCorpus.NEWSPAPER_ISSUES + TestCorpus.BROADCAST_ISSUES);
    assertThat(first.get(0)).doesNotHaveDuplicates();
  }

  @Test
  void writesCleanArticlesWithStableIds(@TempDir Path dir) {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path warehouse = dir.resolve("wh");
    assertThat(ingest(input, warehouse)).isEqualTo(ExitCode.OK);

    List<Row> articles = SparkTestSession.get().read().parquet(warehouse.resolve("articles").toString())
        .orderBy("article_id").collectAsList();
    assertThat(articles).extracting(row -> row.<String>getAs("article_id")).contains(
        "产业观察报/2025-03-03/20250303-001", "产业观察报/2025-03-03/20250303-002",
        "演示新闻/2025-03-03/20250303-001", "演示新闻/2025-03-03/20250303-002");
    Row first = articles.stream().filter(r -> r.<String>getAs("article_id").equals("产业观察报/2025-03-03/20250303-001"))
        .findFirst().orElseThrow();
    assertThat(first.<String>getAs("headline")).isEqualTo("工业和信息化部召开制造业数字化转型推进会");
    assertThat(first.<String>getAs("body")).contains("走深走实").doesNotContain("扫码关注");
    assertThat(first.<Integer>getAs("breaks_repaired")).isEqualTo(1);
    assertThat(first.<String>getAs("author_tag")).isEqualTo("文轩");
    Row second = articles.stream().filter(r -> r.<String>getAs("article_id").equals("产业观察报/2025-03-03/20250303-002"))
        .findFirst().orElseThrow();
    assertThat(second.<Integer>getAs("continued_to_page")).isEqualTo(3);
    assertThat(second.getList(second.fieldIndex("reporters"))).containsExactly("李明远", "王晓");
    assertThat(second.getList(second.fieldIndex("captions"))).containsExactly("图为数据要素典型案例发布现场");
    assertThat(articles).allSatisfy(row -> assertThat(row.<String>getAs("body"))
        .doesNotContain("查看原文", "](", "微订阅", "扫码关注"));
  }

  @Test
  void rangeRunReplacesOnlyItsDays(@TempDir Path dir) throws Exception {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path warehouse = dir.resolve("wh");
    assertThat(ingest(input, warehouse)).isEqualTo(ExitCode.OK);
    List<String> otherPublication = WarehouseRows.of(warehouse, "articles").stream()
        .filter(row -> row.contains("演示新闻")).toList();
    List<String> sameMonthOtherDay = rowsOf(warehouse, "2025-03-03");

    Path changed = input.resolve("产业观察报/2025/20250310.txt");
    Files.writeString(changed, "## 一篇替换后的文章\n\n**本报讯** 这是替换后的正文。(新文)\n");
    assertThat(TestCorpus.run("ingest", List.of("--input", input.toString(), "--output", warehouse.toString(),
        "--from", "2025-03-10", "--to", "2025-03-10"))).isEqualTo(ExitCode.OK);

    List<String> headlines = SparkTestSession.get().read()
        .parquet(warehouse.resolve("articles").toString())
        .filter("issue_date = DATE'2025-03-10'").select("headline").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
    assertThat(headlines).containsExactly("一篇替换后的文章");
    assertThat(rowsOf(warehouse, "2025-03-03")).as("another day of the rewritten month").isEqualTo(sameMonthOtherDay);
    assertThat(WarehouseRows.of(warehouse, "articles").stream().filter(row -> row.contains("演示新闻")).toList())
        .as("the other publication's rows of the range (its month is rewritten: the range's days are its too)")
        .isEqualTo(otherPublication);
    assertThat(WarehouseRows.of(warehouse, "issues")).hasSize(4);
    try (var files = Files.list(warehouse.resolve("articles/publication=产业观察报/issue_month=2025-03"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".parquet")).count()).as("files of the month").isEqualTo(1);
    }
  }

  @Test
  void dayWhoseInputDisappearedIsEmptiedByARangeRun(@TempDir Path dir) throws Exception {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path warehouse = dir.resolve("wh");
    assertThat(ingest(input, warehouse)).isEqualTo(ExitCode.OK);
    Files.delete(input.resolve("产业观察报/2025/20250317.txt"));

    assertThat(TestCorpus.run("ingest", List.of("--input", input.toString(), "--output", warehouse.toString(),
        "--from", "2025-03-10", "--to", "2025-03-20"))).isEqualTo(ExitCode.OK);

    assertThat(rowsOf(warehouse, "2025-03-17")).isEmpty();
    assertThat(rowsOf(warehouse, "2025-03-10")).isNotEmpty();
    assertThat(rowsOf(warehouse, "2025-03-03")).isNotEmpty();
  }

  /** The articles of 产业观察报 on {@code day}, as sorted text rows. */
  private static List<String> rowsOf(Path warehouse, String day) {
    return SparkTestSession.get().read().parquet(warehouse.resolve("articles").toString())
        .filter("publication = '产业观察报' AND issue_date = DATE'" + day + "'")
        .collectAsList().stream().map(Object::toString).sorted().toList();
  }

  private static int ingest(Path input, Path warehouse) {
    return TestCorpus.run("ingest", List.of("--input", input.toString(), "--output", warehouse.toString()));
  }

}
