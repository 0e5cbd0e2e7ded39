package org.paperscope.jobs.articles;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.paperscope.common.input.RejectReason;

/**
 * A parser regression must not pass as success: a {@code parse_error} is the parser failing (a
 * bug), not bad input, so when more than {@code input.max-parse-error-share} of the files read
 * fail that way the run stops before writing anything and exits 1, naming the first files.
 */
final class ParseErrorGuard {
  /** Files named in the error message. */
  private static final int EXAMPLES = 5;

  private ParseErrorGuard() {}

  /**
   * @param parsed    every file read, after parsing
   * @param filesRead files sent to the parser (the share's denominator)
   * @param maxShare  {@code input.max-parse-error-share}
   * @throws TooManyParseErrorsException when parse errors exceed {@code maxShare × filesRead}
   */
  static void check(Dataset<ParsedFileRow> parsed, long filesRead, double maxShare) {
    if (filesRead == 0) {
      return;
    }
    Dataset<ParsedFileRow> errors = parsed.filter(col("rejectReason").equalTo(RejectReason.PARSE_ERROR.code()));
    long count = errors.count();
    if (count <= maxShare * filesRead) {
      return;
    }
    List<String> examples = new ArrayList<>();
    for (Row row : errors.select(col("sourcePath"), col("rejectDetail")).orderBy(col("sourcePath"))
        .limit(EXAMPLES).collectAsList()) {
      examples.add(row.getString(0) + " (" + row.getString(1) + ")");
    }
    throw new TooManyParseErrorsException(String.format(Locale.ROOT,
        "%d of %d files read (%.1f%%) failed with parse_error, more than %s=%s allows: the parser is likely"
            + " broken, so nothing was written; first: %s",
        count, filesRead, 100.0 * count / filesRead, IngestOptions.MAX_PARSE_ERROR_SHARE,
        stripZeros(maxShare), String.join("; ", examples)));
  }

  private static String stripZeros(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The run failed because the parser failed on too many files (exit code 1). */
  static final class TooManyParseErrorsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyParseErrorsException(String message) {
      super(message);
    }
  }
}
