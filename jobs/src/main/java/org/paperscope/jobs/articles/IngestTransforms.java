package org.paperscope.jobs.articles;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paperscope.common.issue.DuplicateIssues;
import org.paperscope.common.issue.IssueSimilarity;
import org.paperscope.common.input.RejectReason;
import org.paperscope.jobs.spark.DayKey;

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
   * Rejects the same issue read twice: among the readable files of one publication and date,
   * byte-identical copies become {@code duplicate_content} and files whose bodies are mostly the
   * same as a kept file's become {@code near_duplicate}, with the similarity in the detail (the
   * rule is {@link DuplicateIssues}). Days with one readable file pass unchanged.
   *
   * <p>Only the days with two or more readable files can hold a duplicate: their keys are found
   * first (one small aggregate; at most a few thousand days a year, like {@link #days}), and only
   * their files are grouped and judged. Every other file passes through without a shuffle of its
   * text; with no such day at all, {@code parsed} is returned as it is. Read twice, so
   * {@code parsed} should be persisted by the caller.
   *
   * <p>In and out: {@link ParsedFileRow}, one row per file; rejected files lose their articles.
   *
   * @param minSimilarity {@code input.near-duplicate-min-similarity}
   */
  public static Dataset<ParsedFileRow> rejectDuplicates(Dataset<ParsedFileRow> parsed, double minSimilarity) {
    // A day is keyed as JudgeDay groups it: publication and issue date, null (undated) included.
    List<Row> sharedDays = parsed.filter(col("rejectReason").isNull().and(col("sha256").isNotNull()))
        .groupBy(col("publication"), col("issueDate")).count()
        .filter(col("count").geq(2))
        .select(col("publication").as("shared_publication"), col("issueDate").as("shared_date"))
        .collectAsList();
    if (sharedDays.isEmpty()) {
      return parsed;
    }
    Dataset<Row> shared = parsed.sparkSession().createDataFrame(sharedDays, new StructType()
            .add("shared_publication", DataTypes.StringType)
            .add("shared_date", DataTypes.DateType))
        .withColumn("shared", lit(true));
    Dataset<Row> marked = parsed.toDF().join(broadcast(shared),
        col("publication").eqNullSafe(col("shared_publication"))
            .and(col("issueDate").eqNullSafe(col("shared_date"))), "left");
    Column[] fields = java.util.Arrays.stream(ParsedFileRow.ENCODER.schema().fieldNames())
        .map(name -> col(name)).toArray(Column[]::new);
    Dataset<ParsedFileRow> alone = marked.filter(col("shared").isNull()).select(fields).as(ParsedFileRow.ENCODER);
    Dataset<ParsedFileRow> judged = marked.filter(col("shared").isNotNull()).select(fields).as(ParsedFileRow.ENCODER)
        .groupByKey((MapFunction<ParsedFileRow, String>) row -> row.getPublication() + "\u0000" + row.getIssueDate(),
            Encoders.STRING())
        .flatMapGroups(new JudgeDay(minSimilarity), ParsedFileRow.ENCODER);
    return alone.union(judged);
  }

  /** The files of one publication and date, judged together. */
  private static final class JudgeDay implements FlatMapGroupsFunction<String, ParsedFileRow, ParsedFileRow> {
    private static final long serialVersionUID = 1L;
    private final double minSimilarity;

    JudgeDay(double minSimilarity) {
      this.minSimilarity = minSimilarity;
    }

    @Override
    public Iterator<ParsedFileRow> call(String day, Iterator<ParsedFileRow> rows) {
      List<ParsedFileRow> files = new ArrayList<>();
      rows.forEachRemaining(files::add);
      List<DuplicateIssues.Candidate> candidates = new ArrayList<>();
      for (ParsedFileRow file : files) {
        if (file.getRejectReason() == null && file.getSha256() != null) {
          candidates.add(new DuplicateIssues.Candidate(file.getSourcePath(), file.getSha256(), fingerprint(file)));
        }
      }
      if (candidates.size() < 2) {
        return files.iterator();
      }
      Map<String, DuplicateIssues.Verdict> verdicts = DuplicateIssues.judge(candidates, minSimilarity);
      for (ParsedFileRow file : files) {
        DuplicateIssues.Verdict verdict = verdicts.get(file.getSourcePath());
        if (verdict != null) {
          file.setRejectReason(verdict.reason().code());
          file.setRejectDetail(verdict.detail());
          file.setArticles(List.of());
        }
      }
      return files.iterator();
    }

    private static IssueSimilarity.Fingerprint fingerprint(ParsedFileRow file) {
      List<String> headlines = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      for (ArticleRow article : file.getArticles()) {
        headlines.add(article.getHeadline());
        bodies.add(article.getBody());
      }
      return IssueSimilarity.fingerprint(headlines, bodies);
    }
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
