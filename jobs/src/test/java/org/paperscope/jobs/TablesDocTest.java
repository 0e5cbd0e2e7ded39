package org.paperscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paperscope.jobs.catalog.TableCatalog;
import org.paperscope.jobs.spark.SparkTestSession;
import org.paperscope.jobs.spark.TableSpec;

/**
 * docs/tables.md is the published contract: every table the full pipeline writes has a section
 * there listing exactly its columns, in order, with their types, and every documented table is
 * written. Partition columns are marked *(partition)* and checked against the folder names.
 */
@Tag("spark")
class TablesDocTest {
  private static final Pattern SECTION = Pattern.compile("^## ([a-z][a-z0-9_]*)\\s*$");
  private static final Pattern ROW = Pattern.compile("^\\|\\s*([a-z][a-z0-9_]*)\\s*\\|\\s*([a-z0-9<>,_ ]+?)\\s*\\|(.*)\\|\\s*$");

  record DocColumn(String name, String type, boolean partition) {}

  @Test
  void everyWrittenTableMatchesItsDocumentedSchema() throws IOException {
    Path warehouse = fixtureWarehouse();
    Map<String, List<DocColumn>> documented = documentedTables();
    List<String> written = WarehouseRows.tables(warehouse);

    assertThat(documented.keySet()).as("tables documented in docs/tables.md")
        .containsExactlyInAnyOrderElementsOf(written);
    assertThat(TableCatalog.all()).extracting(TableSpec::name).as("tables of the catalog")
        .containsExactlyInAnyOrderElementsOf(written);
    for (String table : written) {
      Path dir = warehouse.resolve(table);
      assertThat(hasParquet(dir)).as("%s has a Parquet file, even when empty", table).isTrue();
      StructType schema = SparkTestSession.get().read().option("basePath", dir.toString())
          .parquet(dir.toString()).schema();
      List<String> partitions = partitionColumns(dir);
      List<String> actual = new ArrayList<>();
      for (StructField field : schema.fields()) {
        boolean partition = partitions.contains(field.name());
        actual.add(field.name() + " " + (partition ? "(partition)" : field.dataType().simpleString()));
      }
      List<String> expected = new ArrayList<>();
      for (DocColumn column : documented.get(table)) {
        expected.add(column.name() + " " + (column.partition() ? "(partition)" : column.type()));
      }
      assertThat(actual).as("columns of %s (docs/tables.md vs. Parquet)", table).isEqualTo(expected);
      List<String> declared = new ArrayList<>();
      for (StructField field : TableCatalog.spec(table).schema().fields()) {
        boolean partition = TableCatalog.spec(table).partitionColumns().contains(field.name());
        declared.add(field.name() + " " + (partition ? "(partition)" : field.dataType().simpleString()));
      }
      assertThat(declared).as("columns of %s (TableSpec vs. docs/tables.md)", table).isEqualTo(expected);
    }
  }

  @Test
  void everyTableOfAFreshWarehouseIsReadableByDuckDbEvenWhenEmpty() throws Exception {
    Path clean = Files.createTempDirectory("paperscope-clean-");
    Path input = TestCorpus.copyTo(clean.resolve("in"));
    assertThat(TestCorpus.run("ingest", List.of("--input", input.toString(), "--output",
        clean.resolve("wh").toString()))).isEqualTo(ExitCode.OK);
    assertThat(SparkTestSession.get().read().parquet(clean.resolve("wh/rejects").toString()).count())
        .as("rejects of a clean corpus").isZero();
    try (java.sql.Connection duckdb = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement statement = duckdb.createStatement()) {
      for (Path warehouse : List.of(fixtureWarehouse(), clean.resolve("wh"))) {
        countEveryTable(statement, warehouse);
      }
    }
  }

  private static void countEveryTable(java.sql.Statement statement, Path warehouse) throws java.sql.SQLException {
    for (String table : WarehouseRows.tables(warehouse)) {
      String glob = warehouse.resolve(table) + "/**/*.parquet";
      try (java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM read_parquet('"
          + glob + "', hive_partitioning = true)")) {
        rows.next();
        assertThat(rows.getLong(1)).as("rows of %s", table)
            .isEqualTo(SparkTestSession.get().read().parquet(warehouse.resolve(table).toString()).count());
      }
    }
  }

  private static boolean hasParquet(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
    }
  }

  private static Path fixture;

  /** A small run over our own fixtures; rejects is the only table it leaves empty when asked. */
  private static synchronized Path fixtureWarehouse() throws IOException {
    if (fixture == null) {
      fixture = warehouseWithRejects();
    }
    return fixture;
  }

  /** A small run (our fixture corpus plus an undated and an empty file) that fills every table. */
  private static Path warehouseWithRejects() throws IOException {
    Path dir = Files.createTempDirectory("paperscope-doc-");
    Path input = TestCorpus.copyTo(dir.resolve("in"));
    Files.writeString(input.resolve("产业观察报/notes.txt"), "## 没有日期的文件\n\n**本报讯** 正文。\n");
    Files.write(input.resolve("产业观察报/2025/20250324.txt"), new byte[0]);
    assertThat(TestCorpus.run("run", List.of("--input", input.toString(), "--output", dir.resolve("wh").toString())))
        .isEqualTo(ExitCode.OK);
    return dir.resolve("wh");
  }

  /** Sections {@code ## table_name} with a {@code | column | type | meaning |} table. */
  static Map<String, List<DocColumn>> documentedTables() throws IOException {
    Path doc = Path.of(System.getProperty("paperscope.project.dir", "..")).resolve("docs/tables.md");
    Map<String, List<DocColumn>> tables = new LinkedHashMap<>();
    String current = null;
    for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
      Matcher section = SECTION.matcher(line);
      if (section.matches()) {
        current = section.group(1);
        continue;
      }
      if (line.startsWith("## ")) {
        current = null;
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (current != null && row.matches() && !row.group(1).equals("column")) {
        tables.computeIfAbsent(current, key -> new ArrayList<>())
            .add(new DocColumn(row.group(1), row.group(2).trim(), row.group(3).contains("*(partition)*")));
      }
    }
    return tables;
  }

  /** Names of the partition folders ({@code name=value}) on the path to the first Parquet file. */
  private static List<String> partitionColumns(Path table) throws IOException {
    try (var files = Files.walk(table)) {
      Path first = files.filter(file -> file.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
      List<String> names = new ArrayList<>();
      for (Path part : table.relativize(first.getParent())) {
        String folder = part.toString();
        if (folder.contains("=")) {
          names.add(folder.substring(0, folder.indexOf('=')));
        }
      }
      return names;
    }
  }
}
