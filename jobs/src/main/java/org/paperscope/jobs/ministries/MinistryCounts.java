package org.paperscope.jobs.ministries;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.paperscope.jobs.spark.ParquetSink.seq;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.paperscope.jobs.articles.Strata;

/**
 * The small per-day count tables of the ministries stage and the co-occurrence built from them
 * alone: {@code ministry_days} (units processed, with which gazetteer), {@code ministry_day_counts}
 * (units naming each body) and {@code pair_day_counts} (units naming both of a pair), each per
 * day and stratum ({@link Strata}: front_page, section). A unit (an article or a sentence)
 * belongs to one day and one stratum, so a period's counts are sums of its days' and strata's
 * counts. Nothing here reads, writes or creates a session.
 */
public final class MinistryCounts {
  /** Internal stand-in for the null period_start of granularity {@code all} (nulls never join). */
  private static final LocalDate ALL_PERIODS = LocalDate.of(1, 1, 1);
  /** Granularity of the whole series. */
  public static final String ALL = "all";
  static final String KIND_TOTAL = "total";
  static final String KIND_INGESTED = "ingested";
  static final String KIND_PAIR = "pair";
  static final String KIND_BODY = "body";

  /** The long form of period sums ({@link #sums}), also the state table of the year sums. */
  public static final org.apache.spark.sql.types.StructType SUMS_SCHEMA = new org.apache.spark.sql.types.StructType()
      .add("kind", DataTypes.StringType)
      .add("granularity", DataTypes.StringType)
      .add("period_start", DataTypes.DateType)
      .add("publication", DataTypes.StringType)
      .add("scope", DataTypes.StringType)
      .add("level", DataTypes.StringType)
      .add("ministry_a", DataTypes.StringType)
      .add("ministry_b", DataTypes.StringType)
      .add("n", DataTypes.LongType)
      .add("days", DataTypes.LongType);

  private MinistryCounts() {}

  /**
   * The {@code ministry_days} rows: per publication, processed day, front_page and section, the
   * articles and their sentences, stamped with the gazetteer's hash.
   *
   * <p>In: detection rows (the summary row of each article). Out:
   * {@link MinistryTables#MINISTRY_DAYS_SPEC} without issue_month.
   */
  public static Dataset<Row> days(Dataset<MinistryHitRow> hits, String gazetteerHash, String runId) {
    return summaries(hits)
        .groupBy(col("publication"), col("issueDate").as("issue_date"),
            Strata.frontPage(col("page")).as(Strata.FRONT_PAGE), col("section").as(Strata.SECTION))
        .agg(count(lit(1)).as("articles"),
            sum(col("sentenceCount")).cast(DataTypes.LongType).as("sentences"))
        .withColumn("gazetteer_hash", lit(gazetteerHash))
        .withColumn("run_id", lit(runId));
  }

  /**
   * The stratum of every processed article: (article_id, front_page, section).
   *
   * <p>In: detection rows (the summary row of each article).
   */
  public static Dataset<Row> strata(Dataset<MinistryHitRow> hits) {
    return summaries(hits).select(col("articleId").as("article_id"),
        Strata.frontPage(col("page")).as(Strata.FRONT_PAGE), col("section").as(Strata.SECTION));
  }

  /**
   * Presence with the stratum of its article: (publication, issue_date, front_page, section,
   * unit_id, ministry_id).
   *
   * <p>In: presence (publication, issue_date, article_id, unit_id, ministry_id), the article
   * strata ({@link #strata}).
   */
  public static Dataset<Row> stratified(Dataset<Row> presence, Dataset<Row> strata) {
    return presence.join(strata, "article_id")
        .select(col("publication"), col("issue_date"), col(Strata.FRONT_PAGE), col(Strata.SECTION),
            col("unit_id"), col("ministry_id"));
  }

  private static Dataset<Row> summaries(Dataset<MinistryHitRow> hits) {
    return hits.filter(col("ministryId").isNull().and(col("refusalReason").isNull())).toDF();
  }

