package org.paperscope.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportPageTest {

  @Test
  void embeddedJsonCannotCloseItsElementNorBreakScriptText() {
    JsonObject data = new JsonObject();
    String hostile = HostileWarehouse.CLOSE_SCRIPT + HostileWarehouse.TEXTAREA + "&amp;" + HostileWarehouse.SEPARATORS;
    data.addProperty("headline", hostile);
    String json = ReportPage.json(data);
    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029")
        .contains("\\u003c/script\\u003e", "\\u0026amp;", "\\u2028", "\\u2029");
    assertThat(JsonParser.parseString(json).getAsJsonObject().get("headline").getAsString()).isEqualTo(hostile);
  }

  @Test
  void pageAllowsNoNetworkAndOnlyItsOwnScripts() {
    JsonObject data = new JsonObject();
    data.addProperty("headline", HostileWarehouse.SCRIPT);
    String page = ReportPage.render(data);
    Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(page);
    assertThat(csp.find()).isTrue();
    assertThat(csp.group(1)).startsWith("default-src 'none'; script-src 'sha256-").contains("connect-src 'none'")
        .doesNotContain("unsafe-eval").doesNotContain("script-src 'unsafe-inline'").doesNotContain("http");
    assertThat(Pattern.compile("<script>").matcher(page).results().count()).as("inline scripts").isEqualTo(2);
    assertThat(page).doesNotContain(HostileWarehouse.SCRIPT).doesNotContain("src=\"http").doesNotContain("href=\"http");
  }

  @Test
  void csvCellsGuardFormulasAndQuote() {
    assertThat(CsvCells.cell("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvCells.cell("+SUM(A1)")).isEqualTo("'+SUM(A1)");
    assertThat(CsvCells.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvCells.cell("@cmd")).isEqualTo("'@cmd");
    assertThat(CsvCells.cell(HostileWarehouse.FORMULA)).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\"");
    assertThat(CsvCells.cell(-0.25)).isEqualTo("-0.25");
    assertThat(CsvCells.cell("工业和信息化部")).isEqualTo("工业和信息化部");
    assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvCells.cell(null)).isEmpty();
  }

  @Test
  void optionsNameTheBadValue() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ReportOptions.parse(new String[] {
        "--warehouse", "w", "--output", "o", "--from", "2025-13-01"})))
        .hasMessage("--from expects YYYY-MM-DD, got '2025-13-01'");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ReportOptions.parse(new String[] {
        "--warehouse", "w", "--output", "o", "--from", "2025-02-01", "--to", "2025-01-01"})))
        .hasMessage("--from 2025-02-01 is after --to 2025-01-01");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ExportOptions.parse(new String[] {
        "--warehouse", "w", "--output", "o", "--location", "s3a://x'y"})))
        .hasMessage("--location must not contain a quote or a backslash, got 's3a://x'y'");
    assertThat(AnalystMain.run(new String[] {"report", "--warehouse", "/nonexistent-warehouse", "--output", "o"}))
        .isEqualTo(AnalystMain.USAGE);
  }
}
