package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paperscope.jobs.spark.MeasureColumns;
import org.paperscope.jobs.articles.ArticleTextRow;
import org.paperscope.jobs.articles.Strata;

/**
 * The small per-day count tables of the trends stage and the aggregates built from them alone, so
 * that a run never reads every article again: {@code term_days} (what was processed, with which
 * term list), {@code term_day_counts} (per day and key), and {@code term_trends} summed from them.
 * Nothing here reads, writes or creates a session.
 */
public final class TrendCounts {
  private TrendCounts() {}

  /**
   * The {@code term_days} rows of the processed articles: per publication, day, front_page and
   * section ({@link Strata}), the articles and their chars (all text, headline only, body only),
   * stamped with the term list's hash.
   *
   * <p>In: {@link ArticleTextRow}s of the processed days. Out: {@link TrendsTables#TERM_DAYS_SPEC}
   * without issue_month.
   */
  public static Dataset<Row> days(Dataset<ArticleTextRow> articles, String termListHash, String runId) {
    Column headline = coalesce(org.apache.spark.sql.functions.expr("char_length(headline)"), lit(0));
    Column subheadings = coalesce(org.apache.spark.sql.functions.expr(
        "aggregate(subheadings, 0, (acc, s) -> acc + char_length(s))"), lit(0));
    Column body = coalesce(org.apache.spark.sql.functions.expr("char_length(body)"), lit(0));
    return articles.toDF()
        .groupBy(col("publication"), col("issueDate").as("issue_date"),
            Strata.frontPage(col("page")).as(Strata.FRONT_PAGE), col("section").as(Strata.SECTION))
        .agg(count(lit(1)).as("articles"),
            sum(headline.plus(subheadings).plus(body)).cast(DataTypes.LongType).as("text_chars"),
            sum(headline).cast(DataTypes.LongType).as("headline_chars"),
            sum(body).cast(DataTypes.LongType).as("body_chars"))
        .withColumn("term_list_hash", lit(termListHash))
        .withColumn("run_id", lit(runId));
  }

  /**
   * The {@code term_day_counts} rows: per publication, day, front_page, section and key (each
   * variant, and each topic as term {@code *}), the mentions (all text, headline, body) and the
   * articles with a hit. A topic's articles_with counts each article once however many of its
   * variants it names.
   *
   * <p>In: findings of the processed days. Out: {@link TrendsTables#TERM_DAY_COUNTS_SPEC}
   * without issue_month.
   */
  public static Dataset<Row> dayCounts(Dataset<TermFindingRow> findings) {
    Dataset<Row> hits = findings.filter(col("kind").equalTo(TermFindingRow.HIT)).toDF()
        .select(col("publication"), col("issueDate").as("issue_date"),
            Strata.frontPage(col("page")).as(Strata.FRONT_PAGE),
            col("articleSection").as(Strata.SECTION), col("articleId"), col("topic"), col("term"),
            col("section").as("part"));
    Column inHeadline = col("part").equalTo("headline");
    Column inBody = col("part").equalTo("body");
    Dataset<Row> perArticle = hits.unionByName(hits.withColumn("term", lit(TrendsTables.ALL_TERMS)))
        .groupBy(col("publication"), col("issue_date"), col(Strata.FRONT_PAGE), col(Strata.SECTION),
            col("topic"), col("term"), col("articleId"))
        .agg(count(lit(1)).as("mentions"),
            sum(when(inHeadline, 1).otherwise(0)).cast(DataTypes.LongType).as("headline_mentions"),
            sum(when(inBody, 1).otherwise(0)).cast(DataTypes.LongType).as("body_mentions"));
    return perArticle
        .groupBy(col("publication"), col("issue_date"), col(Strata.FRONT_PAGE), col(Strata.SECTION),
            col("topic"), col("term"))
        .agg(sum(col("mentions")).cast(DataTypes.LongType).as("mentions"),
            sum(col("headline_mentions")).cast(DataTypes.LongType).as("headline_mentions"),
            sum(col("body_mentions")).cast(DataTypes.LongType).as("body_mentions"),
            count(lit(1)).as("articles_with"),
            sum(when(col("headline_mentions").gt(0), 1).otherwise(0)).cast(DataTypes.LongType)
                .as("headline_articles_with"));
  }

