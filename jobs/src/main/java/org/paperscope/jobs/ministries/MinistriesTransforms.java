package org.paperscope.jobs.ministries;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.signum;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.paperscope.common.gazetteer.ArticleMinistries;
import org.paperscope.common.gazetteer.MinistryDetector;
import org.paperscope.common.gazetteer.MinistryDetectorSettings;
import org.paperscope.common.gazetteer.MinistryMention;
import org.paperscope.common.match.ArticleText;

/**
 * Dataset-to-Dataset steps of the ministries stage. Nothing here reads, writes or creates a
 * session, so tests call these methods on in-memory data.
 */
public final class MinistriesTransforms {
  public static final String ARTICLE = "article";
  public static final String SENTENCE = "sentence";
  /** Internal stand-in for the null period_start of granularity {@code all} (nulls never join). */
  private static final LocalDate ALL_PERIODS = LocalDate.of(1, 1, 1);

  private MinistriesTransforms() {}

  /**
   * Detects the bodies named in each article (one detector per executor JVM).
   *
   * <p>In: {@link MinistryInputRow}. Out: {@link MinistryHitRow}, one row per mention and one
   * summary row per article (ministryId null) with the article's sentence count.
   */
  public static Dataset<MinistryHitRow> detect(Dataset<MinistryInputRow> articles,
      MinistryDetectorSettings settings) {
    return articles.mapPartitions(new DetectMinistries(settings), MinistryHitRow.ENCODER);
  }

