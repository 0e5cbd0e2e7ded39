package org.paperscope.jobs.run;

import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;

/**
 * How stages write, from {@code conf/paperscope.properties}.
 *
 * @param parallelWrites {@code output.parallel-writes}: how many tables a stage writes at the same
 *     time (each write its own Spark job); 1 writes them one after another
 */
public record OutputOptions(int parallelWrites) {
  public static final String PARALLEL_WRITES = "output.parallel-writes";

  /** Reads and checks the output keys. */
  public static OutputOptions from(Settings settings) {
    int parallelWrites = settings.integer(PARALLEL_WRITES);
    if (parallelWrites < 1) {
      throw new ConfigException("Config key '" + PARALLEL_WRITES + "' must be >= 1 (1 = one table at a time), got "
          + parallelWrites);
    }
    return new OutputOptions(parallelWrites);
  }
}
