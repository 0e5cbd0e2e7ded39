package org.paperscope.jobs;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.articles.IngestStage;
import org.paperscope.jobs.ministries.CooccurrenceRebuild;
import org.paperscope.jobs.ministries.MinistriesStage;
import org.paperscope.jobs.ministries.MinistryTables;
import org.paperscope.jobs.run.Stage;
import org.paperscope.jobs.run.StageResult;
import org.paperscope.jobs.spark.PeriodSignatures;
import org.paperscope.jobs.spark.SparkTestSession;
import org.paperscope.jobs.spark.Tables;
import org.paperscope.jobs.trends.BurstSeries;
import org.paperscope.jobs.trends.TrendsStage;
import org.paperscope.jobs.trends.TrendsTables;

/**
 * term_trends and ministry_cooccurrence rebuilt for the changed periods only must equal the same
 * tables rebuilt whole from the same per-day tables: after a new day, after a day ingested
 * without the counting stages (its periods become partial without them touching those days), and
 * after a new day of another month. A one-day run rewrites only the term_trends files of its year
 * (plus any whose burst flags moved) and sums ministry_cooccurrence's {@code all} from the kept
 * year sums.
 */
@Tag("spark")
class IncrementalAggregatesSparkTest {
  private static final String PAPER = "产业观察报";

  @TempDir
  static Path tmp;
  private static SparkSession spark;
  private static String warehouse;
  private static Path input;
  private static List<String> trendsIncremental;
  private static List<String> trendsWhole;
  private static List<String> pairsIncremental;
  private static List<String> pairsWhole;
  private static StageResult newDay;
  private static StageResult withoutState;
  private static StageResult staleState;
  private static List<String> trendsAfterStaleState;
  private static StageResult oldLayout;
  private static List<String> trendsAfterOldLayout;
  private static long trendPeriods;
  private static long pairPeriods;
  private static List<String> files2024Before;
  private static List<String> files2024After;
  private static List<String> pairFiles2024Before;
  private static List<String> pairFiles2024After;
  private static long togetherBefore;
  private static long togetherAfter;

