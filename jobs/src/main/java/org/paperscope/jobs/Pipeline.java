package org.paperscope.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.ops.RunManifest;
import org.paperscope.jobs.articles.ArticlesTable;
import org.paperscope.jobs.run.NoInputException;
import org.paperscope.jobs.run.Publish;
import org.paperscope.jobs.run.RunScope;
import org.paperscope.jobs.run.RunSpec;
import org.paperscope.jobs.run.Stage;
import org.paperscope.jobs.run.StageResult;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.SessionFactory;
import org.paperscope.jobs.spark.Warehouse;

/**
 * Runs stages in order for one CLI command and turns the outcome into an exit code, a run manifest
 * and a one-line summary. Configuration is checked before Spark starts, so a bad value fails in a
 * second with exit code 2.
 */
public final class Pipeline {
  private static final Logger LOG = LogManager.getLogger(Pipeline.class);
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final String command;
  private final List<Stage> stages;
  private final PrintStream out;
  private final PrintStream err;

  public Pipeline(String command, List<Stage> stages, PrintStream out, PrintStream err) {
    this.command = command;
    this.stages = List.copyOf(stages);
    this.out = out;
    this.err = err;
  }

  /** Runs the stages; returns the process exit code ({@link ExitCode}). */
  public int execute(RunOptions options, List<String> args) {
    Instant started = Instant.now();
    if (options.verbose()) {
      Configurator.setRootLevel(Level.INFO);
    } else if (!hasOperatorLogConfig()) {
      quietLogging();
    }
    Settings settings;
    try {
      settings = Settings.load(options.config());
      checkInput(options);
      ConfigCheck.checkAll(settings);
      for (Stage stage : stages) {
        stage.check(settings);
      }
    } catch (ConfigException e) {
      err.println("paperscope " + command + ": configuration error: " + e.getMessage());
      return ExitCode.USAGE;
    }

    String runId = options.runId() != null ? options.runId()
        : RUN_ID_TIME.format(started) + "-" + UUID.randomUUID().toString().substring(0, 8);
    // A session that already exists belongs to the embedding program (a test, a notebook): reuse
    // it and leave it running; a session started here is stopped here.
    boolean ownsSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SessionFactory.create("paperscope-" + command, options.master());
    Warehouse warehouse = Warehouse.open(spark, absolute(options.output()), runId);
    RunSpec spec = RunSpec.builder(warehouse, settings, command)
        .dates(options.from(), options.to())
        .input(options.input() == null ? null : absolute(options.input()), options.publication())
        .build();
    AtomicReference<StageResult> progress = new AtomicReference<>(StageResult.empty());
    try {
      ParquetSink.recover(warehouse);
      RunManifest.write(spec, progress.get(), "running", started, null, args, null);
      runStages(spec, progress);
      StageResult done = progress.get();
      RunManifest.write(spec, done, "succeeded", started, Instant.now(), args, null);
      out.println(summary(spec, done, "OK", started));
      return ExitCode.OK;
    } catch (ConfigException e) {
      writeFinalManifest(spec, progress.get(), "config_error", started, args, e.getMessage());
      err.println("paperscope " + command + ": configuration error: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (NoInputException e) {
      writeFinalManifest(spec, progress.get(), "no_input", started, args, e.getMessage());
      err.println("paperscope " + command + ": " + e.getMessage());
      return ExitCode.NO_INPUT;
    } catch (RuntimeException e) {
      LOG.error("Run {} failed", runId, e);
      writeFinalManifest(spec, progress.get(), "failed", started, args, e.toString());
      err.println("paperscope " + command + ": FAILED: " + e);
      err.println(summary(spec, progress.get(), "FAILED", started));
      return ExitCode.FAILURE;
    } finally {
      if (progress.get().scope() != null) {
        progress.get().scope().release();
      }
      warehouse.close();
      if (ownsSession) {
        spark.stop();
      }
    }
  }

  /**
   * Runs the first stage, then the others: side by side when {@code output.parallel-writes} allows
   * (they read the scope the first one decided and write tables of their own), after the text
   * they all read is set up once. {@code done} holds what has ended so far, also when a stage fails.
   */
  private void runStages(RunSpec spec, AtomicReference<StageResult> done) {
    done.set(done.get().plus(runStage(stages.get(0), spec, done.get().scope())));
    List<Stage> rest = stages.subList(1, stages.size());
    int threads = spec.output().parallelWrites();
    if (threads == 1 || rest.size() <= 1) {
      for (Stage stage : rest) {
        done.set(done.get().plus(runStage(stage, spec, done.get().scope())));
      }
      return;
    }
    RunScope shared = ArticlesTable.withText(spec, done.get().scope());
    done.set(done.get().plus(StageResult.builder(shared).build()));
    List<Runnable> runs = new ArrayList<>();
    for (Stage stage : rest) {
      runs.add(() -> {
        StageResult result = runStage(stage, spec, shared);
        done.updateAndGet(sofar -> sofar.plus(result));
      });
    }
    Publish.together(threads, runs);
  }

  private static StageResult runStage(Stage stage, RunSpec spec, RunScope scope) {
    Instant started = Instant.now();
    LOG.info("Stage {} started", stage.name());
    StageResult result = stage.run(spec, scope);
    LOG.info("Stage {} finished in {} s", stage.name(), seconds(started));
    return result;
  }

  /**
   * Under spark-submit Spark configures logging before our jar is loaded, so the jar's quiet
   * log4j2.properties is not used: apply the same levels here unless the operator has a
   * log4j2.properties of their own in SPARK_CONF_DIR or named by -Dlog4j2.configurationFile.
   */
  private static boolean hasOperatorLogConfig() {
    if (System.getProperty("log4j2.configurationFile") != null) {
      return true;
    }
    String confDir = System.getenv("SPARK_CONF_DIR");
    return confDir != null && java.nio.file.Files.exists(java.nio.file.Path.of(confDir, "log4j2.properties"));
  }

  private static void quietLogging() {
    Configurator.setRootLevel(Level.WARN);
    Configurator.setLevel("org.paperscope", Level.INFO);
    Configurator.setLevel("org.apache.spark", Level.WARN);
    Configurator.setLevel("org.apache.hadoop", Level.ERROR);
    Configurator.setLevel("org.apache.parquet", Level.ERROR);
  }

  /** Records how a failed run ended; a manifest that cannot be written must not hide the error. */
  private static void writeFinalManifest(RunSpec spec, StageResult done, String status, Instant started,
      List<String> args, String error) {
    try {
      RunManifest.write(spec, done, status, started, Instant.now(), args, error);
    } catch (java.io.UncheckedIOException e) {
      LOG.error("Cannot record the end of run {} ({}): {}", spec.runId(), status, e.getMessage());
    }
  }

  /** Fails fast, before Spark starts, on an input that does not exist. */
  private void checkInput(RunOptions options) {
    boolean needsInput = stages.stream().anyMatch(stage -> stage.name().equals("ingest"));
    if (!needsInput) {
      return;
    }
    if (options.input() == null || options.input().isBlank()) {
      throw new ConfigException("--input is required for '" + command + "'");
    }
    if (options.input().matches(".*[*?\\[{].*")) {
      return;
    }
    try {
      Path path = new Path(absolute(options.input()));
      if (!path.getFileSystem(new Configuration()).exists(path)) {
        throw new ConfigException("Input '" + options.input() + "' does not exist");
      }
    } catch (IOException e) {
      throw new ConfigException("Cannot reach input '" + options.input() + "': " + e.getMessage(), e);
    }
  }

  /** Plain local paths become absolute file: URIs; URIs with a scheme stay as they are. */
  static String absolute(String location) {
    if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || location.startsWith("file:")) {
      return location;
    }
    return java.nio.file.Path.of(location).toAbsolutePath().normalize().toUri().toString().replaceAll("/$", "");
  }

  private static String summary(RunSpec spec, StageResult done, String status, Instant started) {
    return String.format(Locale.ROOT,
        "paperscope %s %s: issues=%d articles=%d rejects=%d tables=%d elapsed=%.1fs run_id=%s warehouse=%s",
        spec.command(), status, done.counter("issues"), done.counter("articles"),
        done.counter("rejects"), done.tableRows().size(), seconds(started), spec.runId(),
        spec.warehouse().root());
  }

  private static double seconds(Instant since) {
    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }
}