  /**
   * Presence at both levels: each row as it is ({@code level = ministry}) and with the body
   * replaced by its lineage ({@code level = lineage}), one row per unit and lineage.
   *
   * <p>In: presence (publication, issue_date, front_page, section, unit_id, ministry_id); the
   * gazetteer dimension.
   */
  public static Dataset<Row> withLineages(Dataset<Row> presence, Dataset<MinistryRow> ministries) {
    Dataset<Row> lineages = broadcast(ministries.toDF().select(col("ministryId"), col("lineageId")));
    Dataset<Row> lineagePresence = presence
        .join(lineages, presence.col("ministry_id").equalTo(lineages.col("ministryId")))
        .select(col("publication"), col("issue_date"), col(Strata.FRONT_PAGE), col(Strata.SECTION),
            col("unit_id"), lit(MinistryTables.LEVEL_LINEAGE).as("level"), col("lineageId").as("ministry_id"))
        .distinct();
    return presence.select(col("publication"), col("issue_date"), col(Strata.FRONT_PAGE),
            col(Strata.SECTION), col("unit_id"), lit(MinistryTables.LEVEL_MINISTRY).as("level"),
            col("ministry_id"))
        .unionByName(lineagePresence);
  }

  /**
   * The units of each day, stratum and scope from {@code ministry_days}: (publication,
   * issue_date, front_page, section, scope, units).
   */
  public static Dataset<Row> units(Dataset<Row> days) {
    return days.select(col("publication"), col("issue_date"), col(Strata.FRONT_PAGE), col(Strata.SECTION),
            lit(MinistriesTransforms.ARTICLE).as("scope"), col("articles").as("units"))
        .unionByName(days.select(col("publication"), col("issue_date"), col(Strata.FRONT_PAGE),
            col(Strata.SECTION), lit(MinistriesTransforms.SENTENCE).as("scope"), col("sentences").as("units")));
  }

  /**
   * The {@code ministry_day_counts} rows of one scope: per day, stratum and body, the units
   * naming it.
   *
   * <p>In: presence (publication, issue_date, front_page, section, unit_id, level, ministry_id),
   * one row per unit, level and body ({@link #withLineages}).
   */
  public static Dataset<Row> dayCounts(String scope, Dataset<Row> presence) {
    return presence.groupBy(col("publication"), col("issue_date"), col(Strata.FRONT_PAGE),
            col(Strata.SECTION), col("level"), col("ministry_id"))
        .agg(count(lit(1)).as("units"))
        .withColumn("scope", lit(scope));
  }

  /**
   * The {@code pair_day_counts} rows of one scope: per day, stratum and pair (ministry_a &lt;
   * ministry_b), the units naming both.
   *
   * <p>In: presence as for {@link #dayCounts}.
   */
  public static Dataset<Row> pairCounts(String scope, Dataset<Row> presence) {
    // A unit has one stratum: both sides of the pair carry the same one, taken from side a.
    Dataset<Row> a = presence.select(col("unit_id"), col("level"), col("publication"), col("issue_date"),
        col(Strata.FRONT_PAGE), col(Strata.SECTION), col("ministry_id").as("ministry_a"));
    Dataset<Row> b = presence.select(col("unit_id").as("unit_b"), col("level").as("level_b"),
        col("ministry_id").as("ministry_b"));
    return a.join(b, a.col("unit_id").equalTo(b.col("unit_b"))
            .and(a.col("level").equalTo(b.col("level_b")))
            .and(a.col("ministry_a").lt(b.col("ministry_b"))))
        .groupBy(col("publication"), col("issue_date"), col(Strata.FRONT_PAGE), col(Strata.SECTION),
            col("level"), col("ministry_a"), col("ministry_b"))
        .agg(count(lit(1)).as("together"))
        .withColumn("scope", lit(scope));
  }