  @BeforeAll
  static void build() throws Exception {
    spark = SparkTestSession.get();
    input = TestCorpus.copyTo(tmp.resolve("in"));
    // A day of another year: its term_trends files must survive a 2025 one-day run untouched.
    Files.createDirectories(input.resolve(PAPER).resolve("2024"));
    write("2024", "20241216.txt", "## 新质生产力引领产业升级\n\n**本报讯** 工业和信息化部、财政部"
        + "联合部署,加快培育新质生产力。(晓文)\n");
    warehouse = tmp.resolve("warehouse").toString();
    run("run-1", null, true);
    Path series = Path.of(warehouse, BurstSeries.NAME);
    Path staleSeries = tmp.resolve("stale-series");
    copyTree(series, staleSeries);
    togetherBefore = together("miit", "ndrc");
    files2024Before = trendFiles(2024);
    pairFiles2024Before = filesOfYear(MinistryTables.COOCCURRENCE, 2024);

    // A new day with the topic and a pair, counted by a one-day run: its day, week, month,
    // quarter and year (three of those for co-occurrence).
    write("2025", "20250311.txt", "## 以新质生产力推动产业升级\n\n**本报讯** 工业和信息化部、国家发展和改革委员会"
        + "联合印发通知,各地加快培育新质生产力。(晓文)\n\n## 园区企业扩大有效投资\n\n**本报讯** 园区企业"
        + "加大技术改造投入,扩大有效投资。(晓文)\n");
    newDay = run("run-2", LocalDate.of(2025, 3, 11), true);
    files2024After = trendFiles(2024);
    pairFiles2024After = filesOfYear(MinistryTables.COOCCURRENCE, 2024);
    togetherAfter = together("miit", "ndrc");
    // A day ingested without the counting stages: week of 2025-03-10 and March are partial now.
    write("2025", "20250312.txt", "## 专精特新企业加快成长\n\n**本报讯** 专精特新企业数量稳步增长,"
        + "新质生产力加快形成。财政部、工业和信息化部出台措施。(晓文)\n");
    run("run-3", LocalDate.of(2025, 3, 12), false);
    // A new day of another month and quarter: the ingested-only day's periods are rebuilt too.
    write("2025", "20250402.txt", "## 部门协同推进数字化\n\n**本报讯** 工业和信息化部会同财政部推进"
        + "中小企业数字化转型,培育新质生产力。(晓文)\n");
    run("run-4", LocalDate.of(2025, 4, 2), true);
    trendsIncremental = snapshot(TrendsTables.TRENDS_SPEC);
    pairsIncremental = snapshot(MinistryTables.COOCCURRENCE_SPEC);

    // The burst series state of run-1 put back, as a run that died between writing it and the
    // period signatures would leave it: its checksum does not match, so bursts come from the
    // published rows, with the same result.
    deleteTree(series);
    copyTree(staleSeries, series);
    staleState = run("run-4b", LocalDate.of(2025, 4, 2), true);
    trendsAfterStaleState = snapshot(TrendsTables.TRENDS_SPEC);
    // The state as the older dense layout left it: the right checksum, no layout column. Not
    // trusted (its series rows would read as sparse), so bursts come from the published rows.
    Path rewritten = tmp.resolve("old-layout-series");
    spark.read().parquet(series.toString()).drop(BurstSeries.LAYOUT).write().parquet(rewritten.toString());
    deleteTree(series);
    copyTree(rewritten, series);
    oldLayout = StageRuns.run(spark, Settings.load(null), warehouse, "run-4c", LocalDate.of(2025, 4, 2),
        LocalDate.of(2025, 4, 2), input.toString(), new IngestStage(), new TrendsStage());
    trendsAfterOldLayout = snapshot(TrendsTables.TRENDS_SPEC);

    deleteTree(Path.of(warehouse, PeriodSignatures.stateSpec(TrendsTables.TRENDS).name()));
    deleteTree(Path.of(warehouse, CooccurrenceRebuild.STATE_SPEC.name()));
    withoutState = run("run-5", LocalDate.of(2025, 4, 2), true);
    trendsWhole = snapshot(TrendsTables.TRENDS_SPEC);
    pairsWhole = snapshot(MinistryTables.COOCCURRENCE_SPEC);
    trendPeriods = Tables.read(spark, warehouse, PeriodSignatures.stateSpec(TrendsTables.TRENDS)).count();
    pairPeriods = Tables.read(spark, warehouse, CooccurrenceRebuild.STATE_SPEC).count();
  }

  private static void write(String year, String name, String text) throws IOException {
    Files.writeString(input.resolve(PAPER).resolve(year).resolve(name), text, StandardCharsets.UTF_8);
  }

  private static StageResult run(String runId, LocalDate day, boolean count) {
    Stage[] stages = count ? new Stage[] {new IngestStage(), new TrendsStage(), new MinistriesStage()}
        : new Stage[] {new IngestStage()};
    return StageRuns.run(spark, Settings.load(null), warehouse, runId, day, day, input.toString(), stages);
  }

