package org.paperscope.analyst;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check behind {@code bin/trino-check}: runs the {@code ddl/trino.sql} of a {@code paperscope
 * export} in a running Trino (Hive connector), then compares what Trino answers with what the
 * export's DuckDB file answers over the same Parquet: the row count of every table and every row of
 * every guide-query view. Prints one line per table and per query
 * ({@code trino-check query=<name> rows=<n> match=true|false}) and exits 1 on any mismatch or error.
 *
 * <pre>java -cp paperscope-analyst.jar org.paperscope.analyst.TrinoCheck --server http://127.0.0.1:8080 --export DIR [--catalog hive]</pre>
 */
public final class TrinoCheck {

  /** Relative tolerance for doubles: the engines may add a sum in a different order. */
  static final double RELATIVE_TOLERANCE = 1e-9;

  private static final Pattern CREATED_TABLE = Pattern.compile("(?m)^CREATE TABLE " + ExportCommand.SCHEMA + "\\.(\\w+) \\(");
  private static final Pattern CREATED_VIEW = Pattern.compile("(?m)^CREATE OR REPLACE VIEW " + ExportCommand.SCHEMA + "\\.(\\w+) AS");

  private TrinoCheck() {}

  public static void main(String[] args) {
    URI server = null;
    Path export = null;
    String catalog = "hive";
    try {
      CliArgs cli = new CliArgs("trino-check", args);
      while (cli.hasNext()) {
        String option = cli.next();
        switch (option) {
          case "--server" -> server = URI.create(cli.value(option));
          case "--export" -> export = Path.of(cli.value(option));
          case "--catalog" -> catalog = cli.value(option);
          default -> throw new IllegalArgumentException("Unknown option '" + option
              + "' of trino-check (--server URL --export DIR [--catalog NAME])");
        }
      }
      if (server == null || export == null) {
        throw new IllegalArgumentException("trino-check needs --server URL and --export DIR");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("trino-check: " + e.getMessage());
      System.exit(AnalystMain.USAGE);
    }
    try {
      int mismatches = run(new TrinoClient(server, catalog, ExportCommand.SCHEMA), export);
      System.out.println("trino-check " + (mismatches == 0 ? "OK" : "FAILED: " + mismatches + " mismatches"));
      System.exit(mismatches == 0 ? AnalystMain.OK : AnalystMain.FAILED);
    } catch (IOException | SQLException e) {
      System.err.println("trino-check failed: " + e.getMessage());
      e.printStackTrace(System.err);
      System.exit(AnalystMain.FAILED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.err.println("trino-check interrupted");
      System.exit(AnalystMain.FAILED);
    }
  }

  /** Runs the DDL, then compares; returns the number of tables and queries that do not match. */
  static int run(TrinoClient trino, Path export) throws IOException, SQLException, InterruptedException {
    Path ddlFile = export.resolve("ddl").resolve("trino.sql");
    String ddl = Files.readString(ddlFile, StandardCharsets.UTF_8);
    List<String> statements = statements(ddl);
    long started = System.nanoTime();
    for (String statement : statements) {
      trino.execute(statement);
    }
    System.out.printf(Locale.ROOT, "trino-check ddl=%s statements=%d seconds=%.1f%n", ddlFile,
        statements.size(), (System.nanoTime() - started) / 1e9);
    int mismatches = 0;
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    Path absolute = export.toAbsolutePath().normalize();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + absolute.resolve(ExportCommand.DUCKDB_FILE), readOnly);
        Statement sql = duckdb.createStatement()) {
      sql.execute("SET file_search_path = '" + absolute.toString().replace("'", "''") + "'");
      for (String table : names(CREATED_TABLE, ddl)) {
        String count = "SELECT count(*) AS n FROM " + table;
        mismatches += compare("table", table, trino.execute(count), duckdb(sql, count)) ? 0 : 1;
      }
      for (String view : names(CREATED_VIEW, ddl)) {
        String select = "SELECT * FROM " + view;
        mismatches += compare("query", view, trino.execute(select), duckdb(sql, select)) ? 0 : 1;
      }
    }
    return mismatches;
  }