  /**
   * Co-occurrence of every pair named together in at least {@code minTogether} units, per scope,
   * granularity (month, quarter, year, all), period and publication, summed from the per-day
   * tables over the days and strata the stage processed; {@code partial_period} flags a period
   * with ingested days the stage has not processed.
   *
   * <p>In: the units of each day and scope ({@link #units}), {@code ministry_day_counts},
   * {@code pair_day_counts}, the ingested days (publication, issue_date), the gazetteer dimension. Out:
   * {@link MinistryTables#COOCCURRENCE_SCHEMA}.
   */
  public static Dataset<Row> cooccurrence(Dataset<Row> units, Dataset<Row> dayCounts,
      Dataset<Row> pairCounts, Dataset<Row> ingestedDays, Dataset<MinistryRow> ministries,
      long minTogether) {
    return measures(sums(units, dayCounts, pairCounts, ingestedDays, GRANULARITIES), ministries, minTogether);
  }

  /** The granularities of {@code ministry_cooccurrence}; {@code all} is the whole series. */
  public static final List<String> GRANULARITIES = List.of("month", "quarter", "year", ALL);

  /**
   * The additive period sums that co-occurrence is measured from, before any pair is left out,
   * in one long form ({@link #SUMS_SCHEMA}): per granularity, period and publication, a
   * {@code total} row per scope (units, processed days), an {@code ingested} row (ingested
   * days), a {@code body} row per scope, level and body (units naming it: {@code ministry_a}) and
   * a {@code pair} row per scope, level and pair (units naming both). Every figure is a sum over
   * days, so the sums of the years are the sums of granularity {@code all} ({@link #allFromYears}).
   */
  public static Dataset<Row> sums(Dataset<Row> units, Dataset<Row> dayCounts, Dataset<Row> pairCounts,
      Dataset<Row> ingestedDays, List<String> granularities) {
    Column noText = lit(null).cast(DataTypes.StringType);
    Dataset<Row> totals = byPeriod(units, granularities)
        .groupBy(col("scope"), col("granularity"), col("period_start"), col("publication"))
        .agg(sum(col("units")).cast("long").as("n"), count_distinct(col("issue_date")).as("days"))
        .select(lit(KIND_TOTAL).as("kind"), col("granularity"), col("period_start"), col("publication"),
            col("scope"), noText.as("level"), noText.as("ministry_a"), noText.as("ministry_b"), col("n"),
            col("days"));
    Dataset<Row> ingested = byPeriod(ingestedDays.select(col("publication"), col("issue_date")).distinct(),
            granularities)
        .groupBy(col("granularity"), col("period_start"), col("publication"))
        .agg(count(lit(1)).as("days"))
        .select(lit(KIND_INGESTED).as("kind"), col("granularity"), col("period_start"), col("publication"),
            noText.as("scope"), noText.as("level"), noText.as("ministry_a"), noText.as("ministry_b"),
            lit(0L).as("n"), col("days"));
    Dataset<Row> pairs = byPeriod(pairCounts, granularities)
        .groupBy(col("scope"), col("level"), col("granularity"), col("period_start"), col("publication"),
            col("ministry_a"), col("ministry_b"))
        .agg(sum(col("together")).cast("long").as("n"))
        .select(lit(KIND_PAIR).as("kind"), col("granularity"), col("period_start"), col("publication"),
            col("scope"), col("level"), col("ministry_a"), col("ministry_b"), col("n"), lit(0L).as("days"));
    Dataset<Row> bodies = byPeriod(dayCounts, granularities)
        .groupBy(col("scope"), col("level"), col("granularity"), col("period_start"), col("publication"),
            col("ministry_id"))
        .agg(sum(col("units")).cast("long").as("n"))
        .select(lit(KIND_BODY).as("kind"), col("granularity"), col("period_start"), col("publication"),
            col("scope"), col("level"), col("ministry_id").as("ministry_a"), noText.as("ministry_b"), col("n"),
            lit(0L).as("days"));
    return totals.unionByName(ingested).unionByName(pairs).unionByName(bodies);
  }

