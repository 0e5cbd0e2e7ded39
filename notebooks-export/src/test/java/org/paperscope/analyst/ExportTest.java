package org.paperscope.analyst;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code paperscope export} over the demo warehouse and the hostile fixture. */
class ExportTest {

  @TempDir
  static Path temp;

  private static Path demo;
  private static Path demoExport;

  @BeforeAll
  static void export() throws Exception {
    demo = DemoWarehouse.get();
    demoExport = demo.resolveSibling("export");
    ExportCommand.run(new ExportOptions(demo, demoExport, null));
  }

  @Test
  void graphmlRoundTripsTheNetworkTable() throws Exception {
    Map<String, long[]> expected = new LinkedHashMap<>();
    try (Connection connection = Warehouse.open(demo).connect(); Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("""
            SELECT publication || '_' || scope || '_' || granularity || '_' || coalesce(CAST(period_start AS VARCHAR), 'all'),
                   count(*), (SELECT count(*) FROM (SELECT source AS id FROM ministry_network m
                     WHERE m.level = 'ministry' AND m.publication = n.publication AND m.scope = n.scope
                       AND m.granularity = n.granularity AND m.period_start IS NOT DISTINCT FROM n.period_start
                     UNION SELECT target FROM ministry_network m
                     WHERE m.level = 'ministry' AND m.publication = n.publication AND m.scope = n.scope
                       AND m.granularity = n.granularity AND m.period_start IS NOT DISTINCT FROM n.period_start))
            FROM ministry_network n WHERE level = 'ministry' AND granularity IN ('year', 'all') GROUP BY ALL""")) {
      while (rows.next()) {
        expected.put(rows.getString(1), new long[] {rows.getLong(3), rows.getLong(2)});
      }
    }
    assertThat(expected).as("networks of the demo slice").isNotEmpty();
    Map<String, long[]> actual = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(demoExport.resolve("graphml"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".graphml")).sorted().toList()) {
        Document doc = parse(file);
        String stem = file.getFileName().toString().replace(".graphml", "");
        actual.put(stem, new long[] {doc.getElementsByTagNameNS("*", "node").getLength(),
            doc.getElementsByTagNameNS("*", "edge").getLength()});
        List<String> edgeCsv = Files.readAllLines(file.resolveSibling(stem + ".edges.csv"), StandardCharsets.UTF_8);
        assertThat(edgeCsv.get(0)).startsWith("\uFEFFSource,Target,Weight,Type");
        assertThat(edgeCsv).hasSize(doc.getElementsByTagNameNS("*", "edge").getLength() + 1);
      }
    }
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((key, counts) -> assertThat(actual.get(key)).as(key).containsExactly(counts));
  }

  @Test
  void graphmlKeepsHostileNamesAsTypedText() throws Exception {
    Path wh = HostileWarehouse.write(temp.resolve("hostile"));
    Path out = temp.resolve("hostile-export");
    ExportCommand.run(new ExportOptions(wh, out, "hdfs:///warehouse/paperscope"));
    Document doc = parse(out.resolve("graphml").resolve("hostile-daily_article_year_2025-01-01.graphml"));
    Set<String> labels = new HashSet<>();
    NodeList data = doc.getElementsByTagNameNS("*", "data");
    for (int i = 0; i < data.getLength(); i++) {
      Element element = (Element) data.item(i);
      if (element.getAttribute("key").equals("n_label")) {
        labels.add(element.getTextContent());
      }
    }
    assertThat(labels).contains(HostileWarehouse.SCRIPT, HostileWarehouse.TEXTAREA, HostileWarehouse.IMG);
    NodeList keys = doc.getElementsByTagNameNS("*", "key");
    Map<String, String> types = new LinkedHashMap<>();
    for (int i = 0; i < keys.getLength(); i++) {
      Element key = (Element) keys.item(i);
      types.put(key.getAttribute("for") + "." + key.getAttribute("attr.name"), key.getAttribute("attr.type"));
    }
    assertThat(types).containsEntry("node.label", "string").containsEntry("node.count", "long")
        .containsEntry("edge.weight", "double").containsEntry("edge.together", "long").containsEntry("edge.rank", "int");

    byte[] csv = Files.readAllBytes(out.resolve("csv").resolve("ministry_cooccurrence.csv"));
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\"");
    assertThat(text.lines().skip(1)).noneMatch(line -> line.startsWith("=") || line.contains(",=") || line.contains(",+")
        || line.contains(",@"));
    assertThat(Files.readString(out.resolve("ddl").resolve("trino.sql")))
        .contains("external_location = 'hdfs:///warehouse/paperscope/articles'");
  }

  @Test
  void duckdbFileViewsAnswerTheGuideQueriesLikeReadParquet() throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection file = DriverManager.getConnection("jdbc:duckdb:" + demoExport.resolve(ExportCommand.DUCKDB_FILE), readOnly);
        Connection direct = Warehouse.open(demo).connect();
        Statement viaFile = file.createStatement(); Statement viaParquet = direct.createStatement()) {
      viaFile.execute("SET file_search_path = '" + demoExport + "'");
      try (ResultSet views = viaFile.executeQuery("SELECT sql FROM duckdb_views() WHERE NOT internal AND view_name = 'articles'")) {
        assertThat(views.next()).isTrue();
        assertThat(views.getString(1)).as("relative path, so the folder can move").contains("'../warehouse/articles/**/*.parquet'");
      }
      for (GuideQueries.Query query : GuideQueries.all()) {
        List<List<Object>> fromFile = rows(viaFile, "SELECT * FROM " + query.name());
        List<List<Object>> fromParquet = rows(viaParquet, query.sql());
        assertThat(fromFile).as(query.name()).isNotEmpty().isEqualTo(fromParquet);
      }
    }
    assertThat(GuideQueries.all()).hasSize(10);
  }

  @Test
  void trinoDdlEndsWithTheGuideQueriesAsViews() throws Exception {
    String trinoDdl = Files.readString(demoExport.resolve("ddl").resolve("trino.sql"));
    List<String> statements = TrinoCheck.statements(trinoDdl);
    int firstView = statements.indexOf("USE " + ExportCommand.SCHEMA);
    assertThat(firstView).as("USE before the views, after every table").isPositive();
    assertThat(statements.subList(0, firstView)).allMatch(s -> s.startsWith("CREATE SCHEMA")
        || s.startsWith("CREATE TABLE ") || s.startsWith("CALL system.sync_partition_metadata("));
    List<String> views = statements.subList(firstView + 1, statements.size());
    assertThat(views).containsExactlyElementsOf(GuideQueries.all().stream()
        .map(q -> "CREATE OR REPLACE VIEW " + ExportCommand.SCHEMA + "." + q.name() + " AS\n" + q.sql()).toList());
  }

  @Test
  void ddlHasEveryWrittenColumnWithItsTypeAndSparkRunsIt() throws Exception {
    SparkSession spark = DemoWarehouse.session();
    String sparkDdl = Files.readString(demoExport.resolve("ddl").resolve("spark.sql"));
    String trinoDdl = Files.readString(demoExport.resolve("ddl").resolve("trino.sql"));
    Map<String, Map<String, String>> sparkTables = columns(sparkDdl, Pattern.compile("(?s)CREATE TABLE IF NOT EXISTS paperscope\\.(\\w+) \\((.*?)\\n\\) USING"),
        Pattern.compile("`(\\w+)` (\\S+)"));
    Map<String, Map<String, String>> trinoTables = columns(trinoDdl, Pattern.compile("(?s)CREATE TABLE paperscope\\.(\\w+) \\((.*?)\\n\\) WITH"),
        Pattern.compile("\"(\\w+)\" (\\S+)"));
    Warehouse warehouse = Warehouse.open(demo);
    List<String> written = Warehouse.TABLES.stream().filter(warehouse::hasData).toList();
    assertThat(sparkTables.keySet()).containsExactlyElementsOf(written);
    assertThat(trinoTables.keySet()).containsExactlyElementsOf(written);
    for (String table : written) {
      // The schema as Spark reads the files, partition columns typed as docs/tables.md says (dates are dates).
      StructType schema = spark.read().option("basePath", demo.resolve(table).toString())
          .option("recursiveFileLookup", "false").parquet(demo.resolve(table).toString()).schema();
      Map<String, String> expected = new LinkedHashMap<>();
      for (StructField field : schema.fields()) {
        boolean dateFolder = field.name().equals("issue_date");
        boolean yearFolder = field.name().equals("period_year");
        expected.put(field.name(), dateFolder ? "date" : yearFolder ? "int" : field.dataType().simpleString());
      }
      assertThat(sparkTables.get(table)).as("Spark DDL of %s", table).isEqualTo(expected);
      Map<String, String> trinoExpected = new LinkedHashMap<>();
      expected.forEach((name, type) -> trinoExpected.put(name, trinoOf(type)));
      assertThat(trinoTables.get(table)).as("Trino DDL of %s", table).isEqualTo(trinoExpected);
    }
    Path db = temp.resolve("spark-db");
    for (String statement : sparkDdl.split(";\\n")) {
      String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
      if (sql.isEmpty()) {
        continue;
      }
      spark.sql(sql.startsWith("CREATE DATABASE") ? sql + " LOCATION '" + db.toUri() + "'" : sql);
    }
    try (Connection connection = warehouse.connect(); Statement sql = connection.createStatement()) {
      for (String table : written) {
        try (ResultSet count = sql.executeQuery("SELECT count(*) FROM " + table)) {
          count.next();
          assertThat(spark.table("paperscope." + table).count()).as("rows of %s through the Spark DDL", table)
              .isEqualTo(count.getLong(1));
        }
      }
    } finally {
      spark.sql("DROP DATABASE IF EXISTS paperscope CASCADE");
    }
  }

  private static Map<String, Map<String, String>> columns(String ddl, Pattern table, Pattern column) {
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    Matcher matcher = table.matcher(ddl);
    while (matcher.find()) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (String line : matcher.group(2).split(",\\n")) {
        Matcher c = column.matcher(line.strip());
        assertThat(c.matches()).as("column line '%s'", line).isTrue();
        columns.put(c.group(1), c.group(2));
      }
      tables.put(matcher.group(1), columns);
    }
    return tables;
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  static List<List<Object>> rows(Statement statement, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          Object value = result.getObject(c);
          row.add(value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Trino's name for a Spark simple type, as the Hive connector maps Parquet columns. */
  private static String trinoOf(String sparkType) {
    if (sparkType.startsWith("array<") && sparkType.endsWith(">")) {
      return "array(" + trinoOf(sparkType.substring("array<".length(), sparkType.length() - 1)) + ")";
    }
    return switch (sparkType) {
      case "string" -> "varchar";
      case "int" -> "integer";
      default -> sparkType;
    };
  }
}