  /**
   * The published {@code term_trends}, from the per-day tables only: per granularity, period,
   * publication and key, the counts summed over the days the trends stage processed, every
   * processed article and char as the denominator (hit or not), a row of zeros for periods
   * without hits. The strata of the per-day tables (front_page, section) are summed over: a day
   * is counted once in {@code processed_days}, however many strata it has. {@code partial_period}
   * flags a period with ingested days the stage has not processed; {@code stale_days} counts days
   * processed with another term list than the current.
   *
   * <p>In: {@code term_days}, {@code term_day_counts}, the ingested days (publication, issue_date)
   * of {@code issues}, the {@link TrendsTransforms#keys}. Out: {@link TrendsTables#TRENDS_SCHEMA}
   * without {@code burst}.
   */
  public static Dataset<Row> trends(Dataset<Row> termDays, Dataset<Row> dayCounts,
      Dataset<Row> ingestedDays, Dataset<Row> keys, List<String> granularities,
      int thinPeriodArticles, String currentTermListHash) {
    Column[] periods = granularities.stream()
        .map(g -> struct(lit(g).as("granularity"),
            TrendsTransforms.periodStart(g, col("issue_date")).as("period_start")))
        .toArray(Column[]::new);
    Dataset<Row> totals = perDay(termDays, currentTermListHash)
        .select(col("publication"), col("issue_date"), col("articles"), col("text_chars"),
            col("headline_chars"), col("body_chars"), col("stale"),
            explode(array(periods)).as("p"))
        .groupBy(col("p.granularity").as("granularity"), col("p.period_start").as("period_start"),
            col("publication"))
        .agg(sum(col("articles")).cast(DataTypes.LongType).as("total_articles"),
            sum(col("text_chars")).cast(DataTypes.LongType).as("total_chars"),
            sum(col("headline_chars")).cast(DataTypes.LongType).as("headline_chars"),
            sum(col("body_chars")).cast(DataTypes.LongType).as("body_chars"),
            count(lit(1)).as("processed_days"),
            sum(col("stale")).cast(DataTypes.LongType).as("stale_days"));
    Dataset<Row> ingested = ingestedDays.select(col("publication"), col("issue_date")).distinct()
        .select(col("publication"), explode(array(periods)).as("p"))
        .groupBy(col("p.granularity").as("granularity"), col("p.period_start").as("period_start"),
            col("publication"))
        .agg(count(lit(1)).as("ingested_days"));
    Dataset<Row> counts = dayCounts
        .select(col("publication"), col("topic"), col("term"), col("mentions"),
            col("headline_mentions"), col("body_mentions"), col("articles_with"),
            col("headline_articles_with"), explode(array(periods)).as("p"))
        .groupBy(col("p.granularity").as("granularity"), col("p.period_start").as("period_start"),
            col("publication"), col("topic"), col("term"))
        .agg(sum(col("mentions")).cast(DataTypes.LongType).as("mentions"),
            sum(col("headline_mentions")).cast(DataTypes.LongType).as("headline_mentions"),
            sum(col("body_mentions")).cast(DataTypes.LongType).as("body_mentions"),
            sum(col("articles_with")).cast(DataTypes.LongType).as("articles_with"),
            sum(col("headline_articles_with")).cast(DataTypes.LongType).as("headline_articles_with"));
    Dataset<Row> grid = totals
        .join(ingested, new String[] {"granularity", "period_start", "publication"}, "left")
        .crossJoin(broadcast(keys));
    Dataset<Row> joined = grid.join(counts,
        new String[] {"granularity", "period_start", "publication", "topic", "term"}, "left");
    Column mentions = coalesce(col("mentions"), lit(0L));
    Column headlineMentions = coalesce(col("headline_mentions"), lit(0L));
    Column bodyMentions = coalesce(col("body_mentions"), lit(0L));
    Column with = coalesce(col("articles_with"), lit(0L));
    Column n = col("total_articles");
    return joined.select(
        col("period_start"), col("publication"), col("topic"), col("term"),
        mentions.as("mentions"),
        headlineMentions.as("headline_mentions"),
        bodyMentions.as("body_mentions"),
        with.as("articles_with"),
        coalesce(col("headline_articles_with"), lit(0L)).as("headline_articles_with"),
        col("total_articles"),
        col("total_chars"),
        col("headline_chars"),
        col("body_chars"),
        MeasureColumns.perMillionChars(mentions, col("total_chars")).as("mentions_per_million_chars"),
        MeasureColumns.perMillionChars(headlineMentions, col("headline_chars"))
            .as("headline_mentions_per_million_chars"),
        MeasureColumns.perMillionChars(bodyMentions, col("body_chars"))
            .as("body_mentions_per_million_chars"),
        MeasureColumns.share(with, n).as("article_share"),
        MeasureColumns.wilsonLow(with, n).as("article_share_ci_low"),
        MeasureColumns.wilsonHigh(with, n).as("article_share_ci_high"),
        col("total_articles").lt(thinPeriodArticles).as("thin_period"),
        col("processed_days"),
        coalesce(col("ingested_days"), lit(0L)).as("ingested_days"),
        coalesce(col("ingested_days"), lit(0L)).gt(col("processed_days")).as("partial_period"),
        col("stale_days"),
        col("granularity"));
  }

