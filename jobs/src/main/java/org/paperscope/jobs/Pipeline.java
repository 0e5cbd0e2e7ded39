package org.paperscope.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.RunHeartbeat;
import org.paperscope.jobs.spark.SessionFactory;

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
    RunContext context = new RunContext(spark, settings, absolute(options.output()), runId, command,
        options.from(), options.to()).withInput(options.input() == null ? null : absolute(options.input()),
        options.publication());
    RunHeartbeat heartbeat = RunHeartbeat.start(
        ParquetSink.fileSystemOf(spark, context.warehouse()), context.warehouse(), runId);
    context.startHeartbeat(heartbeat);
    try {
      ParquetSink.recover(context);
      RunManifest.write(context, "running", started, null, args, null);
      for (Stage stage : stages) {
        Instant stageStart = Instant.now();
        LOG.info("Stage {} started", stage.name());
        stage.run(context);
        LOG.info("Stage {} finished in {} s", stage.name(), seconds(stageStart));
      }
      RunManifest.write(context, "succeeded", started, Instant.now(), args, null);
      out.println(summary(context, "OK", started));
      return ExitCode.OK;
    } catch (ConfigException e) {
      writeFinalManifest(context, "config_error", started, args, e.getMessage());
      err.println("paperscope " + command + ": configuration error: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (NoInputException e) {
      writeFinalManifest(context, "no_input", started, args, e.getMessage());
      err.println("paperscope " + command + ": " + e.getMessage());
      return ExitCode.NO_INPUT;
    } catch (RuntimeException e) {
      LOG.error("Run {} failed", runId, e);
      writeFinalManifest(context, "failed", started, args, e.toString());
      err.println("paperscope " + command + ": FAILED: " + e);
      err.println(summary(context, "FAILED", started));
      return ExitCode.FAILURE;
    } finally {
      context.releaseCached();
      heartbeat.close();
      if (ownsSession) {
        spark.stop();
      }
    }
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
  private static void writeFinalManifest(RunContext context, String status, Instant started, List<String> args,
      String error) {
    try {
      RunManifest.write(context, status, started, Instant.now(), args, error);
    } catch (java.io.UncheckedIOException e) {
      LOG.error("Cannot record the end of run {} ({}): {}", context.runId(), status, e.getMessage());
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

  private static String summary(RunContext context, String status, Instant started) {
    return String.format(Locale.ROOT,
        "paperscope %s %s: issues=%d articles=%d rejects=%d tables=%d elapsed=%.1fs run_id=%s warehouse=%s",
        context.command(), status, context.counter("issues"), context.counter("articles"),
        context.counter("rejects"), context.tableRows().size(), seconds(started), context.runId(),
        context.warehouse());
  }

  private static double seconds(Instant since) {
    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }
}
