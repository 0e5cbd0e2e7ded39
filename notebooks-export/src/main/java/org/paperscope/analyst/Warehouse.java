package org.paperscope.analyst;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Paperscope warehouse folder as the analyst layer reads it: every table through DuckDB's
 * {@code read_parquet} by column names only ({@code hive_partitioning}, {@code union_by_name}), so
 * the per-day and per-month partition layouts read the same. This is the one place that says how a
 * table is opened.
 */
public final class Warehouse {

  /** Every published table, in the order of docs/tables.md. */
  public static final List<String> TABLES = List.of("articles", "issues", "rejects", "term_mentions",
      "term_hits", "boundary_conflicts", "term_trends", "term_first_seen", "term_contexts",
      "term_vocabulary", "emerging_terms", "ministry_mentions", "ministry_sentences", "sentence_counts",
      "ministry_cooccurrence", "ministry_network", "term_days", "term_day_counts", "ministry_days",
      "ministry_day_counts", "pair_day_counts");

  private final Path root;

  private Warehouse(Path root) {
    this.root = root;
  }

  /** Opens {@code root}; fails with the path when it is not a warehouse (no table folder at all). */
  public static Warehouse open(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      throw new IllegalArgumentException("Warehouse " + absolute + " is not a folder");
    }
    Warehouse warehouse = new Warehouse(absolute);
    if (TABLES.stream().noneMatch(warehouse::hasData)) {
      throw new IllegalArgumentException("Warehouse " + absolute
          + " holds none of the Paperscope tables (expected folders such as term_trends/)");
    }
    return warehouse;
  }

  public Path root() {
    return root;
  }

  /** True when the table has at least one Parquet file (a table folder may be missing or empty). */
  public boolean hasData(String table) {
    Path folder = root.resolve(table);
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet")
          && Files.isRegularFile(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list table folder " + folder, e);
    }
  }

  /** The DuckDB expression reading {@code table} from {@code location} (absolute or relative). */
  public static String readParquet(String location, String table) {
    String glob = (location.isEmpty() ? "" : location + "/") + table + "/**/*.parquet";
    return "read_parquet('" + glob.replace("'", "''")
        + "', hive_partitioning = true, union_by_name = true)";
  }

  /**
   * An in-memory DuckDB connection with one view per table that has data, named as the table.
   * Tables without any file are left out; callers check {@link #hasData} first.
   */
  public Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        if (hasData(table)) {
          statement.execute("CREATE VIEW " + table + " AS SELECT * FROM "
              + readParquet(root.toString(), table));
        }
      }
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }
}
