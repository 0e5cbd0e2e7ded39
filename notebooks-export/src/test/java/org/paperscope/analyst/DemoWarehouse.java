package org.paperscope.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.paperscope.demo.DemoCorpus;
import org.paperscope.jobs.Main;

/**
 * A real warehouse for the analyst tests: the bundled demo corpus (our own generated text), five
 * months of it ({@link #FROM} to {@link #TO}), run through every stage of the real pipeline in this
 * JVM. Made once per test JVM and shared by the report, export, docs and notebook tests. The
 * folder is named {@code warehouse} so that the docs' {@code read_parquet('warehouse/…')} queries
 * run against it with DuckDB's {@code file_search_path} set to its parent.
 */
final class DemoWarehouse {
  static final String FROM = "2024-12-01";
  static final String TO = "2025-04-30";
  static final String RUN_ID = "demo-slice";

  private static Path warehouse;

  private DemoWarehouse() {}

  /** The warehouse folder; runs the pipeline on first use. */
  static synchronized Path get() {
    String prebuilt = System.getProperty("paperscope.test.warehouse");
    if (warehouse == null && prebuilt != null) {
      // Local iteration only: a warehouse made earlier by `paperscope run` over the same slice.
      warehouse = Path.of(prebuilt).toAbsolutePath().normalize();
    }
    if (warehouse == null) {
      try {
        Path root = Files.createTempDirectory("paperscope-analyst-");
        Path corpus = root.resolve("demo-corpus");
        DemoCorpus.generate(corpus);
        Path dir = root.resolve("warehouse");
        session();
        int code = Main.run(new String[] {"run", "--input", corpus.toString(), "--output", dir.toString(),
            "--from", FROM, "--to", TO, "--run-id", RUN_ID});
        assertThat(code).as("exit code of the demo run").isZero();
        warehouse = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return warehouse;
  }

  /** The local session the pipeline reuses (the settings of the jobs module's SparkTestSession). */
  static synchronized SparkSession session() {
    return SparkSession.builder()
        .appName("paperscope-analyst-tests")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "4096")
        .config("spark.sql.parquet.compression.codec", "zstd")
        .config("spark.hadoop.fs.file.impl", "org.paperscope.jobs.spark.FastLocalFileSystem")
        .config("spark.hadoop.fs.file.impl.disable.cache", "true")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }
}
