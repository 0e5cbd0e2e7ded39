package org.paperscope.jobs.articles;

import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The two dimensions of the per-day count tables ({@code term_days}, {@code term_day_counts},
 * {@code ministry_days}, {@code ministry_day_counts}, {@code pair_day_counts}): whether an article
 * is on the front page and its section. Every article falls in exactly one stratum (publication ×
 * day × front_page × section), so the sum over the strata of a day is the day; a stratum whose
 * page or section is unknown has NULL there, and NULLs group together.
 */
public final class Strata {
  public static final String FRONT_PAGE = "front_page";
  public static final String SECTION = "section";
  /** The page number of the front page. */
  public static final int FRONT_PAGE_NUMBER = 1;

  private Strata() {}

  /**
   * {@code front_page} from a page column: true for page 1, false for a known other page, null
   * when the page is unknown (SQL's {@code page = 1} gives exactly that).
   */
  public static Column frontPage(Column page) {
    return page.equalTo(FRONT_PAGE_NUMBER);
  }

  /** {@code rows} as one stratum of unknown page and section (front_page and section NULL). */
  public static Dataset<Row> unknown(Dataset<Row> rows) {
    return rows.withColumn(FRONT_PAGE, lit(null).cast(DataTypes.BooleanType))
        .withColumn(SECTION, lit(null).cast(DataTypes.StringType));
  }
}