  private static List<String> snapshot(org.paperscope.jobs.spark.TableSpec spec) {
    return Tables.read(spark, warehouse, spec).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  /** The data files of term_trends for {@code year}, by path (a rewrite gives new file names). */
  private static List<String> trendFiles(int year) throws IOException {
    return filesOfYear(TrendsTables.TRENDS, year);
  }

  /** The Parquet files of a table partitioned by granularity and period_year, of one year. */
  private static List<String> filesOfYear(String table, int year) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(warehouse, table))) {
      return files.filter(f -> f.toString().endsWith(".parquet"))
          .filter(f -> f.getParent().getFileName().toString().equals("period_year=" + year))
          .map(Path::toString).sorted().toList();
    }
  }

  private static long together(String a, String b) {
    return Tables.read(spark, warehouse, MinistryTables.COOCCURRENCE_SPEC)
        .filter(col("granularity").equalTo("all").and(col("publication").equalTo(PAPER))
            .and(col("scope").equalTo("article")).and(col("level").equalTo("ministry"))
            .and(col("ministry_a").equalTo(a)).and(col("ministry_b").equalTo(b)))
        .collectAsList().stream().mapToLong(r -> r.<Long>getAs("together")).sum();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.sorted().toList()) {
        Files.copy(file, to.resolve(from.relativize(file).toString()));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Test
  void aOneDayRunRebuildsItsPeriodsOnly() {
    assertThat(newDay.counter("term_trend_periods_rebuilt")).isEqualTo(5);
    assertThat(newDay.counter("cooccurrence_periods_rebuilt")).isEqualTo(3);
    // Without their state tables the stages rebuild every period there is.
    assertThat(trendPeriods).isGreaterThan(5);
    assertThat(withoutState.counter("term_trend_periods_rebuilt")).isEqualTo(trendPeriods);
    assertThat(pairPeriods).isGreaterThan(3);
    assertThat(withoutState.counter("cooccurrence_periods_rebuilt")).isEqualTo(pairPeriods);
  }

  @Test
  void burstsComeFromTheSeriesStateOnlyWhenTheLastBuildWroteIt() {
    assertThat(newDay.counter("term_trend_series_from_state")).isEqualTo(1);
    assertThat(staleState.counter("term_trend_series_from_state")).isZero();
    assertThat(staleState.counter("term_trend_periods_rebuilt")).isEqualTo(5);
    assertThat(trendsAfterStaleState).isEqualTo(trendsIncremental);
    assertThat(oldLayout.counter("term_trend_series_from_state")).isZero();
    assertThat(trendsAfterOldLayout).isEqualTo(trendsIncremental);
  }

  @Test
  void aOneDayRunRewritesTheTermTrendsFilesOfItsYearOnly() {
    // One file per granularity of 2025; no burst flag of 2024 moved, so its files stay as they were.
    assertThat(newDay.counter("term_trend_partitions_rewritten")).isEqualTo(5);
    assertThat(files2024Before).hasSize(5);
    assertThat(files2024After).isEqualTo(files2024Before);
  }

  @Test
  void aOneDayRunRewritesTheCooccurrenceFilesOfItsYearAndOfAllOnly() {
    // month, quarter and year of 2025, and the period all; 2024's files stay as they were.
    assertThat(newDay.counter("cooccurrence_partitions_rewritten")).isEqualTo(4);
    assertThat(pairFiles2024Before).hasSize(3);
    assertThat(pairFiles2024After).isEqualTo(pairFiles2024Before);
  }

  @Test
  void periodsRebuiltIncrementallyEqualAWholeRebuild() {
    assertThat(trendsIncremental).isNotEmpty().isEqualTo(trendsWhole);
    assertThat(pairsIncremental).isNotEmpty().isEqualTo(pairsWhole);
  }

  @Test
  void theNewDaysShowInTheirPeriods() {
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
    assertThat(week.get(0).<Integer>getAs(TrendsTables.PERIOD_YEAR)).isEqualTo(2025);

    // The all-period pair count grew by the one article of 2025-03-11 naming both.
    assertThat(togetherAfter).isEqualTo(togetherBefore + 1);
    Row march = Tables.read(spark, warehouse, MinistryTables.COOCCURRENCE_SPEC)
        .filter(col("granularity").equalTo("month").and(col("publication").equalTo(PAPER))
            .and(col("period_start").equalTo(java.sql.Date.valueOf("2025-03-01"))))
        .first();
    assertThat(march.<Boolean>getAs("partial_period")).isTrue();
  }
}