  /** The statements of a SQL file: comment lines dropped, split at semicolons that end a line. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1).strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalArgumentException("SQL script ends without ';' after: " + current.toString().strip());
    }
    return out;
  }

  private static List<String> names(Pattern pattern, String ddl) {
    List<String> names = new ArrayList<>();
    Matcher matcher = pattern.matcher(ddl);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static List<List<Object>> duckdb(Statement statement, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        List<Object> row = new ArrayList<>(meta.getColumnCount());
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          Object value = result.getObject(c);
          row.add(fromDuckdb(value instanceof java.sql.Array array ? array.getArray() : value));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Prints the line of one table or query; on a mismatch also the first differing row (stderr). */
  private static boolean compare(String kind, String name, TrinoClient.Result trino, List<List<Object>> duckdb) {
    List<List<Object>> fromTrino = new ArrayList<>();
    for (List<JsonElement> row : trino.rows()) {
      List<Object> values = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        values.add(fromTrino(trino.columns().get(c).type(), row.get(c)));
      }
      fromTrino.add(values);
    }
    String difference = firstDifference(fromTrino, duckdb);
    boolean match = difference == null;
    long rows = kind.equals("table") && !fromTrino.isEmpty() ? ((BigInteger) fromTrino.get(0).get(0)).longValueExact()
        : fromTrino.size();
    System.out.printf("trino-check %s=%s rows=%d match=%s%n", kind, name, rows, match);
    if (!match) {
      System.err.println("trino-check " + kind + "=" + name + ": " + difference);
    }
    return match;
  }

  /** Null when the two row lists are equal (in order, doubles within tolerance), else what differs first. */
  static String firstDifference(List<List<Object>> trino, List<List<Object>> duckdb) {
    for (int r = 0; r < Math.min(trino.size(), duckdb.size()); r++) {
      List<Object> a = trino.get(r);
      List<Object> b = duckdb.get(r);
      if (a.size() != b.size()) {
        return "row " + (r + 1) + " has " + a.size() + " columns in Trino, " + b.size() + " in DuckDB";
      }
      for (int c = 0; c < a.size(); c++) {
        if (!same(a.get(c), b.get(c))) {
          return "row " + (r + 1) + " column " + (c + 1) + ": Trino " + a + " vs DuckDB " + b;
        }
      }
    }
    return trino.size() == duckdb.size() ? null
        : "Trino returned " + trino.size() + " rows, DuckDB " + duckdb.size();
  }

  static boolean same(Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) {
      return x.equals(y) || Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  /**
   * A value as Trino's JSON encodes it, made comparable: whole numbers as BigInteger, doubles as
   * Double (Trino writes NaN and infinities as strings), arrays as lists, dates and text as strings.
   */
  static Object fromTrino(String type, JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return null;
    }
    String t = type.toLowerCase(Locale.ROOT);
    if (t.startsWith("array(") && t.endsWith(")")) {
      String element = type.substring("array(".length(), type.length() - 1);
      List<Object> list = new ArrayList<>();
      value.getAsJsonArray().forEach(v -> list.add(fromTrino(element, v)));
      return list;
    }
    return switch (t) {
      case "bigint", "integer", "smallint", "tinyint" -> value.getAsBigInteger();
      case "double", "real" -> value.getAsJsonPrimitive().isString() ? Double.valueOf(value.getAsString())
          : Double.valueOf(value.getAsDouble());
      case "boolean" -> value.getAsBoolean();
      default -> value.getAsString();
    };
  }

  /** A DuckDB JDBC value made comparable the same way as {@link #fromTrino}. */
  static Object fromDuckdb(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Object[] array) {
      List<Object> list = new ArrayList<>(array.length);
      for (Object element : array) {
        list.add(fromDuckdb(element));
      }
      return list;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger || value instanceof Boolean || value instanceof String) {
      return value;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigIntegerExact() : Double.valueOf(decimal.doubleValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return Double.valueOf(((Number) value).doubleValue());
    }
    return value.toString();
  }
}
