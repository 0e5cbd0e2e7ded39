package org.paperscope.jobs;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The options of one CLI invocation, validated once.
 *
 * @param input       folder, glob or file (any Hadoop URI); null for stages that read the warehouse
 * @param output      warehouse root
 * @param from        first issue date (inclusive) or null
 * @param to          last issue date (inclusive) or null
 * @param publication forced publication name or null
 * @param config      user config file or null (bundled defaults only)
 * @param master      Spark master or null (spark-submit's, else local[*])
 * @param runId       id of this run (manifest, rejects); generated when not given
 * @param verbose     INFO logging for everything
 */
public record RunOptions(String input, String output, LocalDate from, LocalDate to, String publication,
    Path config, String master, String runId, boolean verbose) {

  public RunOptions {
    if (from != null && to != null && from.isAfter(to)) {
      throw new org.paperscope.common.config.ConfigException(
          "--from " + from + " is after --to " + to + ": the range would be empty");
    }
    if (output == null || output.isBlank()) {
      throw new org.paperscope.common.config.ConfigException("--output must name the warehouse folder");
    }
  }
}
