package org.paperscope.analyst;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Aggregates what the report's views need from the warehouse, on the Java side with DuckDB, so the
 * page embeds months × topics rather than articles. Reads only the columns of docs/tables.md.
 *
 * <p>Output (one JSON object; every table as {@code {"cols": [...], "rows": [[...]]}}):
 * {@code trends} (month rows of the topic keys, term = '*'), {@code frontPage} (the same on the
 * front page only, for publications with pages, from the per-day tables), {@code firstSeen}, {@code emerging}
 * (top 20 per month), {@code contexts} (at most N lines per topic, publication and month, with the
 * articles' headlines once each in {@code headlines}), {@code cooccurrence} (article scope, year granularity), {@code issuesPerMonth},
 * {@code repairsPerMonth}, {@code rejectsByReason}, {@code conflictsPerMonth}, {@code conflictTerms},
 * {@code runs} (from {@code _runs/*.json}) and {@code filters}.
 */
public final class ReportData {

  static final int EMERGING_PER_MONTH = 20;
  static final int CONFLICT_TERMS = 20;

  private final Warehouse warehouse;
  private final ReportOptions options;

  public ReportData(Warehouse warehouse, ReportOptions options) {
    this.warehouse = warehouse;
    this.options = options;
  }

  /** Runs every query; fails on the first one that fails, with its SQL. */
  public JsonObject collect() throws SQLException {
    JsonObject data = new JsonObject();
    try (Connection connection = warehouse.connect()) {
      data.add("trends", query(connection, "term_trends", """
          SELECT publication, topic, strftime(period_start, '%Y-%m') AS month, mentions, articles_with,
                 total_articles, article_share, article_share_ci_low, article_share_ci_high,
                 thin_period, burst
          FROM term_trends
          WHERE granularity = 'month' AND term = '*'""", "period_start", true,
          "ORDER BY publication, topic, period_start"));
      data.add("frontPage", frontPage(connection));
      data.add("firstSeen", query(connection, "term_first_seen", """
          SELECT topic, term, publication, first_date, first_article_id, headline
          FROM term_first_seen WHERE true""", "first_date", true,
          "ORDER BY first_date, topic, term, publication"));
      data.add("emerging", query(connection, "emerging_terms", """
          SELECT strftime(month, '%Y-%m') AS month, publication, rank, term, tracked, score, mentions,
                 articles_with, total_articles, baseline_articles_with, baseline_total_articles
          FROM emerging_terms WHERE rank <= """ + EMERGING_PER_MONTH, "month", false,
          "ORDER BY month, publication, rank"));
      contexts(connection, data);
      data.add("cooccurrence", query(connection, "ministry_cooccurrence", """
          SELECT CAST(year(period_start) AS INTEGER) AS year, publication, ministry_a, ministry_a_name,
                 ministry_b, ministry_b_name, together, count_a, count_b, total, npmi, pmi, lift,
                 jaccard, g2, g2_sign
          FROM ministry_cooccurrence
          WHERE scope = 'article' AND level = 'ministry' AND granularity = 'year'""", "period_start", false,
          "ORDER BY year, publication, together DESC, ministry_a, ministry_b"));
      data.add("issuesPerMonth", query(connection, "issues", """
          SELECT publication, strftime(issue_date, '%Y-%m') AS month, count(*) AS issues,
                 sum(article_count) AS articles
          FROM issues WHERE true""", "issue_date", false, "GROUP BY ALL ORDER BY publication, month"));
      data.add("repairsPerMonth", query(connection, "articles", """
          SELECT publication, strftime(issue_date, '%Y-%m') AS month,
                 sum(breaks_repaired) AS breaks_repaired, sum(duplicates_removed) AS duplicates_removed,
                 sum(boilerplate_removed) AS boilerplate_removed
          FROM articles WHERE true""", "issue_date", false, "GROUP BY ALL ORDER BY publication, month"));
      data.add("rejectsByReason", query(connection, "rejects", """
          SELECT reason, count(*) AS files, any_value(detail) AS example
          FROM rejects WHERE true""", "issue_date", false, "GROUP BY reason ORDER BY files DESC, reason"));
      data.add("conflictsPerMonth", query(connection, "boundary_conflicts", """
          SELECT strftime(issue_date, '%Y-%m') AS month, outcome, count(*) AS candidates
          FROM boundary_conflicts WHERE true""", "issue_date", true, "GROUP BY ALL ORDER BY month, outcome"));
      data.add("conflictTerms", query(connection, "boundary_conflicts", """
          SELECT topic, term, outcome, count(*) AS candidates, min(segmentation) AS segmentation,
                 min(context) AS example
          FROM boundary_conflicts WHERE true""", "issue_date", true,
          "GROUP BY ALL ORDER BY candidates DESC, term, outcome LIMIT " + CONFLICT_TERMS));
    }
    data.add("runs", runs());
    data.add("filters", filters());
    return data;
  }

  /** KWIC lines (at most N per topic, publication and month) and, once each, their articles' headlines. */
  private void contexts(Connection connection, JsonObject data) throws SQLException {
    if (options.contextsPerPeriod() == 0 || !warehouse.hasData("term_contexts")) {
      data.add("contexts", empty());
      data.add("headlines", empty());
      return;
    }
    Filter filter = filter("issue_date", true);
    String create = String.join("\n",
        "CREATE TEMP TABLE report_contexts AS",
        "SELECT * FROM (",
        "  SELECT c.*, row_number() OVER (",
        "           PARTITION BY topic, publication, date_trunc('month', issue_date)",
        "           ORDER BY issue_date, article_id, term, section, \"left\", \"right\") AS line",
        "  FROM term_contexts c WHERE true" + filter.sql,
        ") WHERE line <= ?");
    List<Object> parameters = new ArrayList<>(filter.parameters);
    parameters.add(options.contextsPerPeriod());
    try (PreparedStatement statement = connection.prepareStatement(create)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      statement.execute();
    }
    data.add("contexts", SqlJson.table(connection, """
        SELECT topic, publication, strftime(issue_date, '%Y-%m') AS month, issue_date, article_id, term,
               section, "left", hit, "right"
        FROM report_contexts
        ORDER BY topic, publication, issue_date, article_id, line""", List.of()));
    data.add("headlines", warehouse.hasData("articles") ? SqlJson.table(connection, """
        SELECT article_id, headline FROM articles
        WHERE article_id IN (SELECT article_id FROM report_contexts)
        ORDER BY article_id""", List.of()) : empty());
  }

  /**
   * Per publication with pages, topic and month: the front-page articles naming the topic and all
   * front-page articles, summed from the strata of {@code term_day_counts} and {@code term_days}
   * ({@code front_page} true); a month without a front-page hit is a row with 0.
   */
  private JsonObject frontPage(Connection connection) throws SQLException {
    if (!warehouse.hasData("term_days") || !warehouse.hasData("term_day_counts")
        || !warehouse.hasData("term_trends")) {
      return empty();
    }
    Filter days = filter("issue_date", false);
    Filter hits = filter("issue_date", true);
    Filter topics = filter("period_start", true);
    List<Object> parameters = new ArrayList<>(days.parameters);
    parameters.addAll(hits.parameters);
    parameters.addAll(topics.parameters);
    return SqlJson.table(connection, """
        WITH days AS (
          SELECT publication, strftime(issue_date, '%Y-%m') AS month, sum(articles) AS articles
          FROM term_days WHERE front_page""" + days.sql + """

          GROUP BY ALL),
        hits AS (
          SELECT publication, topic, strftime(issue_date, '%Y-%m') AS month, sum(articles_with) AS articles_with
          FROM term_day_counts WHERE front_page AND term = '*'""" + hits.sql + """

          GROUP BY ALL),
        topics AS (
          SELECT DISTINCT publication, topic FROM term_trends
          WHERE granularity = 'month' AND term = '*'""" + topics.sql + """
        )
        SELECT d.publication, t.topic, d.month, coalesce(h.articles_with, 0) AS articles_with,
               d.articles AS total_articles
        FROM days d
        JOIN topics t ON t.publication = d.publication
        LEFT JOIN hits h ON h.publication = d.publication AND h.topic = t.topic AND h.month = d.month
        ORDER BY d.publication, t.topic, d.month""", parameters);
  }

  private JsonObject query(Connection connection, String table, String select, String dateColumn,
      boolean byTopic, String tail) throws SQLException {
    if (!warehouse.hasData(table)) {
      // A table without any file (e.g. rejects of a clean run before issue 9): no rows, no columns.
      return empty();
    }
    Filter filter = filter(dateColumn, byTopic);
    return SqlJson.table(connection, select + filter.sql + "\n" + tail, filter.parameters);
  }

  private record Filter(String sql, List<Object> parameters) {}

  private Filter filter(String dateColumn, boolean byTopic) {
    StringBuilder sql = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    if (options.from() != null) {
      sql.append(" AND ").append(dateColumn).append(" >= CAST(? AS DATE)");
      parameters.add(options.from().toString());
    }
    if (options.to() != null) {
      sql.append(" AND ").append(dateColumn).append(" <= CAST(? AS DATE)");
      parameters.add(options.to().toString());
    }
    if (options.publication() != null) {
      sql.append(" AND publication = ?");
      parameters.add(options.publication());
    }
    if (byTopic && !options.topics().isEmpty()) {
      sql.append(" AND topic IN (").append(String.join(", ", options.topics().stream().map(t -> "?").toList()))
          .append(")");
      parameters.addAll(options.topics());
    }
    return new Filter(sql.toString(), parameters);
  }

  private static JsonObject empty(String... columns) {
    JsonObject table = new JsonObject();
    JsonArray cols = new JsonArray();
    for (String column : columns) {
      cols.add(column);
    }
    table.add("cols", cols);
    table.add("rows", new JsonArray());
    return table;
  }

  private JsonObject filters() {
    JsonObject filters = new JsonObject();
    filters.addProperty("from", options.from() == null ? null : options.from().toString());
    filters.addProperty("to", options.to() == null ? null : options.to().toString());
    filters.addProperty("publication", options.publication());
    JsonArray topics = new JsonArray();
    options.topics().forEach(topics::add);
    filters.add("topics", topics);
    filters.addProperty("contextsPerPeriod", options.contextsPerPeriod());
    return filters;
  }

  /** The run manifests, oldest first, with the fields the provenance view shows. */
  private JsonObject runs() {
    String[] fields = {"run_id", "status", "command", "started_at", "ended_at", "elapsed_seconds", "from",
        "to", "git_commit", "spark_version", "config_sha256", "input_hashes", "counters"};
    JsonObject table = empty(fields);
    Path folder = warehouse.root().resolve("_runs");
    if (!Files.isDirectory(folder)) {
      return table;
    }
    List<JsonObject> manifests = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try {
          manifests.add(JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (JsonParseException | IllegalStateException e) {
          throw new IllegalArgumentException("Run manifest " + file + " is not a JSON object: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read run manifests in " + folder, e);
    }
    manifests.sort(Comparator.comparing(m -> m.has("started_at") && !m.get("started_at").isJsonNull()
        ? m.get("started_at").getAsString() : ""));
    JsonArray rows = table.getAsJsonArray("rows");
    for (JsonObject manifest : manifests) {
      JsonArray row = new JsonArray();
      for (String field : fields) {
        row.add(manifest.get(field));
      }
      rows.add(row);
    }
    return table;
  }
}
