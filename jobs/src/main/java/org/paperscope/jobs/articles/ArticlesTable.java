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
import org.paperscope.jobs.run.RunScope;
import org.paperscope.jobs.run.RunSpec;
import org.paperscope.jobs.spark.DayKey;
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
  public static Dataset<Row> readAll(RunSpec spec) {
    return Tables.read(spec.spark(), spec.warehouse().root(), SPEC);
  }

  /**
   * The scope of a stage: {@code earlier} when a stage before it in the run decided it, else the
   * days of the spec's range that have articles (a stage run on its own), with their month locks
   * taken.
   */
  public static RunScope scope(RunSpec spec, RunScope earlier) {
    if (earlier != null) {
      return earlier;
    }
    Set<DayKey> days = new TreeSet<>();
    // One row per day and publication: at most a few thousand rows a year.
    for (Row row : readAll(spec).filter(inRange(spec)).select("publication", "issue_date").distinct()
        .collectAsList()) {
      days.add(new DayKey(row.getString(0), row.getLocalDate(1)));
    }
    return RunScope.lock(spec, days, Set.of(), null, false);
  }

  /**
   * The articles of the days the scope owns: the run's own when ingest kept them in memory, else
   * those of the articles table within [from, to] and of the scope's publications.
   */
  public static Dataset<Row> readRun(RunSpec spec, RunScope scope) {
    if (scope.articles() != null) {
      return scope.articles();
    }
    Dataset<Row> articles = readAll(spec).filter(inRange(spec));
    if (!scope.publications().isEmpty()) {
      articles = articles.filter(col("publication").isin(scope.publications().toArray()));
    }
    return articles;
  }

  /** Tasks per core for detection: HanLP work is uneven between days. */
  private static final int TASKS_PER_CORE = 4;

  /**
   * The scope (see {@link #scope}) with the text of the run's articles
   * ({@link ArticleTextRow#COLUMNS}), spread over a few tasks per core and kept in memory, shared
   * by every stage of the run that detects something in it (one shuffle of the text per run).
   * Read the text with {@link RunScope#text()}; the run drops it with {@link RunScope#release()}.
   */
  public static RunScope withText(RunSpec spec, RunScope earlier) {
    RunScope scope = scope(spec, earlier);
    if (scope.text() != null) {
      return scope;
    }
    int partitions = Math.max(1, spec.spark().sparkContext().defaultParallelism() * TASKS_PER_CORE);
    Dataset<Row> text = readRun(spec, scope).selectExpr(ArticleTextRow.COLUMNS).repartition(partitions)
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    if (scope.articles() != null) {
      // The articles ingest kept were kept for this text only: once it is in memory (one job,
      // the shuffle the first detector would have run), their copy of every article goes, and
      // the detectors and aggregates get that memory back (on xwlb x10 both did not fit).
      text.count();
      scope.articles().unpersist();
    }
    return scope.withText(text);
  }

  private static Column inRange(RunSpec context) {
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