  private static final class DetectMinistries
      implements MapPartitionsFunction<MinistryInputRow, MinistryHitRow> {
    private static final long serialVersionUID = 1L;
    private final MinistryDetectorSettings settings;

    DetectMinistries(MinistryDetectorSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<MinistryHitRow> call(Iterator<MinistryInputRow> articles) {
      MinistryDetector detector = MinistryDetector.cachedFor(settings);
      List<MinistryHitRow> out = new ArrayList<>();
      articles.forEachRemaining(article -> {
        ArticleMinistries found = detector.detect(new ArticleText(article.getHeadline(),
            article.getSubheadings(), article.getBody()), article.getIssueDate());
        out.add(MinistryHitRow.summary(article, found.sentenceCount()));
        for (MinistryMention mention : found.mentions()) {
          out.add(MinistryHitRow.mention(article, mention, found.sentenceCount()));
        }
      });
      return out.iterator();
    }
  }

  /**
   * The published {@code ministry_mentions}: one row per article × body × surface form × unit.
   *
   * <p>In: detection rows; the gazetteer dimension. Out: {@link MinistryTables#MENTIONS_SCHEMA}.
   */
  public static Dataset<Row> mentions(Dataset<MinistryHitRow> hits, Dataset<MinistryRow> ministries) {
    Dataset<Row> grouped = hits.filter(col("ministryId").isNotNull())
        .groupBy(col("articleId"), col("publication"), col("issueDate"), col("ministryId"),
            col("surfaceForm"), col("unit"))
        .agg(count(lit(1)).as("mentions"), max(col("inHeadline")).as("in_headline"));
    return grouped.join(broadcast(ministries.toDF()), "ministryId")
        .select(col("articleId").as("article_id"), col("ministryId").as("ministry_id"),
            col("lineageId").as("lineage_id"), col("canonicalName").as("canonical_name"),
            col("kind"), col("surfaceForm").as("surface_form"), col("unit"), col("mentions"),
            col("in_headline"), col("publication"), col("issueDate").as("issue_date"));
  }

  /**
   * The intermediate {@code ministry_sentences}: one row per sentence that names at least one body.
   *
   * <p>In: detection rows. Out: {@link MinistryTables#SENTENCES_SCHEMA} (ministry_ids sorted).
   */
  public static Dataset<Row> sentences(Dataset<MinistryHitRow> hits) {
    return hits.filter(col("ministryId").isNotNull())
        .groupBy(col("articleId"), col("sentenceIndex"), col("publication"), col("issueDate"))
        .agg(array_sort(collect_set(col("ministryId"))).as("ministry_ids"))
        .select(col("articleId").as("article_id"), col("sentenceIndex").as("sentence_index"),
            col("ministry_ids"), col("publication"), col("issueDate").as("issue_date"));
  }

  /**
   * The intermediate {@code sentence_counts}: every article with its number of sentences.
   *
   * <p>In: detection rows. Out: {@link MinistryTables#SENTENCE_COUNTS_SCHEMA}.
   */
  public static Dataset<Row> sentenceCounts(Dataset<MinistryHitRow> hits) {
    return hits.filter(col("ministryId").isNull())
        .select(col("articleId").as("article_id"), col("sentenceCount").as("sentence_count"),
            col("publication"), col("issueDate").as("issue_date"));
  }

  /**
   * Article-scope units and presence. In: {@code articles} (article_id, publication, issue_date)
   * and {@code ministry_mentions}. Out: totals (publication, issue_date, units) and presence
   * (publication, issue_date, unit_id, ministry_id), one row per article and body.
   */
  public static Dataset<Row> articleTotals(Dataset<Row> articles) {
    return articles.groupBy(col("publication"), col("issue_date")).agg(count(lit(1)).as("units"));
  }

  /** See {@link #articleTotals}. */
  public static Dataset<Row> articlePresence(Dataset<Row> mentions) {
    return mentions.select(col("publication"), col("issue_date"), col("article_id").as("unit_id"),
        col("ministry_id")).distinct();
  }

  /**
   * Sentence-scope units and presence. In: {@code sentence_counts} and {@code ministry_sentences}.
   * Out: totals (publication, issue_date, units = sentences of all articles) and presence
   * (publication, issue_date, unit_id = article_id#sentence_index, ministry_id).
   */
  public static Dataset<Row> sentenceTotals(Dataset<Row> sentenceCounts) {
    return sentenceCounts.groupBy(col("publication"), col("issue_date"))
        .agg(sum(col("sentence_count")).cast("long").as("units"));
  }

  /** See {@link #sentenceTotals}. */
  public static Dataset<Row> sentencePresence(Dataset<Row> sentences) {
    return sentences.select(col("publication"), col("issue_date"),
        concat_ws("#", col("article_id"), col("sentence_index").cast("string")).as("unit_id"),
        explode(col("ministry_ids")).as("ministry_id")).distinct();
  }

  /**
   * Co-occurrence of every pair of bodies named together in at least {@code minTogether} units,
   * per granularity (month, quarter, year, all), period and publication, with the association
   * measures of {@code docs/tables.md} as column expressions.
   *
   * <p>In: per-day totals (publication, issue_date, units) and presence (publication, issue_date,
   * unit_id, ministry_id) of one scope; the gazetteer dimension. Out:
   * {@link MinistryTables#COOCCURRENCE_SCHEMA}.
   */
  public static Dataset<Row> cooccurrence(String scope, Dataset<Row> totals, Dataset<Row> presence,
      Dataset<MinistryRow> ministries, long minTogether) {
    Dataset<Row> a = presence.select(col("unit_id"), col("publication"), col("issue_date"),
        col("ministry_id").as("ministry_a"));
    Dataset<Row> b = presence.select(col("unit_id").as("unit_b"), col("ministry_id").as("ministry_b"));
    Dataset<Row> pairs = a.join(b, a.col("unit_id").equalTo(b.col("unit_b"))
            .and(a.col("ministry_a").lt(b.col("ministry_b"))))
        .select(col("publication"), col("issue_date"), col("ministry_a"), col("ministry_b"));

    Dataset<Row> together = byPeriod(pairs)
        .groupBy(col("granularity"), col("period_start"), col("publication"), col("ministry_a"),
            col("ministry_b"))
        .agg(count(lit(1)).as("together"))
        .filter(col("together").geq(minTogether));
    Dataset<Row> counts = byPeriod(presence)
        .groupBy(col("granularity"), col("period_start"), col("publication"), col("ministry_id"))
        .agg(count(lit(1)).as("n"));
    Dataset<Row> periodTotals = byPeriod(totals)
        .groupBy(col("granularity"), col("period_start"), col("publication"))
        .agg(sum(col("units")).cast("long").as("total"));

    Dataset<Row> countA = counts.select(col("granularity"), col("period_start"),
        col("publication"), col("ministry_id").as("ministry_a"), col("n").as("count_a"));
    Dataset<Row> countB = counts.select(col("granularity"), col("period_start"),
        col("publication"), col("ministry_id").as("ministry_b"), col("n").as("count_b"));
    Dataset<Row> names = ministries.toDF().select(col("ministryId"), col("canonicalName"));
    Dataset<Row> joined = together
        .join(countA, seq("granularity", "period_start", "publication", "ministry_a"))
        .join(countB, seq("granularity", "period_start", "publication", "ministry_b"))
        .join(periodTotals, seq("granularity", "period_start", "publication"))
        .join(broadcast(names.withColumnRenamed("ministryId", "ministry_a")
            .withColumnRenamed("canonicalName", "ministry_a_name")), seq("ministry_a"), "left")
        .join(broadcast(names.withColumnRenamed("ministryId", "ministry_b")
            .withColumnRenamed("canonicalName", "ministry_b_name")), seq("ministry_b"), "left");

    return withMeasures(joined.withColumn("scope", lit(scope))
        .withColumn("period_start", when(col("granularity").equalTo("all"), lit(null).cast("date"))
            .otherwise(col("period_start")))
        .withColumn("partial_period", lit(false)));
  }

  /**
   * The published co-occurrence columns, with the association measures of docs/tables.md as column
   * expressions ({@link org.paperscope.common.measures.CooccurrenceMeasures} is the reference).
   *
   * <p>In: scope, granularity, period_start, publication, ministry_a, ministry_a_name,
   * ministry_b, ministry_b_name, together, count_a, count_b, total, partial_period. Out:
   * {@link MinistryTables#COOCCURRENCE_SCHEMA}.
   */
  static Dataset<Row> withMeasures(Dataset<Row> joined) {
    Column ab = col("together").cast("double");
    Column na = col("count_a").cast("double");
    Column nb = col("count_b").cast("double");
    Column n = col("total").cast("double");
    Column lift = ab.multiply(n).divide(na.multiply(nb));
    Column pmi = log(lift);
    Column npmi = when(col("together").equalTo(col("total")), lit(1.0))
        .otherwise(pmi.divide(log(ab.divide(n)).multiply(-1.0)));
    Column g2 = greatest(lit(0.0), lit(2.0).multiply(
        cell(ab, na.multiply(nb).divide(n))
            .plus(cell(na.minus(ab), na.multiply(n.minus(nb)).divide(n)))
            .plus(cell(nb.minus(ab), n.minus(na).multiply(nb).divide(n)))
            .plus(cell(n.minus(na).minus(nb).plus(ab),
                n.minus(na).multiply(n.minus(nb)).divide(n)))));
    return joined.select(
        col("scope"),
        col("granularity"),
        col("period_start"),
        col("publication"),
        col("ministry_a"), col("ministry_a_name"), col("ministry_b"), col("ministry_b_name"),
        col("together"), col("count_a"), col("count_b"), col("total"),
        ab.divide(na.plus(nb).minus(ab)).as("jaccard"),
        pmi.as("pmi"), npmi.as("npmi"), lift.as("lift"), g2.as("g2"),
        signum(ab.multiply(n).minus(na.multiply(nb))).cast("int").as("g2_sign"),
        col("partial_period"));
  }

  /** k·ln(k/E), 0 when k = 0: one cell of G². */
  private static Column cell(Column k, Column expected) {
    return when(k.equalTo(0), lit(0.0)).otherwise(k.multiply(log(k.divide(expected))));
  }

  /** Repeats each row once per granularity, with the start of its period. */
  private static Dataset<Row> byPeriod(Dataset<Row> rows) {
    Column date = col("issue_date");
    return rows.withColumn("granularity",
            explode(array(lit("month"), lit("quarter"), lit("year"), lit("all"))))
        .withColumn("period_start",
            when(col("granularity").equalTo("month"), trunc(date, "MM"))
                .when(col("granularity").equalTo("quarter"), trunc(date, "QUARTER"))
                .when(col("granularity").equalTo("year"), trunc(date, "YEAR"))
                .otherwise(lit(java.sql.Date.valueOf(ALL_PERIODS))));
  }

  /**
   * The published {@code ministry_network}: per scope, granularity, period and publication, the
   * {@code topN} pairs with the highest {@code measure} among those named together in at least
   * {@code minTogether} units, as source/target/weight edges.
   *
   * <p>In: {@code ministry_cooccurrence}. Out: {@link MinistryTables#NETWORK_SCHEMA}.
   */
  public static Dataset<Row> network(Dataset<Row> cooccurrence, String measure, int topN,
      long minTogether) {
    Column weight = col(measure).cast("double");
    WindowSpec perPeriod = Window.partitionBy(col("scope"), col("granularity"),
            col("period_start"), col("publication"))
        .orderBy(weight.desc(), col("together").desc(), col("ministry_a"), col("ministry_b"));
    return cooccurrence.filter(col("together").geq(minTogether).and(weight.isNotNull()))
        .withColumn("rank", row_number().over(perPeriod))
        .filter(col("rank").leq(topN))
        .select(col("scope"), col("granularity"), col("period_start"), col("publication"),
            col("rank"), col("ministry_a").as("source"), col("ministry_b").as("target"),
            col("ministry_a_name").as("source_name"), col("ministry_b_name").as("target_name"),
            lit(measure).as("measure"), weight.as("weight"), col("together"), col("npmi"),
            col("g2"));
  }

  private static scala.collection.immutable.Seq<String> seq(String... columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toSeq();
  }
}
