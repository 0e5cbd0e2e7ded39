package org.paperscope.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```sql} block of README.md and docs/*.md runs in DuckDB against the demo warehouse
 * (as {@code warehouse/} in the working directory) and returns rows, and its rows are labelled:
 * no two rows agree on every non-numeric column (and year / rank) (the README's old query gave two unlabelled rows
 * per month, one per publication). The blocks of one file run in order in one connection, so a
 * setup block's views serve the blocks after it. A block may say {@code -- expect: no rows}.
 */
class DocsSqlTest {

  /** Whole-number columns that label a row rather than measure it. */
  private static final Set<String> KEY_NUMBERS = Set.of("year", "rank", "seq", "sentence_index");

  private static final Pattern SQL_BLOCK = Pattern.compile("(?s)```sql\\n(.*?)```");

  @TestFactory
  Stream<DynamicTest> everySqlBlockOfTheDocsRuns() throws IOException {
    Path project = project();
    List<Path> files = new ArrayList<>();
    files.add(project.resolve("README.md"));
    try (Stream<Path> docs = Files.list(project.resolve("docs"))) {
      docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(project.relativize(file).toString(), () -> runBlocks(file)));
  }

  @Test
  void theGuideQuotesEveryGuideQueryVerbatim() throws IOException {
    String guide = Files.readString(project().resolve("docs").resolve("analyst-guide.md"));
    for (GuideQueries.Query query : GuideQueries.all()) {
      assertThat(guide).as(query.name()).contains("-- " + query.name() + "\n" + query.sql() + ";");
    }
  }

  private static void runBlocks(Path file) throws IOException, SQLException {
    Path warehouse = DemoWarehouse.get();
    Matcher blocks = SQL_BLOCK.matcher(Files.readString(file));
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("SET file_search_path = '" + warehouse.getParent() + "'");
      int index = 0;
      while (blocks.find()) {
        index++;
        String block = blocks.group(1);
        List<String> statements = statements(block);
        for (int i = 0; i < statements.size(); i++) {
          String sql = statements.get(i);
          String where = file.getFileName() + " block " + index + ": " + sql;
          if (!statement.execute(sql)) {
            continue;
          }
          try (ResultSet result = statement.getResultSet()) {
            List<String> labels = labels(result);
            if (block.contains("-- expect: no rows")) {
              assertThat(labels).as(where).isEmpty();
            } else {
              assertThat(labels).as("rows of " + where).isNotEmpty();
              Set<String> distinct = new HashSet<>(labels);
              assertThat(distinct).as("labelled rows (no two alike on their text and date columns) of " + where)
                  .hasSameSizeAs(labels);
            }
          }
        }
      }
    }
  }

  /** Per row, the values of its non-numeric columns joined; all of them when every column is numeric. */
  private static List<String> labels(ResultSet result) throws SQLException {
    ResultSetMetaData meta = result.getMetaData();
    List<Integer> keys = new ArrayList<>();
    for (int c = 1; c <= meta.getColumnCount(); c++) {
      int type = meta.getColumnType(c);
      boolean numeric = type == Types.BIGINT || type == Types.INTEGER || type == Types.DOUBLE || type == Types.FLOAT
          || type == Types.DECIMAL || type == Types.SMALLINT || type == Types.TINYINT;
      if (!numeric || KEY_NUMBERS.contains(meta.getColumnLabel(c))) {
        keys.add(c);
      }
    }
    List<String> labels = new ArrayList<>();
    while (result.next()) {
      StringBuilder label = new StringBuilder();
      for (int c : keys.isEmpty() ? allColumns(meta.getColumnCount()) : keys) {
        label.append(result.getString(c)).append('\u0001');
      }
      labels.add(label.toString());
    }
    return labels;
  }

  private static List<Integer> allColumns(int count) {
    List<Integer> all = new ArrayList<>();
    for (int c = 1; c <= count; c++) {
      all.add(c);
    }
    return all;
  }

  /** The statements of a block: split at semicolons that end a line; comment lines dropped. */
  static List<String> statements(String block) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : block.split("\n")) {
      current.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        add(out, current.toString());
        current.setLength(0);
      }
    }
    add(out, current.toString());
    return out;
  }

  private static void add(List<String> out, String sql) {
    String code = sql.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
    if (!code.isEmpty()) {
      out.add(code.endsWith(";") ? code.substring(0, code.length() - 1) : code);
    }
  }

  static Path project() {
    return Path.of(System.getProperty("paperscope.project.dir", "..")).toAbsolutePath().normalize();
  }
}