  /**
   * {@code term_days} summed over its strata: one row per publication and day, with
   * {@code stale} = 1 when any of its rows was counted with another term list than the current.
   */
  private static Dataset<Row> perDay(Dataset<Row> termDays, String currentTermListHash) {
    return termDays.groupBy(col("publication"), col("issue_date"))
        .agg(sum(col("articles")).as("articles"), sum(col("text_chars")).as("text_chars"),
            sum(col("headline_chars")).as("headline_chars"), sum(col("body_chars")).as("body_chars"),
            org.apache.spark.sql.functions.max(
                when(col("term_list_hash").equalTo(currentTermListHash), 0).otherwise(1)).as("stale"));
  }

  /**
   * The first day of each key in each publication, from the first days of each month of
   * {@code term_day_counts} ({@link #monthFirstDays}): a handful of rows (keys × publications),
   * small enough to plan the look-up of the first article.
   */
  public static Dataset<Row> firstDays(Dataset<Row> monthFirstDays, Dataset<Row> keys) {
    return monthFirstDays.join(broadcast(keys), new String[] {"topic", "term"}, "left_semi")
        .groupBy(col("topic"), col("term"), col("publication"))
        .agg(min(col("first_date")).as("first_date"));
  }

  /** {@link #monthFirstDays}: per topic, term, publication and month, the first day with a count row. */
  public static final StructType MONTH_FIRST_DAYS = new StructType()
      .add("topic", DataTypes.StringType)
      .add("term", DataTypes.StringType)
      .add("publication", DataTypes.StringType)
      .add("issue_month", DataTypes.StringType)
      .add("first_date", DataTypes.DateType);

  /**
   * The part of {@link #firstDays} that depends on one month of term_day_counts only, so that it
   * can be kept per month ({@link org.paperscope.jobs.spark.MonthDigest}).
   */
  public static Dataset<Row> monthFirstDays(Dataset<Row> dayCounts) {
    return dayCounts.groupBy(col("topic"), col("term"), col("publication"), col("issue_month"))
        .agg(min(col("issue_date")).as("first_date"));
  }
}
