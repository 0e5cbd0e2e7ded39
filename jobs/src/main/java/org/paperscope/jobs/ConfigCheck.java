package org.paperscope.jobs;

import org.paperscope.common.config.Settings;
import org.paperscope.jobs.articles.IngestOptions;
import org.paperscope.jobs.ministries.MinistriesOptions;
import org.paperscope.jobs.run.OutputOptions;
import org.paperscope.jobs.trends.TrendsOptions;

/**
 * Checks every key of the configuration before Spark starts, whichever command runs: one config
 * file serves every task of a DAG, so a bad {@code trends.*} value fails {@code ingest} too, in a
 * second and with exit code 2, instead of the trends task hours later.
 */
public final class ConfigCheck {
  private ConfigCheck() {}

  /**
   * Builds the options of every stage from {@code settings}.
   *
   * @throws org.paperscope.common.config.ConfigException naming the bad key and value
   */
  public static void checkAll(Settings settings) {
    IngestOptions.from(settings);
    TrendsOptions.from(settings);
    MinistriesOptions.from(settings);
    OutputOptions.from(settings);
  }
}
