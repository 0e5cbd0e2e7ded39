package org.paperscope.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.paperscope.common.SharedData;
import org.paperscope.jobs.ExitCode;
import org.paperscope.jobs.Main;
import org.paperscope.jobs.spark.SparkTestSession;

/**
 * The whole pipeline submitted with Spark's real submit entry point to a standalone cluster (one
 * master, two workers, executors in their own JVMs; {@code bin/local-cluster run}) writes the same
 * tables, row for row, as a {@code local[*]} run of the same slice of the xwlb corpus plus a few
 * bad files that must land in rejects. Catches closures that do not serialize, files read on the
 * driver only, and state that lives in one JVM.
 *
 * <p>The slice defaults to {@value #DEFAULT_FROM}..{@value #DEFAULT_TO}; override with
 * {@code -Dpaperscope.it.from=... -Dpaperscope.it.to=...}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalClusterIT {
  static final String DEFAULT_FROM = "2024-01-01";
  static final String DEFAULT_TO = "2024-01-21";
  /** Columns whose values name the run that wrote them, not the data. */
  private static final Set<String> RUN_COLUMNS = Set.of("run_id");
  private static final Duration CLUSTER_TIMEOUT = Duration.ofMinutes(12);

  private Path scratch;
  private Path inputRoot;
  private Path localWarehouse;
  private Path clusterWarehouse;
  private Path clusterDir;
  private ExternalCommand cluster;
  private String killedExecutor;
  private int masterPort;

  @BeforeAll
  void runTheSliceLocallyAndOnTheCluster() {
    Path corpus = SharedData.xwlbCorpus();
    Path jar = OpsPaths.shadedJar();
    String from = System.getProperty("paperscope.it.from", DEFAULT_FROM);
    String to = System.getProperty("paperscope.it.to", DEFAULT_TO);
    scratch = OpsPaths.scratch("local-cluster");
    Path input = sliceWithBadFiles(corpus, LocalDate.parse(from), LocalDate.parse(to));
    inputRoot = input.getParent();
    localWarehouse = scratch.resolve("warehouse-local");
    clusterWarehouse = scratch.resolve("warehouse-cluster");
    clusterDir = scratch.resolve("cluster");
    List<String> options = List.of("--input", input.toString(), "--from", from, "--to", to);

    masterPort = freePort();
    Map<String, String> environment = Map.of(
        "PAPERSCOPE_JAR", jar.toString(),
        "PAPERSCOPE_CLUSTER_DIR", clusterDir.toString(),
        "PAPERSCOPE_MASTER_PORT", String.valueOf(masterPort),
        "PAPERSCOPE_MASTER_UI_PORT", String.valueOf(freePort()));
    List<String> command = Stream.concat(
        Stream.of("bash", OpsPaths.projectDir().resolve("bin/local-cluster").toString(), "run",
            "--output", clusterWarehouse.toString(), "--run-id", "cluster-it"),
        options.stream()).toList();
    Path log = scratch.resolve("local-cluster.log");
    // kill -9 of one executor JVM while the trends stage runs: Spark must retry the lost tasks and
    // the tables must still equal the local[*] run's.
    try (ExecutorKiller killer = ExecutorKiller.start(log, "Stage trends started", clusterDir, CLUSTER_TIMEOUT)) {
      cluster = ExternalCommand.run(command, environment, OpsPaths.projectDir(), log, CLUSTER_TIMEOUT);
      killedExecutor = killer.killed().orElse(null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }

    String[] local = Stream.concat(
        Stream.of("run", "--master", "local[*]", "--output", localWarehouse.toString(), "--run-id", "local-it"),
        options.stream()).toArray(String[]::new);
    assertThat(Main.run(local)).as("exit code of the local[*] run").isEqualTo(ExitCode.OK);
  }

  @AfterAll
  void removeTheLinkedInput() throws IOException {
    if (inputRoot == null) {
      return;
    }
    // Deletes the links, never what they point to (walk does not follow links).
    try (Stream<Path> paths = Files.walk(inputRoot)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Test
  void clusterRunSucceedsOnTheStandaloneMaster() throws IOException {
    assertThat(cluster.exitCode()).as(cluster.describe()).isEqualTo(ExitCode.OK);

    JsonNode manifest = new ObjectMapper().readTree(clusterWarehouse.resolve("_runs/cluster-it.json").toFile());
    assertThat(manifest.path("status").asText()).isEqualTo("succeeded");
    assertThat(manifest.path("spark_master").asText()).isEqualTo("spark://127.0.0.1:" + masterPort);
  }

  @Test
  void anExecutorKilledDuringTrendsDidNotSinkTheRun() {
    assertThat(killedExecutor).as("an executor JVM was killed with kill -9 during the trends stage (log %s)",
        scratch.resolve("local-cluster.log")).isNotNull();
    assertThat(cluster.exitCode()).as(cluster.describe()).isEqualTo(ExitCode.OK);
  }

  @Test
  void bothWorkersRanAnExecutorInItsOwnJvm() throws IOException {
    assertThat(cluster.exitCode()).as(cluster.describe()).isEqualTo(ExitCode.OK);

    for (String worker : List.of("worker-1", "worker-2")) {
      try (Stream<Path> files = Files.walk(clusterDir.resolve("work").resolve(worker))) {
        // The worker writes each executor's output to work/<worker>/<app-id>/<executor-id>/stderr.
        assertThat(files.filter(file -> file.getFileName().toString().equals("stderr")).toList())
            .as("executor logs of %s", worker).isNotEmpty();
      }
    }
  }

  @Test
  void clusterWritesTheSameTablesAsLocal() {
    assertThat(cluster.exitCode()).as(cluster.describe()).isEqualTo(ExitCode.OK);

    List<String> tables = WarehouseSnapshot.tables(localWarehouse);
    assertThat(tables).contains("articles", "issues", "rejects");
    assertThat(WarehouseSnapshot.partitions(localWarehouse, "rejects")).as("the bad files were rejected").isNotEmpty();
    assertThat(WarehouseSnapshot.tables(clusterWarehouse)).isEqualTo(tables);
    for (String table : tables) {
      assertThat(WarehouseSnapshot.partitions(clusterWarehouse, table)).as("partition folders of %s", table)
          .isEqualTo(WarehouseSnapshot.partitions(localWarehouse, table));
    }
  }

  @Test
  void clusterWritesTheSameRowsAsLocal() {
    assertThat(cluster.exitCode()).as(cluster.describe()).isEqualTo(ExitCode.OK);

    for (String table : WarehouseSnapshot.tables(localWarehouse)) {
      List<String> local = WarehouseSnapshot.rows(SparkTestSession.get(), localWarehouse, table, RUN_COLUMNS);
      List<String> onCluster = WarehouseSnapshot.rows(SparkTestSession.get(), clusterWarehouse, table, RUN_COLUMNS);
      assertThat(WarehouseSnapshot.differences(local, onCluster))
          .as("table %s: local[*] (first) vs cluster (second)", table).isEmpty();
      assertThat(onCluster).as("row count of %s", table).hasSameSizeAs(local);
    }
  }

  /**
   * A temp folder {@code xwlb/} with links to the slice's transcripts (never copies) plus files that
   * must land in {@code rejects} on the executors: a PNG named like an issue, an undated note, a
   * second link to one day's file (duplicate content) and a page of ads only (no articles).
   */
  private static Path sliceWithBadFiles(Path corpus, LocalDate from, LocalDate to) {
    try {
      Path input = Files.createTempDirectory("paperscope-cluster-it-").resolve("xwlb");
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        String name = day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".md";
        Path transcript = corpus.resolve(String.valueOf(day.getYear())).resolve(name);
        if (Files.isRegularFile(transcript)) {
          Path link = input.resolve(String.valueOf(day.getYear())).resolve(name);
          Files.createDirectories(link.getParent());
          Files.createSymbolicLink(link, transcript);
        }
      }
      Path year = input.resolve(String.valueOf(from.getYear()));
      Files.createDirectories(year);
      String day = from.plusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE);
      Files.write(year.resolve(day + "-scan.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
      Files.writeString(input.resolve("notes.md"), "## 备忘\n\n本文件没有日期。\n", StandardCharsets.UTF_8);
      Path original = year.resolve(from.format(DateTimeFormatter.BASIC_ISO_DATE) + ".md");
      if (Files.exists(original)) {
        Files.createSymbolicLink(year.resolve(from.format(DateTimeFormatter.BASIC_ISO_DATE) + "-copy.md"),
            Files.readSymbolicLink(original));
      }
      Files.writeString(year.resolve(from.plusDays(3).format(DateTimeFormatter.BASIC_ISO_DATE) + "-ads.md"),
          "扫码关注\n微信号：demo\n欢迎订阅\n", StandardCharsets.UTF_8);
      return input;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the input slice", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port", e);
    }
  }
}
