package org.paperscope.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the report of the demo warehouse and of the hostile fixture in headless Chromium: no
 * console error, every chart drew a canvas with data, no payload ran, payloads show as text, and a
 * click on a trend point lists that month's keyword-in-context lines. Screenshots go to
 * {@code target/screenshots/}.
 */
class ReportBrowserTest {

  private static ChromeDriver driver;

  @TempDir
  static Path temp;

  @BeforeAll
  static void startBrowser() {
    driver = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void demoReportRendersEveryViewAndDrillsDownToContexts() throws Exception {
    Path warehouse = DemoWarehouse.get();
    Path html = report(warehouse, temp.resolve("demo-report"));
    open(html);
    assertChartsRendered();
    String topic = "新质生产力";
    String publication = "demo-daily";
    selectOnly(publication, topic);
    String month = "2025-03";
    clickTrendPoint(topic, month);
    List<List<String>> expected = contexts(warehouse, topic, publication, month);
    assertThat(expected).as("the demo slice has 新质生产力 contexts in March 2025").isNotEmpty();
    assertThat(kwicRows()).isEqualTo(expected);
    assertThat(driver.findElement(By.id("kwic-title")).getText()).contains(topic).contains(month);
    screenshot("demo-report");
    assertNoConsoleErrors();
  }

  @Test
  void hostileStringsStayTextAndNeverRun() throws Exception {
    Path warehouse = HostileWarehouse.write(temp.resolve("hostile"));
    Path html = report(warehouse, temp.resolve("hostile-report"));
    String page = Files.readString(html);
    for (String payload : HostileWarehouse.PAYLOADS) {
      assertThat(page).as("raw payload in the page source").doesNotContain(payload);
    }
    open(html);
    assertChartsRendered();
    clickTrendPoint(HostileWarehouse.TOPIC, HostileWarehouse.MONTH);
    assertThat(kwicRows()).isNotEmpty();
    hoverEveryChart();
    String text = driver.findElement(By.tagName("body")).getText();
    assertThat(text).contains(HostileWarehouse.SCRIPT, HostileWarehouse.CLOSE_SCRIPT, HostileWarehouse.TEXTAREA,
        HostileWarehouse.IMG, HostileWarehouse.LINK);
    assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector("main img, main script, main a[href^='javascript']"))).isEmpty();
    screenshot("hostile-report");
    assertNoConsoleErrors();
  }

  private static Path report(Path warehouse, Path output) throws Exception {
    ReportCommand.Result result = ReportCommand.run(new ReportOptions(warehouse, output, List.of(), null, null, null,
        ReportOptions.DEFAULT_CONTEXTS_PER_PERIOD));
    return result.html();
  }

  private static void open(Path html) {
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(html.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
        "true".equals(((JavascriptExecutor) d).executeScript(
            "return document.body.getAttribute('data-report-ready')")));
  }

  private static Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @SuppressWarnings("unchecked")
  private static void assertChartsRendered() {
    List<Map<String, Object>> charts = (List<Map<String, Object>>) js("""
        return Array.prototype.map.call(document.querySelectorAll('.chart'), function (el) {
          var chart = echarts.getInstanceByDom(el);
          var series = chart ? chart.getOption().series : [];
          var points = series.reduce(function (n, s) { return n + ((s.data || []).length); }, 0);
          return {id: el.id, canvas: el.querySelectorAll('canvas, svg').length, series: series.length, points: points};
        });""");
    assertThat(charts).extracting(c -> c.get("id")).containsExactly("chart-trends", "chart-first-seen",
        "chart-emerging", "chart-heatmap", "chart-network", "chart-issues", "chart-repairs", "chart-rejects",
        "chart-conflicts");
    for (Map<String, Object> chart : charts) {
      assertThat((Long) chart.get("canvas")).as("canvas of %s", chart.get("id")).isPositive();
      assertThat((Long) chart.get("series")).as("series of %s", chart.get("id")).isPositive();
      assertThat((Long) chart.get("points")).as("data points of %s", chart.get("id")).isPositive();
    }
  }

  /** Ticks exactly one topic box in the trend view, for the given publication. */
  private static void selectOnly(String publication, String topic) {
    js("""
        var select = document.getElementById('trend-publication');
        select.value = arguments[0];
        select.dispatchEvent(new Event('change'));""", publication);
    for (WebElement box : driver.findElements(By.cssSelector("#trend-topics input[type=checkbox]"))) {
      boolean wanted = box.getAttribute("value").equals(topic);
      if (box.isSelected() != wanted) {
        box.click();
      }
    }
  }

  /** Moves the real mouse onto the point of {@code topic} at {@code month} and clicks it. */
  @SuppressWarnings("unchecked")
  private static void clickTrendPoint(String topic, String month) {
    WebElement element = driver.findElement(By.id("chart-trends"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    List<Number> point = (List<Number>) js("""
        var chart = echarts.getInstanceByDom(document.getElementById('chart-trends'));
        var option = chart.getOption();
        for (var i = 0; i < option.series.length; i++) {
          var s = option.series[i];
          if (s.type !== 'line' || s.name !== arguments[0] || String(s.id).indexOf('topic-') !== 0) { continue; }
          var months = option.xAxis[0].data;
          var x = months.indexOf(arguments[1]);
          var value = s.data[x] && (s.data[x].value != null ? s.data[x].value : s.data[x]);
          return chart.convertToPixel({seriesIndex: i}, [x, value]);
        }
        return null;""", topic, month);
    assertThat(point).as("a trend point of %s in %s", topic, month).isNotNull();
    int width = element.getRect().getWidth();
    int height = element.getRect().getHeight();
    new Actions(driver)
        .moveToElement(element, point.get(0).intValue() - width / 2, point.get(1).intValue() - height / 2)
        .click()
        .perform();
  }

  private static List<List<String>> kwicRows() {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row : driver.findElements(By.cssSelector("#kwic-table tbody tr"))) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      rows.add(List.of(cells.get(0).getText(), cells.get(1).getText()));
    }
    return rows;
  }

  /** Issue date and article id of the lines the report embeds for that month: the first N by the report's order. */
  private static List<List<String>> contexts(Path warehouse, String topic, String publication, String month)
      throws SQLException {
    try (Connection connection = Warehouse.open(warehouse).connect();
        PreparedStatement statement = connection.prepareStatement("""
            SELECT CAST(issue_date AS VARCHAR), article_id FROM term_contexts
            WHERE topic = ? AND publication = ? AND strftime(issue_date, '%Y-%m') = ?
            ORDER BY issue_date, article_id, term, section, "left", "right" LIMIT ?""")) {
      statement.setString(1, topic);
      statement.setString(2, publication);
      statement.setString(3, month);
      statement.setInt(4, ReportOptions.DEFAULT_CONTEXTS_PER_PERIOD);
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(List.of(result.getString(1), result.getString(2)));
        }
      }
      return rows;
    }
  }

  /** Shows a tooltip on the first data point of every chart, so any unescaped tooltip would run. */
  private static void hoverEveryChart() {
    js("""
        document.querySelectorAll('.chart').forEach(function (el) {
          var chart = echarts.getInstanceByDom(el);
          chart.getOption().series.forEach(function (s, i) {
            chart.dispatchAction({type: 'showTip', seriesIndex: i, dataIndex: 0});
          });
        });""");
  }

  private static void screenshot(String name) throws IOException {
    Path folder = Path.of(System.getProperty("paperscope.build.dir", "target")).resolve("screenshots");
    Files.createDirectories(folder);
    Long height = (Long) js("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(height, 9000)));
    Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
  }

  private static void assertNoConsoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    assertThat(errors).as("browser console errors and warnings").isEmpty();
  }
}
