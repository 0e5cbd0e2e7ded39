package org.paperscope.jobs.run;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.spark.Warehouse;

/**
 * What one run is, fixed before its first stage starts: the command, the settings, the warehouse
 * it writes (with its run id), the dates it owns and its input. Immutable; what a stage finds out
 * (the days it covered, the rows it wrote) comes back in its {@link StageResult}.
 *
 * <p>Driver-side only: never capture it in executor code.
 */
public final class RunSpec {
  private final Warehouse warehouse;
  private final Settings settings;
  private final String command;
  private final LocalDate from;
  private final LocalDate to;
  private final String input;
  private final String publicationOverride;
  private final OutputOptions output;

  private RunSpec(Builder builder) {
    this.warehouse = builder.warehouse;
    this.settings = builder.settings;
    this.command = builder.command;
    this.from = builder.from;
    this.to = builder.to;
    this.input = builder.input;
    this.publicationOverride = builder.publicationOverride;
    this.output = OutputOptions.from(settings);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("Run " + warehouse.runId() + ": from " + from + " is after to " + to);
    }
  }

  /** A spec for {@code command} on {@code warehouse}, over all dates and without input until set. */
  public static Builder builder(Warehouse warehouse, Settings settings, String command) {
    return new Builder(warehouse, settings, command);
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  public SparkSession spark() {
    return warehouse.spark();
  }

  public Settings settings() {
    return settings;
  }

  public String runId() {
    return warehouse.runId();
  }

  public String command() {
    return command;
  }

  /** First issue date of the run (inclusive), or null for "from the beginning". */
  public LocalDate from() {
    return from;
  }

  /** Last issue date of the run (inclusive), or null for "to the end". */
  public LocalDate to() {
    return to;
  }

  public boolean inRange(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** The --input of the run (folder, glob or file URI), or null for stages run on the warehouse alone. */
  public String input() {
    return input;
  }

  /** --publication, or null to take it from the paths / config. */
  public String publicationOverride() {
    return publicationOverride;
  }

  /** How the stages write ({@code output.*}), read from the settings once. */
  public OutputOptions output() {
    return output;
  }

  /** Builds a {@link RunSpec}; {@link #build} checks the dates. */
  public static final class Builder {
    private final Warehouse warehouse;
    private final Settings settings;
    private final String command;
    private LocalDate from;
    private LocalDate to;
    private String input;
    private String publicationOverride;

    private Builder(Warehouse warehouse, Settings settings, String command) {
      this.warehouse = warehouse;
      this.settings = settings;
      this.command = command;
    }

    /** The issue dates the run owns, both inclusive; null for an open end. */
    public Builder dates(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      return this;
    }

    /** The input to ingest and the publication that overrides the one of the paths (or null). */
    public Builder input(String input, String publicationOverride) {
      this.input = input;
      this.publicationOverride = publicationOverride;
      return this;
    }

    public RunSpec build() {
      return new RunSpec(this);
    }
  }
}
