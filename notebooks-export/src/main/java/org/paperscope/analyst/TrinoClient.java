package org.paperscope.analyst;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal client of Trino's HTTP statement protocol ({@code POST /v1/statement}, then follow
 * {@code nextUri} until it is gone), enough to run DDL and read small result sets without a JDBC
 * driver. Values stay as Trino's JSON encodes them; {@link TrinoCheck} interprets them by column type.
 */
final class TrinoClient {

  /** One result column: its name and Trino type ({@code bigint}, {@code array(varchar)} …). */
  record Column(String name, String type) {}

  /** A finished query: its columns (empty for DDL) and its rows, one JSON value per column. */
  record Result(List<Column> columns, List<List<JsonElement>> rows) {}

  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private final URI server;
  private final String catalog;
  private final String schema;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * @param server e.g. {@code http://127.0.0.1:8080}
   * @param catalog session catalog ({@code X-Trino-Catalog})
   * @param schema session schema ({@code X-Trino-Schema}); it need not exist yet for qualified DDL
   */
  TrinoClient(URI server, String catalog, String schema) {
    this.server = server;
    this.catalog = catalog;
    this.schema = schema;
  }

  /** Runs one statement (no trailing semicolon) to completion; a failed query throws with Trino's message. */
  Result execute(String sql) throws IOException, InterruptedException {
    HttpRequest first = HttpRequest.newBuilder(server.resolve("/v1/statement"))
        .timeout(TIMEOUT)
        .header("X-Trino-User", "paperscope")
        .header("X-Trino-Source", "paperscope-trino-check")
        .header("X-Trino-Catalog", catalog)
        .header("X-Trino-Schema", schema)
        .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8))
        .build();
    JsonObject page = send(first, sql);
    List<Column> columns = new ArrayList<>();
    List<List<JsonElement>> rows = new ArrayList<>();
    while (true) {
      if (page.has("error")) {
        JsonObject error = page.getAsJsonObject("error");
        throw new IOException("Trino refused " + abbreviate(sql) + ": " + error.get("message").getAsString()
            + " (" + (error.has("errorName") ? error.get("errorName").getAsString() : "no error name") + ")");
      }
      if (columns.isEmpty() && page.has("columns")) {
        for (JsonElement column : page.getAsJsonArray("columns")) {
          JsonObject c = column.getAsJsonObject();
          columns.add(new Column(c.get("name").getAsString(), c.get("type").getAsString()));
        }
      }
      if (page.has("data")) {
        for (JsonElement row : page.getAsJsonArray("data")) {
          JsonArray cells = row.getAsJsonArray();
          List<JsonElement> values = new ArrayList<>(cells.size());
          cells.forEach(values::add);
          rows.add(values);
        }
      }
      if (!page.has("nextUri")) {
        return new Result(List.copyOf(columns), rows);
      }
      page = send(HttpRequest.newBuilder(URI.create(page.get("nextUri").getAsString()))
          .timeout(TIMEOUT).header("X-Trino-User", "paperscope").GET().build(), sql);
    }
  }

  private JsonObject send(HttpRequest request, String sql) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException("Trino at " + server + " answered HTTP " + response.statusCode() + " to "
          + abbreviate(sql) + ": " + abbreviate(response.body()));
    }
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private static String abbreviate(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return "'" + (line.length() > 120 ? line.substring(0, 120) + "…" : line) + "'";
  }
}
