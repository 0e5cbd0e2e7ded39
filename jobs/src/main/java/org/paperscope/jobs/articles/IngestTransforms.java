package org.paperscope.jobs.articles;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.paperscope.common.input.RejectReason;
import org.paperscope.jobs.DayKey;

/** Dataset-to-Dataset steps of ingest; none of them reads, writes or creates a session. */
public final class IngestTransforms {
  private IngestTransforms() {}

  /**
   * Reads, decodes and parses every listed file on the executors.
   *
   * <p>In: {@link InputFileRow}. Out: one {@link ParsedFileRow} per file, with its articles or a
   * reject reason.
   */
  public static Dataset<ParsedFileRow> parse(Dataset<InputFileRow> files, ParseSettings settings) {
    return files.mapPartitions(new ParseFiles(settings), ParsedFileRow.ENCODER);
  }

  /**
   * The (publication, issue date) of every parsed row that has a date: issues, rejected files and
   * dropped articles. One row per day and publication, so at most a few thousand a year.
   */
  public static Set<DayKey> days(Dataset<ParsedFileRow> parsed) {
    Dataset<Row> fileDays = parsed.filter(col("issueDate").isNotNull()).select(col("publication"), col("issueDate"));
    Dataset<Row> itemDays = parsed.select(col("publication"), explode(col("itemRejects")).as("r"))
        .filter(col("r.issueDate").isNotNull()).select(col("publication"), col("r.issueDate").as("issueDate"));
    Set<DayKey> days = new TreeSet<>();
    for (Row row : fileDays.unionByName(itemDays).distinct().collectAsList()) {
      days.add(new DayKey(row.getString(0), row.getLocalDate(1)));
    }
    return days;
  }

  /**
   * Rejects byte-identical copies of an issue: among files with the same publication, date and
   * SHA-256, the one with the smallest path is kept, the others get reason {@code duplicate_content}.
   */
  public static Dataset<ParsedFileRow> rejectDuplicateContent(Dataset<ParsedFileRow> parsed) {
    Column rank = row_number().over(Window.partitionBy(col("publication"), col("issueDate"), col("sha256"))
        .orderBy(col("sourcePath")));
    Column duplicate = col("rejectReason").isNull().and(col("sha256").isNotNull()).and(col("copy_rank").gt(1));
    return parsed.withColumn("copy_rank", rank)
        .withColumn("is_copy", duplicate)
        .withColumn("rejectReason", when(col("is_copy"), lit(RejectReason.DUPLICATE_CONTENT.code()))
            .otherwise(col("rejectReason")))
        .withColumn("rejectDetail", when(col("is_copy"), lit("same bytes as another file of this publication and date"))
            .otherwise(col("rejectDetail")))
        .drop("copy_rank", "is_copy")
        .as(ParsedFileRow.ENCODER);
  }

  /**
   * The published {@code articles} rows of accepted files. Columns in order: article_id, issue_id,
   * publication, issue_date, seq, headline, subheadings, lead_type, reporters, author_tag, body,
   * captions, char_count, page, continued_to_page, continued_from_page, breaks_repaired,
   * duplicates_removed, boilerplate_removed, section, kicker, subtitle, url, dateline.
   */
  public static Dataset<Row> articles(Dataset<ParsedFileRow> parsed) {
    return parsed.filter(col("rejectReason").isNull())
        .select(explode(col("articles")).as("a"))
        .select(
            col("a.articleId").as("article_id"),
            col("a.issueId").as("issue_id"),
            col("a.publication").as("publication"),
            col("a.issueDate").as("issue_date"),
            col("a.seq").as("seq"),
            col("a.headline").as("headline"),
            col("a.subheadings").as("subheadings"),
            col("a.leadType").as("lead_type"),
            col("a.reporters").as("reporters"),
            col("a.authorTag").as("author_tag"),
            col("a.body").as("body"),
            col("a.captions").as("captions"),
            col("a.charCount").as("char_count"),
            col("a.page").as("page"),
            col("a.continuedToPage").as("continued_to_page"),
            col("a.continuedFromPage").as("continued_from_page"),
            col("a.breaksRepaired").as("breaks_repaired"),
            col("a.duplicatesRemoved").as("duplicates_removed"),
            col("a.boilerplateRemoved").as("boilerplate_removed"),
            col("a.section").as("section"),
            col("a.kicker").as("kicker"),
            col("a.subtitle").as("subtitle"),
            col("a.url").as("url"),
            col("a.dateline").as("dateline"));
  }

