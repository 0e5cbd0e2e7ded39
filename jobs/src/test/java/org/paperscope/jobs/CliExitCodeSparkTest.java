package org.paperscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.jobs.spark.SparkTestSession;

/** The exit codes documented for operators: 0, 1, 2, 3. Messages name the bad value. */
@Tag("spark")
class CliExitCodeSparkTest {
  @BeforeAll
  static void startSpark() {
    SparkTestSession.get();
  }

  @Test
  void successIsZeroAndPrintsTheSummaryLine(@TempDir Path dir) {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Captured run = capture(() -> Main.run("ingest", "--input", input.toString(), "--output", dir.resolve("wh").toString()));
    assertThat(run.code).isEqualTo(ExitCode.OK);
    assertThat(run.out).containsPattern("paperscope ingest OK: issues=4 articles=\\d+ rejects=0 tables=3 elapsed=");
  }

  @Test
  void fromAfterToIsAUsageErrorNamingBothDates(@TempDir Path dir) {
    Captured run = capture(() -> Main.run("ingest", "--input", dir.toString(), "--from", "2025-03-10",
        "--to", "2025-03-01"));
    assertThat(run.code).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("--from 2025-03-10 is after --to 2025-03-01");
  }

  @Test
  void missingInputIsAUsageErrorNamingThePath(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-folder");
    Captured run = capture(() -> Main.run("ingest", "--input", missing.toString(), "--output", dir.resolve("wh").toString()));
    assertThat(run.code).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("Input '" + missing + "' does not exist");
  }

