package org.paperscope.jobs;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.run.RunSpec;
import org.paperscope.jobs.run.Stage;
import org.paperscope.jobs.run.StageResult;
import org.paperscope.jobs.spark.Warehouse;

/** Runs stages in order the way {@link Pipeline} does, without the CLI: for tests that call stages. */
public final class StageRuns {
  private StageRuns() {}

  /**
   * Runs {@code stages} as run {@code runId} of {@code command} over [from, to] (null: open) with
   * {@code input} (null: none), then drops what the run kept in memory and releases its locks.
   *
   * @return what the stages did, added up
   */
  public static StageResult run(SparkSession spark, Settings settings, String warehouse, String runId,
      LocalDate from, LocalDate to, String input, Stage... stages) {
    try (Warehouse opened = Warehouse.open(spark, warehouse, runId)) {
      RunSpec spec = RunSpec.builder(opened, settings, "run").dates(from, to).input(input, null).build();
      StageResult done = StageResult.empty();
      try {
        for (Stage stage : stages) {
          done = done.plus(stage.run(spec, done.scope()));
        }
      } finally {
        if (done.scope() != null) {
          done.scope().release();
        }
      }
      return done;
    }
  }
}
