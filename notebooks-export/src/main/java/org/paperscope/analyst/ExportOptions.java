package org.paperscope.analyst;

import java.nio.file.Path;

/**
 * Options of {@code paperscope export}, parsed and validated once.
 *
 * @param warehouse warehouse root to read
 * @param output folder the export is written to
 * @param location the warehouse location written into the Trino and Spark DDL (a Hadoop URI such
 *     as {@code hdfs:///warehouse/paperscope}); default the warehouse's own {@code file:} URI
 */
public record ExportOptions(Path warehouse, Path output, String location) {

  static final String USAGE = """
      Usage: paperscope export --warehouse PATH --output DIR [--location URI]
      Writes into DIR: graphml/ (ministry network per period, GraphML and edge-list CSV, for Gephi),
      paperscope.duckdb (one view per table over the Parquet, by relative path, and the ten guide
      queries as views), ddl/trino.sql and ddl/spark.sql (external tables generated from the Parquet
      schemas, trino.sql also the guide queries as views; --location replaces the warehouse path in
      them, e.g. local:///abs/path for Trino's local file system), csv/term_trends.csv and
      csv/ministry_cooccurrence.csv (UTF-8 with BOM, for spreadsheets).""";

  public ExportOptions {
    if (location != null && location.isBlank()) {
      throw new IllegalArgumentException("--location must not be blank");
    }
    if (location != null && (location.contains("'") || location.contains("\\"))) {
      throw new IllegalArgumentException("--location must not contain a quote or a backslash, got '" + location + "'");
    }
  }

  /** Parses the arguments after {@code export}. */
  public static ExportOptions parse(String[] args) {
    Path warehouse = null;
    Path output = null;
    String location = null;
    CliArgs cli = new CliArgs("export", args);
    while (cli.hasNext()) {
      String option = cli.next();
      switch (option) {
        case "--warehouse" -> warehouse = Path.of(cli.value(option));
        case "--output" -> output = Path.of(cli.value(option));
        case "--location" -> location = cli.value(option);
        default -> throw new IllegalArgumentException("Unknown option '" + option + "' of export\n" + USAGE);
      }
    }
    if (warehouse == null || output == null) {
      throw new IllegalArgumentException("export needs --warehouse and --output\n" + USAGE);
    }
    return new ExportOptions(warehouse, output, location);
  }
}
