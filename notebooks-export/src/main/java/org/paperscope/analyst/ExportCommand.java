package org.paperscope.analyst;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code paperscope export}: the warehouse in the shapes other tools open directly (Gephi, DuckDB,
 * Trino, Spark SQL, spreadsheets). Reads tables only through {@link Warehouse}.
 */
public final class ExportCommand {

  /** The DuckDB database file, relative to the output folder. */
  public static final String DUCKDB_FILE = "paperscope.duckdb";
  /** Schema (Trino) / database (Spark) the DDL creates. */
  public static final String SCHEMA = "paperscope";

  /** What was written: the output folder and every file, relative to it. */
  public record Result(Path folder, List<String> files) {}

  private ExportCommand() {}

  public static Result run(ExportOptions options) throws IOException, SQLException {
    Warehouse warehouse = Warehouse.open(options.warehouse());
    Path out = options.output().toAbsolutePath().normalize();
    Files.createDirectories(out);
    List<String> files = new ArrayList<>();
    try (Connection connection = warehouse.connect()) {
      files.addAll(networks(warehouse, connection, out));
      files.addAll(csvExtracts(warehouse, connection, out));
    }
    files.add(duckdbFile(warehouse, out));
    files.addAll(ddl(warehouse, out, options.location() != null ? options.location()
        : warehouse.root().toUri().toString().replaceAll("/$", "")));
    return new Result(out, List.copyOf(files));
  }

