package org.paperscope.jobs.ministries;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.year;
import static org.paperscope.jobs.spark.ParquetSink.seq;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.paperscope.common.gazetteer.ArticleMinistries;
import org.paperscope.common.gazetteer.ArticleMinistries.Refusal;
import org.paperscope.common.gazetteer.MinistryDetector;
import org.paperscope.common.gazetteer.MinistryDetectorSettings;
import org.paperscope.common.gazetteer.MinistryMention;
import org.paperscope.common.match.ArticleText;
import org.paperscope.jobs.articles.ArticleTextRow;
import org.paperscope.jobs.articles.Strata;
import org.paperscope.jobs.spark.MeasureColumns;
import org.paperscope.jobs.spark.PerItem;

/**
 * Dataset-to-Dataset steps of the ministries stage. Nothing here reads, writes or creates a
 * session, so tests call these methods on in-memory data.
 */
public final class MinistriesTransforms {
  public static final String ARTICLE = "article";
  public static final String SENTENCE = "sentence";

  private MinistriesTransforms() {}

  /**
   * Detects the bodies named in each article (one detector per executor JVM).
   *
   * <p>In: {@link ArticleTextRow}. Out: {@link MinistryHitRow}, one row per mention, one row per
   * refused candidate (refusalReason set) and one summary row per article (ministryId and
   * refusalReason null) with the article's sentence count.
   */
  public static Dataset<MinistryHitRow> detect(Dataset<ArticleTextRow> articles,
      MinistryDetectorSettings settings) {
    return articles.mapPartitions(ministryDetection(settings), MinistryHitRow.ENCODER);
  }

  /** The function {@link #detect} maps each partition with (package-private for its tests). */
  static MapPartitionsFunction<ArticleTextRow, MinistryHitRow> ministryDetection(
      MinistryDetectorSettings settings) {
    return new DetectMinistries(settings);
  }

