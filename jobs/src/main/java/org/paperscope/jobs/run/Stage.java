package org.paperscope.jobs.run;

/** One step of the pipeline (ingest, trends, ministries); {@code run} executes them in order. */
public interface Stage {
  /** The CLI name of the stage, e.g. {@code ingest}. */
  String name();

  /**
   * Checks the stage's configuration before Spark starts (term list, gazetteer), so that a bad
   * file fails fast with exit code 2 and a message naming it.
   *
   * @throws org.paperscope.common.config.ConfigException naming the bad key, file or line
   */
  default void check(org.paperscope.common.config.Settings settings) {}

  /**
   * Runs the stage for the spec's dates, writing its tables through {@code ParquetSink}.
   *
   * @param scope what the stages before it decided (days, articles in memory), or null when this
   *     is the first stage of the run
   * @return what it wrote and counted, with the scope for the stages after it
   */
  StageResult run(RunSpec spec, RunScope scope);
}
