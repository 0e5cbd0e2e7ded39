package org.paperscope.analyst;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schemas of the tables as written: file columns from the Parquet footers (DuckDB, without
 * partition discovery) and partition columns from the {@code key=value} folder names, in folder
 * order. Turned into Trino/Hive and Spark SQL external-table DDL.
 */
final class TableSchemas {

  /** One column: its name and its DuckDB type ({@code VARCHAR}, {@code BIGINT}, {@code VARCHAR[]} …). */
  record Column(String name, String duckdbType) {}

  /** A written table: file columns, then partition columns. */
  record Table(String name, List<Column> columns, List<Column> partitions) {}

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private TableSchemas() {}

  static List<Table> read(Warehouse warehouse) throws SQLException {
    List<Table> tables = new ArrayList<>();
    try (Connection connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (String name : Warehouse.TABLES) {
        if (!warehouse.hasData(name)) {
          continue;
        }
        Map<String, Column> partitions = partitions(warehouse.root().resolve(name));
        List<Column> columns = new ArrayList<>();
        String glob = warehouse.root().resolve(name) + "/**/*.parquet";
        try (ResultSet result = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet('"
            + glob.replace("'", "''") + "', hive_partitioning = false, union_by_name = true)")) {
          while (result.next()) {
            String column = result.getString("column_name");
            if (!partitions.containsKey(column)) {
              columns.add(new Column(column, result.getString("column_type")));
            }
          }
        }
        tables.add(new Table(name, List.copyOf(columns), List.copyOf(partitions.values())));
      }
    }
    return tables;
  }

