package org.paperscope.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperscope.jobs.articles.IngestStage;
import org.paperscope.jobs.ministries.MinistriesStage;
import org.paperscope.jobs.run.Stage;
import org.paperscope.jobs.trends.TrendsStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code paperscope} command line, also the {@code spark-submit --class} entry point:
 * {@code paperscope <ingest|trends|ministries|run|demo> [options]}. Exit codes: see {@link ExitCode}.
 */
@Command(name = "paperscope", mixinStandardHelpOptions = true, version = "paperscope 0.1.0",
    description = "Batch analytics over Chinese newspaper archives: issue files -> Parquet tables.",
    subcommands = {Main.Ingest.class, Main.Trends.class, Main.Ministries.class, Main.Run.class, DemoCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:any other failure (retry)", "2:usage or configuration error (do not retry)",
        "3:no input for the requested dates (input.on-no-input=fail)"})
public final class Main implements Callable<Integer> {

  /** Options of every stage command: where the warehouse is, which dates, how to run. */
  public static final class CommonOptions {
    @Option(names = "--output", paramLabel = "PATH", defaultValue = "warehouse",
        description = "Warehouse root (default: ${DEFAULT-VALUE}).")
    String output;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
        description = "First issue date, inclusive. Only issues in range are read and rewritten.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
        description = "Last issue date, inclusive.")
    LocalDate to;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Properties file overriding conf/paperscope.properties.")
    Path config;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--run-id", paramLabel = "ID", description = "Id of this run (default: time + random).")
    String runId;

    @Option(names = {"-v", "--verbose"}, description = "Log at INFO (Spark included).")
    boolean verbose;

    RunOptions toRunOptions(InputOptions input) {
      return new RunOptions(input == null ? null : input.input, output, from, to,
          input == null ? null : input.publication, config, master, runId, verbose);
    }
  }

  /**
   * Options of the commands that read issue files ({@code ingest}, {@code run}); {@code trends}
   * and {@code ministries} read the warehouse only and refuse them.
   */
  public static final class InputOptions {
    @Option(names = "--input", paramLabel = "PATH",
        description = "Issue files: a folder (read recursively), a glob or one file; any Hadoop URI.")
    String input;

    @Option(names = "--publication", paramLabel = "NAME",
        description = "Publication of every input file (default: input.publication, else the first folder under --input).")
    String publication;
  }

  /** Base of the stage commands: run the given stages with the common options. */
  abstract static class StageCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract List<Stage> stages();

    /** The input options, or null for a command that reads the warehouse only. */
    InputOptions inputOptions() {
      return null;
    }

    @Override
    public Integer call() {
      RunOptions runOptions = options.toRunOptions(inputOptions());
      List<String> args = spec.commandLine().getParseResult().originalArgs();
      return new Pipeline(spec.name(), stages(), System.out, System.err).execute(runOptions, args);
    }
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Read issue files and write the articles, issues and rejects tables.")
  static final class Ingest extends StageCommand {
    @Mixin
    InputOptions input;

    @Override
    InputOptions inputOptions() {
      return input;
    }

    @Override
    List<Stage> stages() {
      return List.of(new IngestStage());
    }
  }

  @Command(name = "trends", mixinStandardHelpOptions = true,
      description = {"Count tracked terms in the articles table and write the trend tables.",
          "Reads every publication of the warehouse for the dates given (no --input, no --publication)."})
  static final class Trends extends StageCommand {
    @Override
    List<Stage> stages() {
      return List.of(new TrendsStage());
    }
  }

  @Command(name = "ministries", mixinStandardHelpOptions = true,
      description = {"Find government bodies in the articles table and write mentions and co-occurrence.",
          "Reads every publication of the warehouse for the dates given (no --input, no --publication)."})
  static final class Ministries extends StageCommand {
    @Override
    List<Stage> stages() {
      return List.of(new MinistriesStage());
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "All stages in order: ingest, trends, ministries.")
  public static final class Run extends StageCommand {
    @Mixin
    InputOptions input;

    @Override
    InputOptions inputOptions() {
      return input;
    }

    @Override
    List<Stage> stages() {
      return allStages();
    }
  }

  /** Every stage, in pipeline order. */
  public static List<Stage> allStages() {
    return List.of(new IngestStage(), new TrendsStage(), new MinistriesStage());
  }

  @Override
  public Integer call() {
    System.err.println("paperscope: name a command: ingest, trends, ministries, run or demo."
        + " Run 'paperscope --help' for what each does.");
    return ExitCode.USAGE;
  }

  /** Parses and runs; returns the exit code (usage errors give 2). */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      System.err.println(UsageErrors.describe(exception));
      return ExitCode.USAGE;
    });
    commandLine.setExecutionExceptionHandler((exception, parsed, result) -> {
      if (exception instanceof org.paperscope.common.config.ConfigException) {
        System.err.println("paperscope: configuration error: " + exception.getMessage());
        return ExitCode.USAGE;
      }
      throw exception;
    });
    return commandLine.execute(args);
  }

  public static void main(String[] args) {
    int code = run(args);
    System.exit(code);
  }
}
