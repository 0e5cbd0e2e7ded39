package org.paperscope.jobs.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The published tables of a warehouse as comparable text: table names, partition folders and
 * sorted canonical rows. Two warehouses written from the same input must give equal snapshots,
 * whatever master, partitioning or executor count wrote them.
 */
final class WarehouseSnapshot {
  /**
   * Doubles are compared to this many significant digits: a sum over differently partitioned data
   * adds in another order and may differ in the last bits.
   */
  private static final MathContext DOUBLE_DIGITS = new MathContext(12);
  private static final int SHOWN_DIFFERENCES = 5;

  private WarehouseSnapshot() {}

  /** Table folders under {@code warehouse} (names not starting with '_' or '.'), sorted. */
  static List<String> tables(Path warehouse) {
    try (Stream<Path> children = Files.list(warehouse)) {
      return children.filter(Files::isDirectory)
          .map(path -> path.getFileName().toString())
          .filter(name -> !name.startsWith("_") && !name.startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list warehouse " + warehouse, e);
    }
  }

  /** The folders of {@code table} (relative, '/'-separated) that hold Parquet files, sorted. */
  static List<String> partitions(Path warehouse, String table) {
    Path dir = warehouse.resolve(table);
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".parquet"))
          .map(file -> dir.relativize(file.getParent()).toString().replace('\\', '/'))
          .distinct()
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list table " + dir, e);
    }
  }

  /**
   * The rows of {@code table}, partition columns included, {@code ignored} columns left out,
   * columns in name order, each row as one canonical line; sorted.
   */
  static List<String> rows(SparkSession spark, Path warehouse, String table, Set<String> ignored) {
    if (partitions(warehouse, table).isEmpty()) {
      return List.of();
    }
    String dir = warehouse.resolve(table).toString();
    Dataset<Row> rows = spark.read().option("basePath", dir).parquet(dir);
    String[] columns = Arrays.stream(rows.columns()).filter(column -> !ignored.contains(column))
        .sorted().toArray(String[]::new);
    return rows.selectExpr(columns).collectAsList().stream()
        .map(row -> {
          List<String> values = new ArrayList<>();
          for (int i = 0; i < columns.length; i++) {
            values.add(columns[i] + "=" + canonical(row.get(i)));
          }
          return String.join(" | ", values);
        })
        .sorted()
        .collect(Collectors.toList());
  }

  /** Rows of {@code expected} missing from {@code actual} and the other way round (multisets), or "". */
  static String differences(List<String> expected, List<String> actual) {
    List<String> missing = minus(expected, actual);
    List<String> extra = minus(actual, expected);
    if (missing.isEmpty() && extra.isEmpty()) {
      return "";
    }
    return missing.size() + " rows only in the first, e.g.\n  " + String.join("\n  ", first(missing))
        + "\n" + extra.size() + " rows only in the second, e.g.\n  " + String.join("\n  ", first(extra));
  }

  private static List<String> first(List<String> rows) {
    return rows.subList(0, Math.min(SHOWN_DIFFERENCES, rows.size())).stream()
        .map(row -> row.length() > 400 ? row.substring(0, 400) + "…" : row)
        .toList();
  }

  private static List<String> minus(List<String> left, List<String> right) {
    Map<String, Integer> counts = new HashMap<>();
    right.forEach(row -> counts.merge(row, 1, Integer::sum));
    List<String> remaining = new ArrayList<>();
    for (String row : left) {
      Integer count = counts.get(row);
      if (count == null || count == 0) {
        remaining.add(row);
      } else {
        counts.put(row, count - 1);
      }
    }
    return remaining;
  }

  private static String canonical(Object value) {
    if (value instanceof Double number) {
      return number.isNaN() || number.isInfinite() ? number.toString()
          : new BigDecimal(number).round(DOUBLE_DIGITS).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Float number) {
      return canonical(number.doubleValue());
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      return CollectionConverters.asJava(seq).stream().map(WarehouseSnapshot::canonical)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Row row) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        fields.add(canonical(row.get(i)));
      }
      return "{" + String.join(", ", fields) + "}";
    }
    return String.valueOf(value);
  }
}