  /**
   * The sums of granularity {@code all} from the sums of every year ({@link #sums} rows of
   * granularity {@code year}): days of different years are different days, so every figure,
   * processed and ingested days included, is the sum of the years'.
   */
  public static Dataset<Row> allFromYears(Dataset<Row> yearSums) {
    return yearSums.filter(col("granularity").equalTo("year"))
        .groupBy(col("kind"), col("publication"), col("scope"), col("level"), col("ministry_a"), col("ministry_b"))
        .agg(sum(col("n")).cast("long").as("n"), sum(col("days")).cast("long").as("days"))
        .select(col("kind"), lit(ALL).as("granularity"), lit(java.sql.Date.valueOf(ALL_PERIODS)).as("period_start"),
            col("publication"), col("scope"), col("level"), col("ministry_a"), col("ministry_b"), col("n"),
            col("days"));
  }

  /**
   * {@code ministry_cooccurrence} rows from period sums ({@link #sums}): the pairs named together
   * in at least {@code minTogether} units, with their bodies' counts, the period's units and the
   * association measures.
   */
  public static Dataset<Row> measures(Dataset<Row> sums, Dataset<MinistryRow> ministries, long minTogether) {
    Dataset<Row> periodTotals = sums.filter(col("kind").equalTo(KIND_TOTAL))
        .select(col("scope"), col("granularity"), col("period_start"), col("publication"), col("n").as("total"),
            col("days").as("processed_days"));
    Dataset<Row> ingested = sums.filter(col("kind").equalTo(KIND_INGESTED))
        .select(col("granularity"), col("period_start"), col("publication"), col("days").as("ingested_days"));
    Dataset<Row> together = sums.filter(col("kind").equalTo(KIND_PAIR))
        .select(col("scope"), col("level"), col("granularity"), col("period_start"), col("publication"),
            col("ministry_a"), col("ministry_b"), col("n").as("together"))
        .filter(col("together").geq(minTogether));
    Dataset<Row> counts = sums.filter(col("kind").equalTo(KIND_BODY));
    Dataset<Row> countA = counts.select(col("scope"), col("level"), col("granularity"), col("period_start"),
        col("publication"), col("ministry_a"), col("n").as("count_a"));
    Dataset<Row> countB = counts.select(col("scope"), col("level"), col("granularity"), col("period_start"),
        col("publication"), col("ministry_a").as("ministry_b"), col("n").as("count_b"));
    Dataset<Row> names = ministries.toDF().select(col("ministryId"), col("canonicalName"));
    Dataset<Row> joined = together
        .join(countA, seq("scope", "level", "granularity", "period_start", "publication", "ministry_a"))
        .join(countB, seq("scope", "level", "granularity", "period_start", "publication", "ministry_b"))
        .join(periodTotals, seq("scope", "granularity", "period_start", "publication"))
        .join(ingested, seq("granularity", "period_start", "publication"), "left")
        .join(broadcast(names.withColumnRenamed("ministryId", "ministry_a")
            .withColumnRenamed("canonicalName", "ministry_a_name")), seq("ministry_a"), "left")
        .join(broadcast(names.withColumnRenamed("ministryId", "ministry_b")
            .withColumnRenamed("canonicalName", "ministry_b_name")), seq("ministry_b"), "left");
    return MinistriesTransforms.withMeasures(joined
        .withColumn("period_start", when(col("granularity").equalTo(ALL), lit(null).cast("date"))
            .otherwise(col("period_start")))
        .withColumn("partial_period", coalesce(col("ingested_days"), lit(0L)).gt(col("processed_days"))));
  }

  /** Repeats each row once per granularity, with the start of its period. */
  private static Dataset<Row> byPeriod(Dataset<Row> rows, List<String> granularities) {
    Column date = col("issue_date");
    return rows.withColumn("granularity",
            explode(array(granularities.stream().map(g -> lit(g)).toArray(Column[]::new))))
        .withColumn("period_start", periodStart(col("granularity"), date));
  }

  /** The start of the period of {@code date} at {@code granularity} (a stand-in date for {@code all}). */
  public static Column periodStart(Column granularity, Column date) {
    return when(granularity.equalTo("month"), trunc(date, "MM"))
        .when(granularity.equalTo("quarter"), trunc(date, "QUARTER"))
        .when(granularity.equalTo("year"), trunc(date, "YEAR"))
        .otherwise(lit(java.sql.Date.valueOf(ALL_PERIODS)));
  }

}