  private static List<String> networks(Warehouse warehouse, Connection connection, Path out)
      throws IOException, SQLException {
    if (!warehouse.hasData("ministry_network")) {
      return List.of();
    }
    Path folder = Files.createDirectories(out.resolve("graphml"));
    String sql = """
        SELECT n.scope, n.granularity, n.period_start, n.publication, n.rank, n.source, n.target,
               n.source_name, n.target_name, n.measure, n.weight, n.together, n.npmi, n.g2,
               c.count_a, c.count_b
        FROM ministry_network n
        LEFT JOIN ministry_cooccurrence c
          ON c.scope = n.scope AND c.level = n.level AND c.granularity = n.granularity AND c.publication = n.publication
         AND c.period_start IS NOT DISTINCT FROM n.period_start
         AND c.ministry_a = n.source AND c.ministry_b = n.target
        WHERE n.level = 'ministry' AND n.granularity IN ('year', 'all')
        ORDER BY n.publication, n.scope, n.granularity, n.period_start NULLS LAST, n.rank""";
    List<String> written = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      String current = null;
      Map<String, String> graph = null;
      Map<String, GraphmlWriter.Node> nodes = new LinkedHashMap<>();
      List<GraphmlWriter.Edge> edges = new ArrayList<>();
      while (true) {
        boolean more = rows.next();
        String key = more ? rows.getString("publication") + "|" + rows.getString("scope") + "|"
            + rows.getString("granularity") + "|" + rows.getString("period_start") : null;
        if (current != null && !Objects.equals(key, current)) {
          written.addAll(writeNetwork(folder, graph, new ArrayList<>(nodes.values()), edges));
          nodes.clear();
          edges = new ArrayList<>();
        }
        if (!more) {
          break;
        }
        if (!key.equals(current)) {
          graph = new LinkedHashMap<>();
          graph.put("g_scope", rows.getString("scope"));
          graph.put("g_granularity", rows.getString("granularity"));
          graph.put("g_period", rows.getString("period_start") == null ? "all" : rows.getString("period_start"));
          graph.put("g_publication", rows.getString("publication"));
          graph.put("g_measure", rows.getString("measure"));
          current = key;
        }
        nodes.putIfAbsent(rows.getString("source"), new GraphmlWriter.Node(rows.getString("source"),
            rows.getString("source_name"), rows.getLong("count_a")));
        nodes.putIfAbsent(rows.getString("target"), new GraphmlWriter.Node(rows.getString("target"),
            rows.getString("target_name"), rows.getLong("count_b")));
        edges.add(new GraphmlWriter.Edge(rows.getString("source"), rows.getString("target"), rows.getInt("rank"),
            rows.getString("measure"), rows.getDouble("weight"), rows.getLong("together"),
            rows.getDouble("npmi"), rows.getDouble("g2")));
      }
    }
    return written;
  }

  private static List<String> writeNetwork(Path folder, Map<String, String> graph,
      List<GraphmlWriter.Node> nodes, List<GraphmlWriter.Edge> edges) throws IOException {
    String stem = safeName(graph.get("g_publication")) + "_" + graph.get("g_scope") + "_"
        + graph.get("g_granularity") + "_" + graph.get("g_period");
    GraphmlWriter.write(folder.resolve(stem + ".graphml"), graph, nodes, edges);
    Map<String, String> names = new LinkedHashMap<>();
    nodes.forEach(n -> names.put(n.id(), n.name()));
    try (BufferedWriter csv = csvWriter(folder.resolve(stem + ".edges.csv"))) {
      csv.write("Source,Target,Weight,Type,source_name,target_name,measure,rank,together,npmi,g2\r\n");
      for (GraphmlWriter.Edge e : edges) {
        csv.write(String.join(",", List.of(CsvCells.cell(e.source()), CsvCells.cell(e.target()),
            CsvCells.cell(e.weight()), "Undirected", CsvCells.cell(names.get(e.source())),
            CsvCells.cell(names.get(e.target())), CsvCells.cell(e.measure()), CsvCells.cell(e.rank()),
            CsvCells.cell(e.together()), CsvCells.cell(e.npmi()), CsvCells.cell(e.g2()))) + "\r\n");
      }
    }
    return List.of("graphml/" + stem + ".graphml", "graphml/" + stem + ".edges.csv");
  }

  /** A publication name made safe for a file name (it comes from folder names, still: no separators). */
  static String safeName(String text) {
    return text.replaceAll("[^\\p{L}\\p{N}._-]", "_");
  }

  private static List<String> csvExtracts(Warehouse warehouse, Connection connection, Path out)
      throws IOException, SQLException {
    Path folder = Files.createDirectories(out.resolve("csv"));
    List<String> written = new ArrayList<>();
    Map<String, String> extracts = new LinkedHashMap<>();
    extracts.put("term_trends", """
        SELECT granularity, period_start, publication, topic, term, mentions, articles_with, total_articles,
               total_chars, mentions_per_million_chars, article_share, article_share_ci_low,
               article_share_ci_high, thin_period, burst
        FROM term_trends
        WHERE granularity IN ('month', 'quarter', 'year')
        ORDER BY granularity, publication, topic, term, period_start""");
    extracts.put("ministry_cooccurrence", """
        SELECT scope, granularity, period_start, publication, ministry_a, ministry_a_name, ministry_b,
               ministry_b_name, together, count_a, count_b, total, jaccard, pmi, npmi, lift, g2, g2_sign
        FROM ministry_cooccurrence
        ORDER BY scope, granularity, publication, period_start NULLS LAST, ministry_a, ministry_b""");
    for (Map.Entry<String, String> extract : extracts.entrySet()) {
      if (!warehouse.hasData(extract.getKey())) {
        continue;
      }
      Path file = folder.resolve(extract.getKey() + ".csv");
      try (PreparedStatement statement = connection.prepareStatement(extract.getValue());
          ResultSet rows = statement.executeQuery(); BufferedWriter csv = csvWriter(file)) {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> header = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          header.add(CsvCells.cell(meta.getColumnLabel(c)));
        }
        csv.write(String.join(",", header) + "\r\n");
        while (rows.next()) {
          List<String> cells = new ArrayList<>(meta.getColumnCount());
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            Object value = rows.getObject(c);
            cells.add(CsvCells.cell(value instanceof java.time.temporal.TemporalAccessor || value instanceof java.util.Date
                ? value.toString() : value));
          }
          csv.write(String.join(",", cells) + "\r\n");
        }
      }
      written.add("csv/" + extract.getKey() + ".csv");
    }
    return written;
  }

  /** UTF-8 with a byte-order mark, so Excel opens Chinese text correctly. */
  private static BufferedWriter csvWriter(Path file) throws IOException {
    BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    return writer;
  }

  /**
   * paperscope.duckdb: one view per table over the Parquet by a path relative to the output folder,
   * and the guide queries as views. DuckDB resolves relative paths against its working directory
   * (or {@code file_search_path}), so open the file from the output folder.
   */
  private static String duckdbFile(Warehouse warehouse, Path out) throws IOException, SQLException {
    Path file = out.resolve(DUCKDB_FILE);
    Files.deleteIfExists(file);
    Files.deleteIfExists(out.resolve(DUCKDB_FILE + ".wal"));
    String relative = out.relativize(warehouse.root()).toString().replace('\\', '/');
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("SET file_search_path = '" + out.toString().replace("'", "''") + "'");
      for (String table : Warehouse.TABLES) {
        if (warehouse.hasData(table)) {
          statement.execute("CREATE VIEW " + table + " AS SELECT * FROM " + Warehouse.readParquet(relative, table));
        }
      }
      List<GuideQueries.Query> viewable = viewable(warehouse);
      for (GuideQueries.Query query : GuideQueries.all()) {
        if (viewable.contains(query)) {
          statement.execute("CREATE VIEW " + query.name() + " AS " + query.sql());
        } else {
          System.err.println("paperscope export: no view " + query.name() + ": no data in "
              + query.tables().stream().filter(t -> !warehouse.hasData(t)).toList());
        }
      }
      statement.execute("CHECKPOINT");
    }
    return DUCKDB_FILE;
  }

  /** The guide queries whose tables all have data (the others would fail to create; the DuckDB file skips them too). */
  static List<GuideQueries.Query> viewable(Warehouse warehouse) {
    return GuideQueries.all().stream()
        .filter(query -> query.tables().stream().allMatch(warehouse::hasData)).toList();
  }

  private static List<String> ddl(Warehouse warehouse, Path out, String location) throws IOException, SQLException {
    Path folder = Files.createDirectories(out.resolve("ddl"));
    List<TableSchemas.Table> tables = TableSchemas.read(warehouse);
    Files.writeString(folder.resolve("trino.sql"), TableSchemas.trinoDdl(tables, location, SCHEMA,
        viewable(warehouse)), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("spark.sql"), TableSchemas.sparkDdl(tables, location, SCHEMA), StandardCharsets.UTF_8);
    return List.of("ddl/trino.sql", "ddl/spark.sql");
  }
}
