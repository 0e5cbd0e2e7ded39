package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.common.SharedData;
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.StageRuns;
import org.paperscope.jobs.run.Stage;
import org.paperscope.jobs.run.StageResult;
import org.paperscope.jobs.TestCorpus;
import org.paperscope.jobs.articles.IngestStage;
import org.paperscope.jobs.spark.PeriodSignatures;
import org.paperscope.jobs.spark.SparkTestSession;
import org.paperscope.jobs.spark.Tables;

/**
 * term_trends rebuilt for the changed periods only must equal term_trends rebuilt whole from the
 * same per-day tables: after a new day, after a day ingested without trends (its periods become
 * partial without the trends stage touching them), and after a rerun.
 */
@Tag("spark")
class TrendsIncrementalSparkTest {
  private static final String PAPER = "产业观察报";

  @TempDir
  static Path tmp;
  private static SparkSession spark;
  private static String warehouse;
  private static Path input;
  private static List<String> incremental;
  private static List<String> whole;
  private static long rebuiltForNewDay;
  private static long rebuiltWithoutState;
  private static long periods;

  @BeforeAll
  static void build() throws Exception {
    spark = SparkTestSession.get();
    input = TestCorpus.copyTo(tmp.resolve("in"));
    Path dated = input.resolve("zgdzb").resolve("2025").resolve("20250624.txt");
    Files.createDirectories(dated.getParent());
    Files.copy(SharedData.seedIssue(), dated);
    warehouse = tmp.resolve("warehouse").toString();
    run("run-1", null, true);

    // A new day with the topic, counted by a one-day run: its day, week, month, quarter and year.
    write("20250311.txt", "## 以新质生产力推动产业升级\n\n**本报讯** 各地加快培育新质生产力,"
        + "推动人工智能与实体经济深度融合。(晓文)\n\n## 园区企业扩大有效投资\n\n**本报讯** 园区企业"
        + "加大技术改造投入,扩大有效投资。(晓文)\n");
    rebuiltForNewDay = run("run-2", LocalDate.of(2025, 3, 11), true).counter("term_trend_periods_rebuilt");
    // A day ingested without the trends stage: week of 2025-03-10 is partial from now on.
    write("20250312.txt", "## 专精特新企业加快成长\n\n**本报讯** 专精特新企业数量稳步增长,"
        + "新质生产力加快形成。(晓文)\n");
    run("run-3", LocalDate.of(2025, 3, 12), false);
    // A rerun of another week's day: the ingested-only day's periods are rebuilt too.
    run("run-4", LocalDate.of(2025, 3, 17), true);
    incremental = snapshot();

    deleteTree(Path.of(warehouse, PeriodSignatures.stateSpec(TrendsTables.TRENDS).name()));
    rebuiltWithoutState = run("run-5", LocalDate.of(2025, 3, 17), true).counter("term_trend_periods_rebuilt");
    whole = snapshot();
    periods = Tables.read(spark, warehouse, PeriodSignatures.stateSpec(TrendsTables.TRENDS)).count();
  }

  private static void write(String name, String text) throws Exception {
    Files.writeString(input.resolve(PAPER).resolve("2025").resolve(name), text, StandardCharsets.UTF_8);
  }

  private static StageResult run(String runId, LocalDate day, boolean trends) {
    Stage[] stages = trends ? new Stage[] {new IngestStage(), new TrendsStage()} : new Stage[] {new IngestStage()};
    return StageRuns.run(spark, Settings.load(null), warehouse, runId, day, day, input.toString(), stages);
  }

  private static List<String> snapshot() {
    return Tables.read(spark, warehouse, TrendsTables.TRENDS_SPEC).collectAsList().stream()
        .map(Row::toString).sorted().toList();
  }

  private static void deleteTree(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Test
  void aOneDayRunRebuildsItsFivePeriodsOnly() {
    assertThat(rebuiltForNewDay).isEqualTo(5);
    // Without its state table the stage rebuilds every period there is.
    assertThat(periods).isGreaterThan(5);
    assertThat(rebuiltWithoutState).isEqualTo(periods);
  }

  @Test
  void periodsRebuiltIncrementallyEqualAWholeRebuild() {
    assertThat(incremental).hasSameSizeAs(whole);
    assertThat(incremental).isEqualTo(whole);
  }

  @Test
  void theNewDayAndTheIngestedOnlyDayShowInTheirPeriods() {
    List<Row> week = Tables.read(spark, warehouse, TrendsTables.TRENDS_SPEC)
        .filter(col("granularity").equalTo("week").and(col("publication").equalTo(PAPER))
            .and(col("period_start").equalTo(java.sql.Date.valueOf("2025-03-10")))
            .and(col("topic").equalTo("新质生产力")).and(col("term").equalTo("*")))
        .collectAsList();
    assertThat(week).hasSize(1);
    assertThat(week.get(0).<Long>getAs("processed_days")).isEqualTo(2L);
    assertThat(week.get(0).<Long>getAs("ingested_days")).isEqualTo(3L);
    assertThat(week.get(0).<Boolean>getAs("partial_period")).isTrue();
    assertThat(week.get(0).<Long>getAs("articles_with")).isEqualTo(1L);
  }
}
