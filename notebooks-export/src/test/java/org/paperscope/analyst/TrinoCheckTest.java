package org.paperscope.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The parts of {@code bin/trino-check} that run without a Trino: splitting the DDL, reading Trino's
 * JSON and DuckDB's JDBC values into one shape, comparing rows, and following Trino's statement
 * protocol (a local fake server that pages like Trino). The run against a real Trino is the script.
 */
class TrinoCheckTest {

  @Test
  void splitsTheScriptAtLineEndSemicolonsAndDropsComments() {
    String script = """
        -- header
        CREATE SCHEMA IF NOT EXISTS paperscope;

        CREATE TABLE paperscope.t (
          "a" varchar
        ) WITH (
          external_location = 'local:///w/t'
        );
        USE paperscope;
        CREATE OR REPLACE VIEW paperscope.q AS
        SELECT 'x;y' AS a FROM t;
        """;
    assertThat(TrinoCheck.statements(script)).containsExactly("CREATE SCHEMA IF NOT EXISTS paperscope",
        "CREATE TABLE paperscope.t (\n  \"a\" varchar\n) WITH (\n  external_location = 'local:///w/t'\n)",
        "USE paperscope", "CREATE OR REPLACE VIEW paperscope.q AS\nSELECT 'x;y' AS a FROM t");
    assertThatThrownBy(() -> TrinoCheck.statements("SELECT 1;\nSELECT 2"))
        .hasMessageContaining("ends without ';'").hasMessageContaining("SELECT 2");
  }

  @Test
  void trinoJsonAndDuckdbValuesBecomeTheSameShape() {
    assertThat(TrinoCheck.fromTrino("bigint", JsonParser.parseString("9007199254740993")))
        .isEqualTo(TrinoCheck.fromDuckdb(9007199254740993L)).isEqualTo(new BigInteger("9007199254740993"));
    assertThat(TrinoCheck.fromTrino("integer", JsonParser.parseString("7")))
        .isEqualTo(TrinoCheck.fromDuckdb(7)).isEqualTo(TrinoCheck.fromDuckdb(new BigInteger("7")));
    assertThat(TrinoCheck.fromTrino("double", JsonParser.parseString("\"NaN\""))).isEqualTo(Double.NaN);
    assertThat(TrinoCheck.fromTrino("double", JsonParser.parseString("0.25"))).isEqualTo(TrinoCheck.fromDuckdb(0.25));
    assertThat(TrinoCheck.fromTrino("date", JsonParser.parseString("\"2025-03-01\"")))
        .isEqualTo(TrinoCheck.fromDuckdb(LocalDate.of(2025, 3, 1)));
    assertThat(TrinoCheck.fromTrino("array(varchar)", JsonParser.parseString("[\"工信部\", null]")))
        .isEqualTo(TrinoCheck.fromDuckdb(new Object[] {"工信部", null}));
    assertThat(TrinoCheck.fromTrino("boolean", JsonParser.parseString("true"))).isEqualTo(Boolean.TRUE);
    assertThat(TrinoCheck.fromTrino("varchar", JsonParser.parseString("null"))).isNull();
  }

  @Test
  void rowsMatchInOrderWithDoublesWithinTolerance() {
    List<List<Object>> trino = rows(List.of("a", BigInteger.ONE, 0.1 + 0.2));
    assertThat(TrinoCheck.firstDifference(trino, rows(List.of("a", BigInteger.ONE, 0.3)))).isNull();
    assertThat(TrinoCheck.firstDifference(trino, rows(List.of("a", BigInteger.ONE, 0.3001))))
        .startsWith("row 1 column 3");
    assertThat(TrinoCheck.firstDifference(trino, rows(List.of("a", BigInteger.TWO, 0.3))))
        .startsWith("row 1 column 2");
    assertThat(TrinoCheck.firstDifference(trino, List.of())).isEqualTo("Trino returned 1 rows, DuckDB 0");
    List<List<Object>> two = new ArrayList<>(rows(List.of("a", BigInteger.ONE, 0.3)));
    two.add(List.of("b", BigInteger.TWO, 0.5));
    List<List<Object>> swapped = List.of(two.get(1), two.get(0));
    assertThat(TrinoCheck.firstDifference(two, swapped)).as("order matters").startsWith("row 1 column 1");
    assertThat(TrinoCheck.same(Double.NaN, Double.NaN)).isTrue();
    assertThat(TrinoCheck.same(List.of(1.0, "x"), List.of(1.0 + 1e-12, "x"))).isTrue();
    assertThat(TrinoCheck.same(null, BigInteger.ZERO)).isFalse();
  }

  @Test
  void clientFollowsNextUriAcrossPagesAndReportsTrinoErrors() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Map<String, String> headers = new ConcurrentHashMap<>();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/v1/statement", exchange -> {
      String sql = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      headers.put("user", exchange.getRequestHeaders().getFirst("X-Trino-User"));
      headers.put("catalog", exchange.getRequestHeaders().getFirst("X-Trino-Catalog"));
      headers.put("schema", exchange.getRequestHeaders().getFirst("X-Trino-Schema"));
      String body = sql.startsWith("SELECT")
          ? "{\"id\":\"q1\",\"nextUri\":\"" + base + "/page/1\"}"
          : "{\"id\":\"q2\",\"error\":{\"message\":\"line 1:1: mismatched input 'QUALIFY'\",\"errorName\":\"SYNTAX_ERROR\"}}";
      respond(exchange, body);
    });
    server.createContext("/page/", exchange -> respond(exchange, exchange.getRequestURI().getPath().endsWith("/1")
        ? "{\"id\":\"q1\",\"columns\":[{\"name\":\"n\",\"type\":\"bigint\"},{\"name\":\"d\",\"type\":\"date\"}],"
            + "\"data\":[[1,\"2025-01-01\"]],\"nextUri\":\"" + base + "/page/2\"}"
        : "{\"id\":\"q1\",\"columns\":[{\"name\":\"n\",\"type\":\"bigint\"},{\"name\":\"d\",\"type\":\"date\"}],"
            + "\"data\":[[2,null]]}"));
    server.start();
    try {
      TrinoClient client = new TrinoClient(URI.create(base), "hive", "paperscope");
      TrinoClient.Result result = client.execute("SELECT n, d FROM t");
      assertThat(result.columns()).containsExactly(new TrinoClient.Column("n", "bigint"), new TrinoClient.Column("d", "date"));
      assertThat(result.rows()).hasSize(2);
      assertThat(result.rows().get(1).get(0).getAsLong()).isEqualTo(2);
      assertThat(headers).containsEntry("user", "paperscope").containsEntry("catalog", "hive")
          .containsEntry("schema", "paperscope");
      assertThatThrownBy(() -> client.execute("QUALIFY x")).isInstanceOf(IOException.class)
          .hasMessageContaining("'QUALIFY x'").hasMessageContaining("mismatched input").hasMessageContaining("SYNTAX_ERROR");
    } finally {
      server.stop(0);
    }
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static List<List<Object>> rows(List<Object> row) {
    return List.of(row);
  }
}
