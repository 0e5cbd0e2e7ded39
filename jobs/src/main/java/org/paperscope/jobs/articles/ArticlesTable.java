package org.paperscope.jobs.articles;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paperscope.jobs.DayKey;
import org.paperscope.jobs.RunContext;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.TableSpec;
import org.paperscope.jobs.spark.Tables;

/** The published {@code articles} table as later stages read it. */
public final class ArticlesTable {
  /** Schema of the articles table, partition columns included. */
  public static final StructType SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("issue_id", DataTypes.StringType)
      .add("seq", DataTypes.IntegerType)
      .add("headline", DataTypes.StringType)
      .add("subheadings", DataTypes.createArrayType(DataTypes.StringType))
      .add("lead_type", DataTypes.StringType)
      .add("reporters", DataTypes.createArrayType(DataTypes.StringType))
      .add("author_tag", DataTypes.StringType)
      .add("body", DataTypes.StringType)
      .add("captions", DataTypes.createArrayType(DataTypes.StringType))
      .add("char_count", DataTypes.IntegerType)
      .add("page", DataTypes.IntegerType)
      .add("continued_to_page", DataTypes.IntegerType)
      .add("continued_from_page", DataTypes.IntegerType)
      .add("breaks_repaired", DataTypes.IntegerType)
      .add("duplicates_removed", DataTypes.IntegerType)
      .add("boilerplate_removed", DataTypes.IntegerType)
      .add("section", DataTypes.StringType)
      .add("kicker", DataTypes.StringType)
      .add("subtitle", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("dateline", DataTypes.StringType)
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType);

  /** The published table: per day, in publication/issue_month folders. */
  public static final TableSpec SPEC = TableSpec.daily(IngestStage.ARTICLES, SCHEMA, "article_id");

  /** The published {@code issues} table. */
  public static final TableSpec ISSUES = TableSpec.daily(IngestStage.ISSUES, new StructType()
      .add("issue_id", DataTypes.StringType)
      .add("source_path", DataTypes.StringType)
      .add("bytes", DataTypes.LongType)
      .add("sha256", DataTypes.StringType)
      .add("encoding", DataTypes.StringType)
      .add("layout", DataTypes.StringType)
      .add("input_format", DataTypes.StringType)
      .add("article_count", DataTypes.IntegerType), "issue_id");

  /** The published {@code rejects} table (undated files under issue_month=undated). */
  public static final TableSpec REJECTS = TableSpec.daily(IngestStage.REJECTS, new StructType()
      .add("source_path", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("detail", DataTypes.StringType)
      .add("item", DataTypes.IntegerType)
      .add("run_id", DataTypes.StringType), "source_path", "item");

  private ArticlesTable() {}

  /** Every published article of the warehouse. */
  public static Dataset<Row> readAll(RunContext context) {
    return Tables.read(context.spark(), context.warehouse(), SPEC);
  }

  /**
   * The articles of the days this run owns: within [from, to] and, when ingest ran, of the run's
   * publications. Makes sure {@link RunContext#coveredDays()} is set (a stage run on its own takes
   * the days that have articles).
   */
  public static Dataset<Row> readRun(RunContext context) {
    ensureCoveredDays(context);
    if (context.runArticles() != null) {
      return context.runArticles();
    }
    Dataset<Row> articles = readAll(context).filter(inRange(context));
    if (!context.publications().isEmpty()) {
      articles = articles.filter(col("publication").isin(context.publications().toArray()));
    }
    return articles;
  }

  /** Tasks per core for detection: HanLP work is uneven between days. */
  private static final int TASKS_PER_CORE = 4;

  /**
   * The text of the run's articles ({@link ArticleTextRow#COLUMNS}), spread over a few tasks per
   * core and kept in memory, shared by every stage of the run that detects something in it (one
   * shuffle of the text per run).
   */
  public static Dataset<Row> runText(RunContext context) {
    if (context.runText() == null) {
      int partitions = Math.max(1, context.spark().sparkContext().defaultParallelism() * TASKS_PER_CORE);
      context.useRunText(readRun(context).selectExpr(ArticleTextRow.COLUMNS).repartition(partitions)
          .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK()));
    }
    return context.runText();
  }

  /** Sets the covered days from the articles table when no ingest ran before in this run. */
  public static void ensureCoveredDays(RunContext context) {
    if (context.hasCoveredDays()) {
      return;
    }
    Set<DayKey> days = new TreeSet<>();
    // One row per day and publication: at most a few thousand rows a year.
    for (Row row : readAll(context).filter(inRange(context)).select("publication", "issue_date").distinct()
        .collectAsList()) {
      days.add(new DayKey(row.getString(0), row.getLocalDate(1)));
    }
    context.setCoveredDays(days);
  }

  private static Column inRange(RunContext context) {
    Column condition = lit(true);
    LocalDate from = context.from();
    LocalDate to = context.to();
    // The issue_month conditions prune whole partitions before any file is opened.
    if (from != null) {
      condition = condition.and(col(TableSpec.ISSUE_MONTH).geq(lit(ParquetSink.month(from))))
          .and(col("issue_date").geq(lit(java.sql.Date.valueOf(from))));
    }
    if (to != null) {
      condition = condition.and(col(TableSpec.ISSUE_MONTH).leq(lit(ParquetSink.month(to))))
          .and(col("issue_date").leq(lit(java.sql.Date.valueOf(to))));
    }
    return condition;
  }
}