  /**
   * The published {@code issues} rows: issue_id, publication, issue_date, source_path, bytes,
   * sha256, encoding, layout, input_format, article_count.
   */
  public static Dataset<Row> issues(Dataset<ParsedFileRow> parsed) {
    return parsed.filter(col("rejectReason").isNull())
        .select(
            col("issueId").as("issue_id"),
            col("publication"),
            col("issueDate").as("issue_date"),
            col("sourcePath").as("source_path"),
            col("bytes"),
            col("sha256"),
            col("encoding"),
            col("layout"),
            col("inputFormat").as("input_format"),
            size(col("articles")).as("article_count"));
  }

  /**
   * The published {@code rejects} rows of the run: files rejected while reading plus those the
   * driver rejected while listing, plus the single articles dropped from feed, page and record
   * files (those of a file kept as an issue or rejected as {@code no_articles}; a duplicate file's
   * are not repeated). Columns: source_path, reason, detail, item (the article's position in its
   * file; null for a whole file), run_id, publication, issue_date (null when undated: such rows
   * live under {@code issue_month=undated}).
   */
  public static Dataset<Row> rejects(Dataset<ParsedFileRow> parsed, Dataset<RejectRow> listed, String runId) {
    Dataset<Row> fromFiles = parsed.filter(col("rejectReason").isNotNull())
        .select(col("sourcePath"), col("publication"), col("issueDate"),
            col("rejectReason").as("reason"), col("rejectDetail").as("detail"), lit(null).cast("int").as("item"));
    Dataset<Row> fromListing = listed.select(col("sourcePath"), col("publication"), col("issueDate"),
        col("reason"), col("detail"), lit(null).cast("int").as("item"));
    Dataset<Row> fromItems = parsed
        .filter(col("rejectReason").isNull().or(col("rejectReason").equalTo(RejectReason.NO_ARTICLES.code())))
        .select(col("sourcePath"), col("publication"), explode(col("itemRejects")).as("r"))
        .select(col("sourcePath"), col("publication"), col("r.issueDate").as("issueDate"),
            col("r.reason").as("reason"), col("r.detail").as("detail"), col("r.item").as("item"));
    return fromFiles.unionByName(fromListing).unionByName(fromItems)
        .select(
            col("sourcePath").as("source_path"),
            col("reason"),
            col("detail"),
            col("item"),
            lit(runId).as("run_id"),
            col("publication"),
            col("issueDate").as("issue_date"));
  }

  /**
   * The run's accepted issues, their articles and the rejects (files, plus the single articles
   * dropped from feed, page and record files), in one row of three longs.
   *
   * <p>In: parsed files. Out: (issues, articles, rejects).
   */
  public static Row totals(Dataset<ParsedFileRow> parsed) {
    Column accepted = col("rejectReason").isNull();
    return parsed.agg(
            org.apache.spark.sql.functions.sum(when(accepted, 1L).otherwise(0L)),
            org.apache.spark.sql.functions.sum(when(accepted, size(col("articles"))).otherwise(0)).cast("long"),
            org.apache.spark.sql.functions.sum(when(accepted, 0L).otherwise(1L).plus(when(
                accepted.or(col("rejectReason").equalTo(RejectReason.NO_ARTICLES.code())), size(col("itemRejects")))
                .otherwise(0))))
        .na().fill(0L)
        .first();
  }
}
