package org.paperscope.jobs.articles;

import java.io.Serializable;
import java.time.LocalDate;
import org.paperscope.common.input.formats.FormatSettings;
import org.paperscope.common.issue.ParserSettings;

/**
 * What executors need to read and parse files: plain values, safe to ship.
 *
 * @param parser       the issue parser's rules (also applied to feed, page and record articles)
 * @param maxFileBytes {@code input.max-file-bytes}
 * @param formats      the input adapters' settings ({@code input.format}, {@code input.fields.*} …)
 * @param from         the run's first date (null = open): articles of records dated earlier are skipped
 * @param to           the run's last date (null = open)
 */
public record ParseSettings(ParserSettings parser, long maxFileBytes, FormatSettings formats, LocalDate from,
    LocalDate to) implements Serializable {

  /** Text files only, no date range: the settings tests of the issue parser use. */
  public ParseSettings(ParserSettings parser, long maxFileBytes) {
    this(parser, maxFileBytes, FormatSettings.defaults(), null, null);
  }
}
