package org.paperscope.analyst;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A fixture warehouse (our own writing) whose every archive string is hostile: headlines, topics,
 * terms, contexts, ministry names, reject details and run ids hold {@code <script>},
 * {@code </script>}, {@code </textarea>}, {@code <img onerror=…>}, {@code javascript:} links,
 * formula-like CSV cells and U+2028. Each payload would set {@code window.__pwned} if it ever ran.
 * Tables follow the column types of docs/tables.md, written by DuckDB {@code COPY … PARTITION_BY}.
 */
final class HostileWarehouse {

  static final String SCRIPT = "<script>window.__pwned='script'</script>";
  static final String CLOSE_SCRIPT = "</script><script>window.__pwned='close'</script>";
  static final String TEXTAREA = "</textarea><img src=x onerror=\"window.__pwned='textarea'\">";
  static final String IMG = "<img src=x onerror=window.__pwned='img'>";
  static final String LINK = "javascript:window.__pwned='link'";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"x\")";
  static final String SEPARATORS = "行\u2028分\u2029隔";

  /** The hostile topic; its trend points are clicked in the browser test. */
  static final String TOPIC = IMG + "新质生产力";
  static final String PUBLICATION = "hostile-daily";
  static final String MONTH = "2025-02";

  static final List<String> PAYLOADS = List.of(SCRIPT, CLOSE_SCRIPT, TEXTAREA, IMG, LINK);

  private HostileWarehouse() {}

