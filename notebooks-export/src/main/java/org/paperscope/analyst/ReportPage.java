package org.paperscope.analyst;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report as one HTML document: the template, the chart library and the page script inlined,
 * the data as JSON in a {@code <script type="application/json">} element, and a
 * Content-Security-Policy that allows no network and only these two scripts (by hash).
 *
 * <p>The JSON is written by Gson with its HTML-safe escaping: {@code <}, {@code >}, {@code &},
 * {@code =} and {@code '} become {@code \u003c} …, and U+2028/U+2029 are always escaped, so no
 * archive string can close the element or start markup.
 */
public final class ReportPage {

  static final String RESOURCES = "/org/paperscope/analyst/";
  /** The chart library and its licence files, copied from npm at build time (see web/package.json). */
  static final String ECHARTS = RESOURCES + "vendor/dist/echarts.min.js";
  static final String ECHARTS_LICENSE = RESOURCES + "vendor/LICENSE";
  static final String ECHARTS_NOTICE = RESOURCES + "vendor/NOTICE";

  private static final Gson GSON = new GsonBuilder().serializeNulls().create();

  private ReportPage() {}

  /** The JSON text of {@code data} as embedded in the page. */
  public static String json(JsonObject data) {
    return GSON.toJson(data);
  }

  /** The whole page for {@code data}. */
  public static String render(JsonObject data) {
    String echarts = resource(ECHARTS);
    String app = resource(RESOURCES + "report.js");
    for (String script : new String[] {echarts, app}) {
      if (script.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
        throw new IllegalStateException("An inlined script contains </script; it cannot be embedded as is");
      }
    }
    String csp = "default-src 'none'; script-src " + hash(echarts) + " " + hash(app)
        + "; style-src 'unsafe-inline'; img-src data: blob:; font-src 'none'; connect-src 'none';"
        + " base-uri 'none'; form-action 'none'; object-src 'none'";
    return resource(RESOURCES + "report.html")
        .replace("{{CSP}}", csp)
        .replace("{{STYLE}}", resource(RESOURCES + "report.css"))
        .replace("{{DATA}}", json(data))
        .replace("{{ECHARTS}}", echarts)
        .replace("{{APP}}", app);
  }

  static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " (build the module with Maven: npm ci copies the chart library)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + name, e);
    }
  }

  private static String hash(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
