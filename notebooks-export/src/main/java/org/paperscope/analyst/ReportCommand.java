package org.paperscope.analyst;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** {@code paperscope report}: writes {@code report.html} and the chart library's licence into the output folder. */
public final class ReportCommand {

  /** Where the report went and how much data it embeds. */
  public record Result(Path html, long htmlBytes, long dataBytes) {}

  private ReportCommand() {}

  public static Result run(ReportOptions options) throws IOException, SQLException {
    Warehouse warehouse = Warehouse.open(options.warehouse());
    JsonObject data = new ReportData(warehouse, options).collect();
    Files.createDirectories(options.output());
    Path html = options.output().resolve("report.html");
    String page = ReportPage.render(data);
    Files.writeString(html, page, StandardCharsets.UTF_8);
    Files.writeString(options.output().resolve("ECHARTS-LICENSE.txt"),
        ReportPage.resource(ReportPage.ECHARTS_LICENSE) + "\n\n" + ReportPage.resource(ReportPage.ECHARTS_NOTICE),
        StandardCharsets.UTF_8);
    long dataBytes = ReportPage.json(data).getBytes(StandardCharsets.UTF_8).length;
    return new Result(html, Files.size(html), dataBytes);
  }
}
