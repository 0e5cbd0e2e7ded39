package org.paperscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paperscope.common.SharedData;
import org.paperscope.jobs.spark.SparkTestSession;

/**
 * One full {@code run} of every stage over the real xwlb corpus ({@code ../shared}), made once per
 * test JVM and shared by every test that asserts on real-corpus tables. Skips (or fails under
 * CI=true) when the corpus is absent.
 */
public final class XwlbWarehouse {
  private static Path warehouse;

  private XwlbWarehouse() {}

  /** The warehouse of the full run; runs the pipeline on first use. */
  public static synchronized Path get() {
    Path corpus = SharedData.xwlbCorpus();
    if (warehouse == null) {
      try {
        Path dir = Files.createTempDirectory("paperscope-xwlb-");
        SparkTestSession.get();
        int code = TestCorpus.run("run", List.of("--input", corpus.toString(), "--output", dir.toString(),
            "--run-id", "xwlb-full"));
        assertThat(code).as("exit code of the full xwlb run").isEqualTo(ExitCode.OK);
        warehouse = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return warehouse;
  }
}
