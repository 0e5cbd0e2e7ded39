package org.paperscope.jobs.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.paperscope.common.demo.DemoCorpus;
import org.paperscope.jobs.ExitCode;
import org.paperscope.jobs.Main;
import org.paperscope.jobs.Pipeline;
import org.paperscope.jobs.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paperscope demo}: writes the bundled demo corpus (generated, deterministic) and runs every
 * stage on it into {@code ./warehouse}, then prints where each table is.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Generate the demo corpus and run all stages on it (local[*] unless --master).")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "PATH", defaultValue = "demo-corpus",
      description = "Where the demo corpus is written (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--output", paramLabel = "PATH", defaultValue = "warehouse",
      description = "Warehouse root (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;

  @Option(names = {"-v", "--verbose"}, description = "Log at INFO.")
  boolean verbose;

  @Override
  public Integer call() {
    DemoCorpus.Summary summary = DemoCorpus.generate(corpus);
    System.out.println("Demo corpus: " + corpus.toAbsolutePath().normalize() + " (" + summary + ")");
    RunOptions options = new RunOptions(corpus.toString(), output, null, null, null, null, master, null, verbose);
    int code = new Pipeline("demo", Main.allStages(), System.out, System.err).execute(options, List.of("demo"));
    if (code == ExitCode.OK) {
      printTables(Path.of(output));
    }
    return code;
  }

  private static void printTables(Path warehouse) {
    System.out.println("Tables (Parquet, Hive partitions) under " + warehouse.toAbsolutePath().normalize() + ":");
    try (Stream<Path> tables = Files.list(warehouse)) {
      tables.filter(Files::isDirectory)
          .filter(table -> !table.getFileName().toString().startsWith("_"))
          .sorted()
          .forEach(table -> System.out.println("  " + table.getFileName() + "  " + table.toAbsolutePath().normalize()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + warehouse, e);
    }
    System.out.println("Run manifests: " + warehouse.resolve("_runs").toAbsolutePath().normalize());
    System.out.println("Try: duckdb -c \"SELECT * FROM read_parquet('" + warehouse.toAbsolutePath().normalize()
        + "/term_trends/**/*.parquet', hive_partitioning = true) LIMIT 10\"");
  }
}
