package org.paperscope.analyst;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Options of {@code paperscope report}, parsed and validated once; errors name the bad value.
 *
 * @param warehouse warehouse root to read
 * @param output folder the report is written to ({@code report.html} and the chart library's licence)
 * @param topics topics to show; empty means every topic of {@code term_trends}
 * @param from first month shown (inclusive), or null
 * @param to last day shown (inclusive), or null
 * @param publication the one publication shown, or null for all
 * @param contextsPerPeriod keyword-in-context lines embedded per topic, publication and month
 */
public record ReportOptions(Path warehouse, Path output, List<String> topics, LocalDate from,
    LocalDate to, String publication, int contextsPerPeriod) {

  /** Default of {@code --contexts-per-period}. */
  public static final int DEFAULT_CONTEXTS_PER_PERIOD = 5;

  static final String USAGE = """
      Usage: paperscope report --warehouse PATH --output DIR [--topics T1,T2] [--from YYYY-MM-DD]
                               [--to YYYY-MM-DD] [--publication NAME] [--contexts-per-period N]
      Writes DIR/report.html: one self-contained page (no network) with the topic trends, first-seen
      dates, emerging terms, keyword-in-context lines, ministry co-occurrence, data quality and
      provenance of the warehouse.""";

  public ReportOptions {
    topics = List.copyOf(topics);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (contextsPerPeriod < 0) {
      throw new IllegalArgumentException("--contexts-per-period must be >= 0, got " + contextsPerPeriod);
    }
  }

  /** Parses the arguments after {@code report}. */
  public static ReportOptions parse(String[] args) {
    Path warehouse = null;
    Path output = null;
    List<String> topics = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    String publication = null;
    int contexts = DEFAULT_CONTEXTS_PER_PERIOD;
    CliArgs cli = new CliArgs("report", args);
    while (cli.hasNext()) {
      String option = cli.next();
      switch (option) {
        case "--warehouse" -> warehouse = Path.of(cli.value(option));
        case "--output" -> output = Path.of(cli.value(option));
        case "--topics" -> Arrays.stream(cli.value(option).split(","))
            .map(String::strip).filter(t -> !t.isEmpty()).forEach(topics::add);
        case "--from" -> from = date(option, cli.value(option));
        case "--to" -> to = date(option, cli.value(option));
        case "--publication" -> publication = cli.value(option);
        case "--contexts-per-period" -> contexts = cli.intValue(option);
        default -> throw new IllegalArgumentException("Unknown option '" + option + "' of report\n" + USAGE);
      }
    }
    if (warehouse == null || output == null) {
      throw new IllegalArgumentException("report needs --warehouse and --output\n" + USAGE);
    }
    return new ReportOptions(warehouse, output, topics, from, to, publication, contexts);
  }

  static LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " expects YYYY-MM-DD, got '" + value + "'", e);
    }
  }
}