  private static final class DetectMinistries
      implements MapPartitionsFunction<ArticleTextRow, MinistryHitRow> {
    private static final long serialVersionUID = 1L;
    private final MinistryDetectorSettings settings;

    DetectMinistries(MinistryDetectorSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<MinistryHitRow> call(Iterator<ArticleTextRow> articles) {
      MinistryDetector detector = MinistryDetector.cachedFor(settings);
      return PerItem.rows(articles, (article, out) -> {
        ArticleMinistries found = detector.detect(new ArticleText(article.getHeadline(),
            article.getSubheadings(), article.getBody()), article.getIssueDate());
        out.accept(MinistryHitRow.summary(article, found.sentenceCount()));
        for (MinistryMention mention : found.mentions()) {
          out.accept(MinistryHitRow.mention(article, mention, found.sentenceCount()));
        }
        for (Refusal refusal : found.refused()) {
          out.accept(MinistryHitRow.refusal(article, refusal));
        }
      });
    }
  }

  /**
   * The published {@code ministry_mentions}: one row per article × body × surface form × unit ×
   * mention kind.
   *
   * <p>In: detection rows; the gazetteer dimension. Out: {@link MinistryTables#MENTIONS_SCHEMA}.
   */
  public static Dataset<Row> mentions(Dataset<MinistryHitRow> hits, Dataset<MinistryRow> ministries) {
    Dataset<Row> grouped = hits.filter(col("ministryId").isNotNull())
        .groupBy(col("articleId"), col("publication"), col("issueDate"), col("ministryId"),
            col("surfaceForm"), col("unit"), col("mentionKind"))
        .agg(count(lit(1)).as("mentions"), max(col("inHeadline")).as("in_headline"));
    return grouped.join(broadcast(ministries.toDF()), "ministryId")
        .select(col("articleId").as("article_id"), col("ministryId").as("ministry_id"),
            col("lineageId").as("lineage_id"), col("canonicalName").as("canonical_name"),
            col("kind"), col("surfaceForm").as("surface_form"), col("unit"),
            col("mentionKind").as("mention_kind"), col("mentions"),
            col("in_headline"), col("publication"), col("issueDate").as("issue_date"));
  }

  /**
   * The intermediate {@code ministry_sentences}: one row per sentence that names at least one body,
   * with the kinds of its mentions of each body (ministry_kinds[i] belongs to ministry_ids[i]), so
   * that {@link #sentencePresence} can pick the kinds co-occurrence counts without detecting again.
   *
   * <p>In: detection rows. Out: {@link MinistryTables#SENTENCES_SCHEMA} (ministry_ids sorted,
   * each kinds array sorted).
   */
  public static Dataset<Row> sentences(Dataset<MinistryHitRow> hits) {
    return hits.filter(col("ministryId").isNotNull())
        .groupBy(col("articleId"), col("sentenceIndex"), col("publication"), col("issueDate"),
            col("ministryId"))
        .agg(array_sort(collect_set(col("mentionKind"))).as("kinds"))
        .groupBy(col("articleId"), col("sentenceIndex"), col("publication"), col("issueDate"))
        .agg(array_sort(collect_list(struct(col("ministryId"), col("kinds")))).as("named"))
        .select(col("articleId").as("article_id"), col("sentenceIndex").as("sentence_index"),
            col("named.ministryId").as("ministry_ids"), col("named.kinds").as("ministry_kinds"),
            col("publication"), col("issueDate").as("issue_date"));
  }

  /**
   * The intermediate {@code sentence_counts}: every article with its number of sentences.
   *
   * <p>In: detection rows. Out: {@link MinistryTables#SENTENCE_COUNTS_SCHEMA}.
   */
  public static Dataset<Row> sentenceCounts(Dataset<MinistryHitRow> hits) {
    return hits.filter(col("ministryId").isNull().and(col("refusalReason").isNull()))
        .select(col("articleId").as("article_id"), col("sentenceCount").as("sentence_count"),
            col("publication"), col("issueDate").as("issue_date"));
  }

  /**
   * The published {@code ministry_refusals}: every candidate name the detector did not count, with
   * the reason (boundary, generic, foreign, local, foreign_context, foreign_repeat), what decided
   * it and the text around it, for auditing the rules.
   *
   * <p>In: detection rows. Out: {@link MinistryTables#REFUSALS_SCHEMA}.
   */
  public static Dataset<Row> refusals(Dataset<MinistryHitRow> hits) {
    return hits.filter(col("refusalReason").isNotNull())
        .select(col("articleId").as("article_id"), col("surfaceForm").as("surface"),
            col("refusalReason").as("reason"), col("refusalDecidedBy").as("decided_by"),
            col("refusalContext").as("context"), col("publication"),
            col("issueDate").as("issue_date"));
  }

  /**
   * Article-scope units and presence. In: {@code articles} (article_id, publication, issue_date)
   * and {@code ministry_mentions}. Out: totals (publication, issue_date, units) and presence
   * (publication, issue_date, article_id, unit_id, ministry_id), one row per article and body.
   */
  public static Dataset<Row> articleTotals(Dataset<Row> articles) {
    return articles.groupBy(col("publication"), col("issue_date")).agg(count(lit(1)).as("units"));
  }

  /**
   * See {@link #articleTotals}; only mentions of the given kinds ({@code ministries.cooccurrence.kinds})
   * make a body present.
   */
  public static Dataset<Row> articlePresence(Dataset<Row> mentions, List<String> kinds) {
    return mentions.filter(kinds.isEmpty() ? lit(false)
            : col("mention_kind").isin(kinds.toArray()))
        .select(col("publication"), col("issue_date"), col("article_id"),
            col("article_id").as("unit_id"), col("ministry_id")).distinct();
  }

  /**
   * Sentence-scope units and presence. In: {@code sentence_counts} and {@code ministry_sentences}.
   * Out: totals (publication, issue_date, units = sentences of all articles) and presence
   * (publication, issue_date, article_id, unit_id = article_id#sentence_index, ministry_id).
   */
  public static Dataset<Row> sentenceTotals(Dataset<Row> sentenceCounts) {
    return sentenceCounts.groupBy(col("publication"), col("issue_date"))
        .agg(sum(col("sentence_count")).cast("long").as("units"));
  }

  /**
   * See {@link #sentenceTotals}; a body is present in a sentence when one of its mentions there is
   * of the given kinds.
   */
  public static Dataset<Row> sentencePresence(Dataset<Row> sentences, List<String> kinds) {
    Column counted = kinds.isEmpty() ? lit(false) : expr("exists(named.ministry_kinds, k -> k IN ("
        + String.join(", ", kinds.stream().map(k -> "'" + k.replace("'", "") + "'").toList())
        + "))");
    return sentences.select(col("publication"), col("issue_date"), col("article_id"),
            concat_ws("#", col("article_id"), col("sentence_index").cast("string")).as("unit_id"),
            explode(arrays_zip(col("ministry_ids"), col("ministry_kinds"))).as("named"))
        .filter(counted)
        .select(col("publication"), col("issue_date"), col("article_id"), col("unit_id"),
            col("named.ministry_ids").as("ministry_id"))
        .distinct();
  }

  /**
   * Co-occurrence of every pair of bodies named together in at least {@code minTogether} units of
   * one scope, per granularity (month, quarter, year, all), period and publication, at two levels:
   * {@code ministry} (gazetteer ids) and {@code lineage} (each id replaced by its lineage_id, so
   * that 银保监会 and 国家金融监督管理总局 in one article are one body, and a pair split by a 2023
   * rename is one pair). The same computation as the stage's, through the per-day counts
   * ({@link MinistryCounts}), with every unit in one stratum of unknown page and section (the
   * result sums over strata, so it does not depend on them).
   *
   * <p>In: per-day totals (publication, issue_date, units) and presence (publication, issue_date,
   * unit_id, ministry_id) of one scope; the gazetteer dimension. Out:
   * {@link MinistryTables#COOCCURRENCE_SCHEMA}.
   */
  public static Dataset<Row> cooccurrence(String scope, Dataset<Row> totals, Dataset<Row> presence,
      Dataset<MinistryRow> ministries, long minTogether) {
    Dataset<Row> leveled = MinistryCounts.withLineages(Strata.unknown(presence), ministries);
    return MinistryCounts.cooccurrence(Strata.unknown(totals).withColumn("scope", lit(scope)),
        MinistryCounts.dayCounts(scope, leveled), MinistryCounts.pairCounts(scope, leveled),
        totals.select(col("publication"), col("issue_date")), ministries, minTogether);
  }

  /**
   * The published co-occurrence columns, with the association measures of docs/tables.md as column
   * expressions ({@link MeasureColumns}; {@link org.paperscope.common.measures.CooccurrenceMeasures}
   * is the reference).
   *
   * <p>In: scope, level, granularity, period_start, publication, ministry_a, ministry_a_name,
   * ministry_b, ministry_b_name, together, count_a, count_b, total, partial_period. Out:
   * {@link MinistryTables#COOCCURRENCE_SCHEMA}.
   */
  static Dataset<Row> withMeasures(Dataset<Row> joined) {
    Column ab = col("together");
    Column a = col("count_a");
    Column b = col("count_b");
    Column n = col("total");
    return joined.select(
        col("scope"),
        col("level"),
        col("period_start"),
        col("publication"),
        col("ministry_a"), col("ministry_a_name"), col("ministry_b"), col("ministry_b_name"),
        col("together"), col("count_a"), col("count_b"), col("total"),
        MeasureColumns.jaccard(ab, a, b).as("jaccard"),
        MeasureColumns.pmi(ab, a, b, n).as("pmi"),
        MeasureColumns.npmi(ab, a, b, n).as("npmi"),
        MeasureColumns.lift(ab, a, b, n).as("lift"),
        MeasureColumns.g2(ab, a, b, n).as("g2"),
        MeasureColumns.g2Sign(ab, a, b, n).as("g2_sign"),
        col("partial_period"),
        col("granularity"),
        periodYear(col("period_start")).as(MinistryTables.PERIOD_YEAR));
  }

  /** {@code period_year} of a co-occurrence row: the year of its period, 0 for {@code all} (no period start). */
  static Column periodYear(Column periodStart) {
    return coalesce(year(periodStart), lit(MinistryTables.ALL_PERIOD_YEAR));
  }

  /**
   * The published {@code ministry_network}: per scope, level, granularity, period and publication, the
   * {@code topN} pairs with the highest {@code measure} among those named together in at least
   * {@code minTogether} units, as source/target/weight edges.
   *
   * <p>In: {@code ministry_cooccurrence}. Out: {@link MinistryTables#NETWORK_SCHEMA}.
   */
  public static Dataset<Row> network(Dataset<Row> cooccurrence, String measure, int topN,
      long minTogether) {
    Column weight = col(measure).cast("double");
    WindowSpec perPeriod = Window.partitionBy(col("scope"), col("level"), col("granularity"),
            col("period_start"), col("publication"))
        .orderBy(weight.desc(), col("together").desc(), col("ministry_a"), col("ministry_b"));
    return cooccurrence.filter(col("together").geq(minTogether).and(weight.isNotNull()))
        .withColumn("rank", row_number().over(perPeriod))
        .filter(col("rank").leq(topN))
        .select(col("scope"), col("level"), col("granularity"), col("period_start"),
            col("publication"), col("rank"), col("ministry_a").as("source"), col("ministry_b").as("target"),
            col("ministry_a_name").as("source_name"), col("ministry_b_name").as("target_name"),
            lit(measure).as("measure"), weight.as("weight"), col("together"), col("npmi"),
            col("g2"));
  }
}