  static Path write(Path root) {
    Path wh = root.resolve("warehouse");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = connection.createStatement()) {
      Files.createDirectories(wh);
      sql.execute("CREATE MACRO s(i) AS ['" + q(SCRIPT) + "', '" + q(CLOSE_SCRIPT) + "', '" + q(TEXTAREA)
          + "', '" + q(IMG) + "', '" + q(LINK) + "', '" + q(FORMULA) + "', '" + q(SEPARATORS) + "'][(i % 7) + 1]");
      sql.execute("CREATE TABLE months AS SELECT CAST(range AS DATE) AS m FROM range(DATE '2024-09-01', DATE '2025-07-01', INTERVAL 1 MONTH)");
      sql.execute("CREATE TABLE days AS SELECT m, CAST(m + INTERVAL (d * 3) DAY AS DATE) AS issue_date, d FROM months, range(0, 8) t(d)");
      copy(sql, wh, "articles", """
          SELECT '%1$s/' || issue_date || '/' || strftime(issue_date, '%%Y%%m%%d') || '-00' || k AS article_id,
                 '%1$s/' || issue_date || '/' || strftime(issue_date, '%%Y%%m%%d') AS issue_id,
                 CAST(k AS INTEGER) AS seq, s(d + k) || ' 标题' AS headline, [s(k)] AS subheadings,
                 '本报讯' AS lead_type, [s(d)] AS reporters, CAST(NULL AS VARCHAR) AS author_tag,
                 '正文 ' || s(d + k + 1) AS body, CAST([] AS VARCHAR[]) AS captions, CAST(120 AS INTEGER) AS char_count,
                 CAST(1 AS INTEGER) AS page, CAST(NULL AS INTEGER) AS continued_to_page,
                 CAST(NULL AS INTEGER) AS continued_from_page, CAST(k %% 2 AS INTEGER) AS breaks_repaired,
                 CAST(0 AS INTEGER) AS duplicates_removed, CAST(1 AS INTEGER) AS boilerplate_removed,
                 '%1$s' AS publication, issue_date
          FROM days, range(1, 4) t(k)""".formatted(PUBLICATION), "publication, issue_date");
      copy(sql, wh, "issues", """
          SELECT '%1$s/' || issue_date || '/' || strftime(issue_date, '%%Y%%m%%d') AS issue_id,
                 'file:///archive/' || s(d) AS source_path, CAST(1000 AS BIGINT) AS bytes, 'ab' AS sha256,
                 'UTF-8' AS encoding, 'newspaper' AS layout, CAST(3 AS INTEGER) AS article_count,
                 '%1$s' AS publication, issue_date
          FROM days""".formatted(PUBLICATION), "publication, issue_date");
      copy(sql, wh, "rejects", """
          SELECT 'file:///archive/' || s(i) AS source_path, ['binary', 'empty', 'undated'][(i %% 3) + 1] AS reason,
                 s(i + 1) AS detail, s(i + 2) AS run_id, DATE '2025-01-05' AS issue_date,
                 '%1$s' AS publication, '2025-01-05' AS reject_day
          FROM range(0, 5) t(i)""".formatted(PUBLICATION), "publication, reject_day");
      copy(sql, wh, "term_trends", """
          SELECT m AS period_start, '%1$s' AS publication, topic, '*' AS term,
                 CAST(10 + 2 * i AS BIGINT) AS mentions, CAST(3 + i AS BIGINT) AS articles_with,
                 CAST(24 AS BIGINT) AS total_articles, CAST(2880 AS BIGINT) AS total_chars,
                 CAST((10 + 2 * i) * 1e6 / 2880 AS DOUBLE) AS mentions_per_million_chars, CAST((3 + i) / 24 AS DOUBLE) AS article_share,
                 CAST(greatest((3 + i) / 24 - 0.1, 0) AS DOUBLE) AS article_share_ci_low, CAST(least((3 + i) / 24 + 0.1, 1) AS DOUBLE) AS article_share_ci_high,
                 i = 0 AS thin_period, i BETWEEN 4 AND 6 AS burst, 'month' AS granularity,
                 CAST(year(m) AS INTEGER) AS period_year
          FROM (SELECT m, CAST(row_number() OVER (ORDER BY m) - 1 AS INTEGER) AS i FROM months),
               (VALUES ('%2$s'), ('%3$s')) t(topic)""".formatted(PUBLICATION, q(TOPIC), q(SCRIPT)), "granularity, period_year");
      copy(sql, wh, "term_first_seen", """
          SELECT topic, '*' AS term, '%1$s' AS publication, DATE '2024-09-01' AS first_date,
                 '%1$s/2024-09-01/20240901-001' AS first_article_id, s(3) AS headline
          FROM (VALUES ('%2$s'), ('%3$s')) t(topic)""".formatted(PUBLICATION, q(TOPIC), q(SCRIPT)), null);
      copy(sql, wh, "term_contexts", """
          SELECT '%1$s/' || issue_date || '/' || strftime(issue_date, '%%Y%%m%%d') || '-001' AS article_id, issue_date,
                 '%1$s' AS publication, '%2$s' AS topic, s(d) AS term, 'body' AS section,
                 s(d + 1) AS "left", s(d + 2) AS hit, s(d + 3) AS "right"
          FROM days""".formatted(PUBLICATION, q(TOPIC)), null);
      copy(sql, wh, "emerging_terms", """
          SELECT m AS month, '%1$s' AS publication, CAST(r AS INTEGER) AS rank, s(r) AS term, r = 1 AS tracked,
                 CAST(40 - r AS BIGINT) AS mentions, CAST(12 - r AS BIGINT) AS articles_with, CAST(24 AS BIGINT) AS total_articles,
                 CAST(3 AS BIGINT) AS baseline_articles_with, CAST(240 AS BIGINT) AS baseline_total_articles,
                 CAST(10 AS INTEGER) AS baseline_months, CAST(50 - r AS DOUBLE) AS score
          FROM months, range(1, 8) t(r)""".formatted(PUBLICATION), null);
      copy(sql, wh, "ministry_cooccurrence", """
          SELECT 'article' AS scope, 'ministry' AS level, 'year' AS granularity, DATE '2025-01-01' AS period_start,
                 '%1$s' AS publication, 'a' || i AS ministry_a, s(i) AS ministry_a_name, 'b' || j AS ministry_b, s(j + 3) AS ministry_b_name,
                 CAST(3 + i + j AS BIGINT) AS together, CAST(20 AS BIGINT) AS count_a, CAST(15 AS BIGINT) AS count_b,
                 CAST(100 AS BIGINT) AS total, CAST(0.2 AS DOUBLE) AS jaccard, CAST(0.5 + i / 10 AS DOUBLE) AS pmi, CAST(0.3 + j / 10 AS DOUBLE) AS npmi, CAST(1.6 AS DOUBLE) AS lift,
                 CAST(12.5 AS DOUBLE) AS g2, CAST(1 AS INTEGER) AS g2_sign
          FROM range(0, 4) a(i), range(0, 3) b(j)""".formatted(PUBLICATION), null);
      copy(sql, wh, "ministry_network", """
          SELECT scope, level, granularity, period_start, publication,
                 CAST(row_number() OVER (ORDER BY npmi DESC, ministry_a, ministry_b) AS INTEGER) AS rank,
                 ministry_a AS source, ministry_b AS target, ministry_a_name AS source_name, ministry_b_name AS target_name,
                 'npmi' AS measure, npmi AS weight, together, npmi, g2
          FROM read_parquet('%1$s/ministry_cooccurrence/*.parquet')""".formatted(wh), null);
      copy(sql, wh, "boundary_conflicts", """
          SELECT '%1$s/' || issue_date || '/' || strftime(issue_date, '%%Y%%m%%d') || '-002' AS article_id,
                 '%2$s' AS topic, s(d) AS term, ['refused', 'rescued'][(d %% 2) + 1] AS outcome, 'body' AS section,
                 s(d + 1) || '|' || s(d + 2) AS segmentation, s(d + 3) AS context, '%1$s' AS publication, issue_date
          FROM days""".formatted(PUBLICATION, q(TOPIC)), "publication, issue_date");
      Files.createDirectories(wh.resolve("_runs"));
      Files.writeString(wh.resolve("_runs").resolve("hostile.json"), """
          {"run_id": "%s", "status": "succeeded", "command": "%s", "started_at": "2025-07-01T00:00:00Z",
           "ended_at": "2025-07-01T00:01:00Z", "elapsed_seconds": 60, "from": null, "to": null,
           "git_commit": "%s", "spark_version": "4.2.0", "config_sha256": "%s",
           "input_hashes": {"terms": "%s"}, "counters": {"issues": 80}}
          """.formatted(json(SCRIPT), json(CLOSE_SCRIPT), json(TEXTAREA), json(IMG), json(LINK)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the hostile fixture warehouse: " + e.getMessage(), e);
    }
    return wh;
  }

  private static void copy(Statement sql, Path wh, String table, String select, String partitions)
      throws SQLException, IOException {
    Path target = wh.resolve(table);
    if (partitions == null) {
      Files.createDirectories(target);
      sql.execute("COPY (" + select + ") TO '" + target.resolve("part-0.parquet") + "' (FORMAT parquet)");
    } else {
      sql.execute("COPY (" + select + ") TO '" + target + "' (FORMAT parquet, PARTITION_BY (" + partitions + "))");
    }
  }

  private static String q(String text) {
    return text.replace("'", "''");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
