package org.paperscope.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.paperscope.jobs.spark.SparkTestSession;

/** Reads a published table back as sorted text rows, to compare two runs row for row. */
public final class WarehouseRows {
  private WarehouseRows() {}

  /** The table's rows (partition columns included, as strings), sorted; empty when absent. */
  public static List<String> of(Path warehouse, String table, String... ignoredColumns) {
    Path dir = warehouse.resolve(table);
    if (!hasParquet(dir)) {
      return List.of();
    }
    Dataset<Row> rows = SparkTestSession.get().read().option("basePath", dir.toString()).parquet(dir.toString());
    for (String column : ignoredColumns) {
      rows = rows.drop(column);
    }
    String[] columns = rows.columns();
    Arrays.sort(columns);
    return rows.selectExpr(columns).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .collect(Collectors.toList());
  }

  private static boolean hasParquet(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var files = Files.walk(dir)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The names of the tables under {@code warehouse} (folders not starting with '_'), sorted. */
  public static List<String> tables(Path warehouse) {
    try (var stream = Files.list(warehouse)) {
      return stream.filter(Files::isDirectory)
          .map(path -> path.getFileName().toString())
          .filter(name -> !name.startsWith("_") && !name.startsWith("."))
          .sorted()
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