  /**
   * Partition keys in folder order; a key whose every value is yyyy-MM-dd is a DATE, one whose
   * every value is a number (term_trends' period_year) an INTEGER, else VARCHAR.
   */
  private static Map<String, Column> partitions(Path table) {
    Map<String, Column> keys = new LinkedHashMap<>();
    Map<String, Boolean> allDates = new LinkedHashMap<>();
    Map<String, Boolean> allInts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(table)) {
      files.filter(Files::isDirectory).filter(dir -> !dir.equals(table)).forEach(dir -> {
        for (Path part : table.relativize(dir)) {
          String segment = part.toString();
          int eq = segment.indexOf('=');
          if (eq <= 0) {
            continue;
          }
          String key = segment.substring(0, eq);
          String value = segment.substring(eq + 1);
          allDates.merge(key, ISO_DATE.matcher(value).matches(), Boolean::logicalAnd);
          allInts.merge(key, value.matches("-?[0-9]{1,9}"), Boolean::logicalAnd);
          keys.putIfAbsent(key, null);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list partitions of " + table, e);
    }
    Map<String, Column> out = new LinkedHashMap<>();
    for (String key : keys.keySet()) {
      out.put(key, new Column(key, allDates.get(key) ? "DATE" : allInts.get(key) ? "INTEGER" : "VARCHAR"));
    }
    return out;
  }

  /** Trino (Hive connector) type of a DuckDB type. */
  static String trinoType(String duckdbType) {
    String type = duckdbType.toUpperCase(Locale.ROOT);
    if (type.endsWith("[]")) {
      return "array(" + trinoType(type.substring(0, type.length() - 2)) + ")";
    }
    return switch (type) {
      case "VARCHAR" -> "varchar";
      case "INTEGER" -> "integer";
      case "BIGINT" -> "bigint";
      case "SMALLINT" -> "smallint";
      case "TINYINT" -> "tinyint";
      case "DOUBLE" -> "double";
      case "FLOAT" -> "real";
      case "BOOLEAN" -> "boolean";
      case "DATE" -> "date";
      case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> "timestamp(3)";
      case "BLOB" -> "varbinary";
      default -> throw new IllegalArgumentException("No Trino type for Parquet column type " + duckdbType);
    };
  }

  /** Spark SQL type of a DuckDB type (Spark's simple names, as in docs/tables.md). */
  static String sparkType(String duckdbType) {
    String type = duckdbType.toUpperCase(Locale.ROOT);
    if (type.endsWith("[]")) {
      return "array<" + sparkType(type.substring(0, type.length() - 2)) + ">";
    }
    return switch (type) {
      case "VARCHAR" -> "string";
      case "INTEGER" -> "int";
      case "BIGINT" -> "bigint";
      case "SMALLINT" -> "smallint";
      case "TINYINT" -> "tinyint";
      case "DOUBLE" -> "double";
      case "FLOAT" -> "float";
      case "BOOLEAN" -> "boolean";
      case "DATE" -> "date";
      case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> "timestamp";
      case "BLOB" -> "binary";
      default -> throw new IllegalArgumentException("No Spark type for Parquet column type " + duckdbType);
    };
  }

  /**
   * {@code CREATE TABLE} statements for Trino's Hive connector, each followed by its partition sync
   * call, then the guide queries as views (they read the tables by bare name, hence the {@code USE}).
   */
  static String trinoDdl(List<Table> tables, String location, String schema, List<GuideQueries.Query> views) {
    StringBuilder sql = new StringBuilder();
    sql.append("-- Trino (Hive connector) external tables over a Paperscope warehouse, generated by\n")
        .append("-- `paperscope export` from the Parquet schemas, and the analyst guide's queries as views.\n")
        .append("-- Run in a catalog of the Hive connector:  trino --catalog hive --file trino.sql\n")
        .append("-- (bin/trino-check runs this file in a real Trino and compares every view with DuckDB.)\n");
    sql.append("CREATE SCHEMA IF NOT EXISTS ").append(schema).append(";\n\n");
    for (Table table : tables) {
      sql.append("CREATE TABLE ").append(schema).append('.').append(table.name()).append(" (\n");
      List<String> lines = new ArrayList<>();
      Stream.concat(table.columns().stream(), table.partitions().stream()).forEach(column ->
          lines.add("  " + quoteTrino(column.name()) + " " + trinoType(column.duckdbType())));
      sql.append(String.join(",\n", lines)).append("\n) WITH (\n  external_location = '")
          .append(location).append('/').append(table.name()).append("',\n  format = 'PARQUET'");
      if (!table.partitions().isEmpty()) {
        sql.append(",\n  partitioned_by = ARRAY[").append(String.join(", ",
            table.partitions().stream().map(p -> "'" + p.name() + "'").toList())).append(']');
      }
      sql.append("\n);\n");
      if (!table.partitions().isEmpty()) {
        sql.append("CALL system.sync_partition_metadata('").append(schema).append("', '")
            .append(table.name()).append("', 'ADD');\n");
      }
      sql.append('\n');
    }
    if (!views.isEmpty()) {
      sql.append("USE ").append(schema).append(";\n\n");
    }
    for (GuideQueries.Query view : views) {
      sql.append("CREATE OR REPLACE VIEW ").append(schema).append('.').append(view.name()).append(" AS\n")
          .append(view.sql()).append(";\n\n");
    }
    return sql.toString();
  }

  /** {@code CREATE TABLE … USING parquet} statements for Spark SQL, then partition recovery. */
  static String sparkDdl(List<Table> tables, String location, String schema) {
    StringBuilder sql = new StringBuilder();
    sql.append("-- Spark SQL external tables over a Paperscope warehouse, generated by `paperscope export`\n")
        .append("-- from the Parquet schemas:  spark-sql -f spark.sql\n");
    sql.append("CREATE DATABASE IF NOT EXISTS ").append(schema).append(";\n\n");
    for (Table table : tables) {
      sql.append("CREATE TABLE IF NOT EXISTS ").append(schema).append('.').append(table.name()).append(" (\n");
      List<String> lines = new ArrayList<>();
      Stream.concat(table.columns().stream(), table.partitions().stream()).forEach(column ->
          lines.add("  `" + column.name() + "` " + sparkType(column.duckdbType())));
      sql.append(String.join(",\n", lines)).append("\n) USING parquet");
      if (!table.partitions().isEmpty()) {
        sql.append("\nPARTITIONED BY (").append(String.join(", ",
            table.partitions().stream().map(p -> "`" + p.name() + "`").toList())).append(')');
      }
      sql.append("\nLOCATION '").append(location).append('/').append(table.name()).append("';\n");
      if (!table.partitions().isEmpty()) {
        sql.append("ALTER TABLE ").append(schema).append('.').append(table.name()).append(" RECOVER PARTITIONS;\n");
      }
      sql.append('\n');
    }
    return sql.toString();
  }

  private static String quoteTrino(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