  @Test
  void malformedDateIsAPlainUsageErrorWithoutAUsageDump(@TempDir Path dir) {
    Captured run = capture(() -> Main.run("ingest", "--input", dir.toString(), "--from", "2025-13-01"));
    assertThat(run.code).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).isEqualTo("paperscope ingest: --from 2025-13-01 is not a date: there is no month 13"
        + " (months are 01 to 12)\nRun 'paperscope ingest --help' for its options.\n");
    assertThat(capture(() -> Main.run("trends", "--to", "2024-02-30")).err)
        .startsWith("paperscope trends: --to 2024-02-30 is not a date: February 2024 has days 01 to 29\n");
    assertThat(capture(() -> Main.run("trends", "--to", "20240230")).err)
        .startsWith("paperscope trends: --to 20240230 is not a date: expected YYYY-MM-DD, e.g. 2024-01-31\n");
  }

  @Test
  void aMisspeltOptionSuggestsTheNearestOneAndNotItsValue() {
    Captured run = capture(() -> Main.run("trends", "--frmo", "2024-01-01"));
    assertThat(run.code).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).isEqualTo("paperscope trends: unknown option --frmo; did you mean --from?\n"
        + "Run 'paperscope trends --help' for its options.\n");
    assertThat(capture(() -> Main.run("trend")).err).isEqualTo(
        "paperscope: unknown command 'trend'; did you mean 'trends'?\nRun 'paperscope --help' for the commands.\n");
  }

  @Test
  void optionsACommandWouldIgnoreAreRefused(@TempDir Path dir) {
    Captured input = capture(() -> Main.run("trends", "--input", dir.toString(), "--output", dir.resolve("wh").toString()));
    assertThat(input.code).isEqualTo(ExitCode.USAGE);
    assertThat(input.err).isEqualTo("paperscope trends: --input is not an option of 'trends': trends reads the"
        + " articles of every publication in the warehouse for the dates given (--input is an option of ingest, run)\n"
        + "Run 'paperscope trends --help' for its options.\n");
    Captured publication = capture(() -> Main.run("ministries", "--publication", "xwlb"));
    assertThat(publication.code).isEqualTo(ExitCode.USAGE);
    assertThat(publication.err).startsWith("paperscope ministries: --publication is not an option of 'ministries'");
    assertThat(dir.resolve("wh")).doesNotExist();
  }

  @Test
  void anUnknownConfigKeyIsAUsageErrorNamingTheNearestKey(@TempDir Path dir) throws Exception {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path config = dir.resolve("typo.properties");
    Files.writeString(config, "trends.segmentr=standard\n");
    Captured run = capture(() -> Main.run("ingest", "--input", input.toString(), "--config", config.toString(),
        "--output", dir.resolve("wh").toString()));
    assertThat(run.code).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("Unknown config key 'trends.segmentr' (did you mean 'trends.segmenter'?)");
    assertThat(dir.resolve("wh")).doesNotExist();
  }

  @Test
  void everyIngestKeyIsCheckedBeforeSparkStarts(@TempDir Path dir) throws Exception {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Map<String, String> badValues = Map.of(
        "input.max-file-bytes=64MB", "Config key 'input.max-file-bytes' must be a whole number of bytes",
        "input.on-no-input=succed-empty", "Config key 'input.on-no-input' must be one of fail, succeed-empty, got"
            + " 'succed-empty'; did you mean 'succeed-empty'?",
        "input.extensions=", "Config key 'input.extensions' lists no file extension",
        "input.near-duplicate-min-similarity=80", "must be a share in (0, 1], got 80",
        "parser.layout=newspapers", "did you mean 'newspaper'?",
        "output.parse-partitions=-1", "must be >= 0",
        "trends.granularities=month,decade", "'decade' is not one of day, week, month, quarter, year");
    for (Map.Entry<String, String> bad : badValues.entrySet()) {
      Path config = dir.resolve("bad.properties");
      Files.writeString(config, bad.getKey() + "\n");
      Captured run = capture(() -> Main.run("ingest", "--input", input.toString(), "--config", config.toString(),
          "--output", dir.resolve("wh").toString()));
      assertThat(run.code).as(bad.getKey()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err).as(bad.getKey()).contains(bad.getValue());
      assertThat(dir.resolve("wh")).as(bad.getKey()).doesNotExist();
    }
  }

  @Test
  void unreadableConfigFileIsAUsageError(@TempDir Path dir) {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path config = dir.resolve("missing.properties");
    Captured run = capture(() -> Main.run("ingest", "--input", input.toString(), "--config", config.toString()));
    assertThat(run.code).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("Cannot read config file " + config);
  }

  @Test
  void unreadableTermListIsAUsageErrorBeforeSparkWork(@TempDir Path dir) throws Exception {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path config = dir.resolve("bad.properties");
    Files.writeString(config, "trends.terms=does-not-exist.txt\n");
    Captured run = capture(() -> Main.run("run", "--input", input.toString(), "--config", config.toString(),
        "--output", dir.resolve("wh").toString()));
    assertThat(run.code).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("does-not-exist.txt");
    assertThat(dir.resolve("wh")).doesNotExist();
  }

  @Test
  void noInputForTheDatesIsThreeOrZeroWhenConfiguredSo(@TempDir Path dir) throws Exception {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path warehouse = dir.resolve("wh");
    Captured run = capture(() -> Main.run("ingest", "--input", input.toString(), "--output", warehouse.toString(),
        "--from", "2019-01-01", "--to", "2019-01-31"));
    assertThat(run.code).isEqualTo(ExitCode.NO_INPUT);
    assertThat(run.err).contains("No input file dated from 2019-01-01 to 2019-01-31");

    Path config = dir.resolve("empty-ok.properties");
    Files.writeString(config, "input.on-no-input=succeed-empty\n");
    Captured empty = capture(() -> Main.run("ingest", "--input", input.toString(), "--output", warehouse.toString(),
        "--from", "2019-01-01", "--to", "2019-01-31", "--config", config.toString()));
    assertThat(empty.code).isEqualTo(ExitCode.OK);
  }

  @Test
  void unknownCommandOrOptionIsAUsageError() {
    assertThat(capture(() -> Main.run("explode")).code).isEqualTo(ExitCode.USAGE);
    assertThat(capture(() -> Main.run("ingest", "--no-such-option")).code).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aFailureInsideTheRunIsOne(@TempDir Path dir) throws Exception {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path warehouse = dir.resolve("wh");
    // A plain file where the warehouse folder should be: the write fails for a reason outside the input.
    Files.writeString(warehouse, "not a folder");
    Captured run = capture(() -> Main.run("ingest", "--input", input.toString(), "--output", warehouse.toString()));
    assertThat(run.code).isEqualTo(ExitCode.FAILURE);
    assertThat(run.err).contains("FAILED");
  }

  private record Captured(int code, String out, String err) {}

  private static Captured capture(java.util.function.IntSupplier body) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = body.getAsInt();
      return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

}
