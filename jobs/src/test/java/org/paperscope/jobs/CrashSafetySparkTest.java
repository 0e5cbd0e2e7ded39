package org.paperscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.common.SharedData;
import org.paperscope.jobs.spark.SparkTestSession;

/** Writes that lose nothing: kill -9 mid-write, an interrupted swap, concurrent disjoint runs. */
@Tag("spark")
class CrashSafetySparkTest {
  private static final List<String> TABLES = List.of("articles", "issues", "rejects");

  @BeforeAll
  static void startSpark() {
    SparkTestSession.get();
  }

  @Test
  void killMinus9DuringAWriteLeavesPublishedPartitionsAndTheNextRunMatches(@TempDir Path dir) throws Exception {
    Path corpus = SharedData.xwlbCorpus();
    Path warehouse = dir.resolve("wh");
    List<String> range = List.of("--from", "2023-01-01", "--to", "2023-04-30");
    assertThat(ingest(corpus, warehouse, range, "baseline")).isEqualTo(ExitCode.OK);
    List<List<String>> published = snapshot(warehouse);

    Process process = startIngestProcess(corpus, warehouse, range, "killed", dir.resolve("killed.log"));
    Path staging = warehouse.resolve("_staging/killed");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (!Files.exists(staging) && process.isAlive() && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertThat(process.isAlive()).as("the run was still writing when killed; log: %s",
        Files.exists(dir.resolve("killed.log")) ? Files.readString(dir.resolve("killed.log")) : "").isTrue();
    process.destroyForcibly().waitFor();

    assertThat(snapshot(warehouse)).as("published rows after kill -9").isEqualTo(published);
    assertThat(ingest(corpus, warehouse, range, "after-kill")).isEqualTo(ExitCode.OK);
    assertThat(snapshot(warehouse)).as("rows of the run after the kill").isEqualTo(published);
  }

  @Test
  void anInterruptedSwapIsFinishedByTheNextRun(@TempDir Path dir) throws Exception {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path warehouse = dir.resolve("wh");
    assertThat(ingest(input, warehouse, List.of(), "first")).isEqualTo(ExitCode.OK);
    List<List<String>> published = snapshot(warehouse);

    // The state a crash between the two renames of a swap leaves: the old partition in _trash, no
    // new one published yet.
    String partition = "articles/publication=产业观察报/issue_month=2025-03";
    Path trashed = warehouse.resolve("_trash/crashed-run/" + partition);
    Files.createDirectories(trashed.getParent());
    Files.move(warehouse.resolve(partition), trashed);

    assertThat(ingest(input, warehouse, List.of("--from", "2025-03-17", "--to", "2025-03-17"), "next"))
        .isEqualTo(ExitCode.OK);
    assertThat(warehouse.resolve(partition)).isDirectory();
    assertThat(snapshot(warehouse)).isEqualTo(published);
  }

  @Test
  void concurrentRunsOnDisjointDatesBothLand(@TempDir Path dir) throws Exception {
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Path single = dir.resolve("single");
    assertThat(ingest(input, single, List.of(), "single")).isEqualTo(ExitCode.OK);

    Path shared = dir.resolve("shared");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> early = pool.submit(() -> ingest(input, shared, List.of("--from", "2025-03-01", "--to", "2025-03-05"), "early"));
      Future<Integer> late = pool.submit(() -> ingest(input, shared, List.of("--from", "2025-03-06", "--to", "2025-03-31"), "late"));
      assertThat(early.get()).isEqualTo(ExitCode.OK);
      assertThat(late.get()).isEqualTo(ExitCode.OK);
    } finally {
      pool.shutdownNow();
    }
    for (String table : List.of("articles", "issues")) {
      assertThat(WarehouseRows.of(shared, table)).as(table).isEqualTo(WarehouseRows.of(single, table));
    }
  }

  private static int ingest(Path input, Path warehouse, List<String> extra, String runId) {
    List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--output", warehouse.toString(),
        "--run-id", runId));
    args.addAll(extra);
    return TestCorpus.run("ingest", args);
  }

  private static List<List<String>> snapshot(Path warehouse) {
    return TABLES.stream().map(table -> WarehouseRows.of(warehouse, table, "run_id")).toList();
  }

  /** The same CLI in a separate JVM (the test's classpath), so that it can be killed with SIGKILL. */
  private static Process startIngestProcess(Path input, Path warehouse, List<String> range, String runId, Path log)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+IgnoreUnrecognizedVMOptions");
    command.add("-Xmx1g");
    for (String flag : List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
        "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch",
        "sun.nio.cs", "sun.security.action", "sun.util.calendar")) {
      command.add("--add-opens=java.base/" + flag + "=ALL-UNNAMED");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of("ingest", "--input", input.toString(), "--output", warehouse.toString(), "--master",
        "local[2]", "--run-id", runId));
    command.addAll(range);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return builder.start();
  }

}
