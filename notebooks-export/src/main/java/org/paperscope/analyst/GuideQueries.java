package org.paperscope.analyst;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ten example queries of docs/analyst-guide.md, read from {@code guide-queries.sql} (the one
 * copy the export's views come from; the guide quotes them verbatim).
 */
public final class GuideQueries {

  /** A named query; {@code sql} has no trailing semicolon. */
  public record Query(String name, String sql) {

    /** The tables the query reads (the words after FROM and JOIN that name a table). */
    public List<String> tables() {
      Matcher matcher = TABLE.matcher(sql);
      List<String> tables = new ArrayList<>();
      while (matcher.find()) {
        if (Warehouse.TABLES.contains(matcher.group(1)) && !tables.contains(matcher.group(1))) {
          tables.add(matcher.group(1));
        }
      }
      return tables;
    }
  }

  private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+([a-z_]+)");

  private static final Pattern NAME = Pattern.compile("(?m)^-- name: ([a-z0-9_]+)\\s*$");

  private GuideQueries() {}

  public static List<Query> all() {
    String text = ReportPage.resource(ReportPage.RESOURCES + "guide-queries.sql");
    Matcher matcher = NAME.matcher(text);
    List<Integer> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (matcher.find()) {
      starts.add(matcher.end());
      names.add(matcher.group(1));
    }
    List<Query> queries = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      int end = i + 1 < names.size() ? text.lastIndexOf("-- name:", starts.get(i + 1)) : text.length();
      String sql = text.substring(starts.get(i), end).strip();
      if (!sql.endsWith(";")) {
        throw new IllegalStateException("Guide query " + names.get(i) + " does not end with ';'");
      }
      queries.add(new Query(names.get(i), sql.substring(0, sql.length() - 1).strip()));
    }
    return List.copyOf(queries);
  }
}
