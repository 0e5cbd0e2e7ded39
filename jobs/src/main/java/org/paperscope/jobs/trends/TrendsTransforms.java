package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paperscope.common.match.ArticleText;
import org.paperscope.common.match.ArticleText.Section;
import org.paperscope.common.match.Kwic;
import org.paperscope.common.match.TermDetector;
import org.paperscope.common.match.TermDetector.BoundaryConflict;
import org.paperscope.common.match.TermDetector.DetectedHit;
import org.paperscope.common.match.TermDetector.Detection;
import org.paperscope.common.match.TermHit;
import org.paperscope.common.match.TermList;
import org.paperscope.common.match.TermMatcher;
import org.paperscope.common.match.TopicTerm;
import org.paperscope.common.measures.TrendMeasures;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.jobs.articles.ArticleTextRow;
import org.paperscope.jobs.spark.PerItem;

/**
 * Dataset-to-Dataset steps of the trends stage. Nothing here reads, writes or creates a session
 * (except building a small keys table from the term list), so tests call these methods on
 * in-memory data. Published column lists are in {@link TrendsTables} and docs/tables.md.
 */
public final class TrendsTransforms {
  private TrendsTransforms() {}

  /**
   * Finds every listed term in each article: one detector per executor JVM, one pass per article.
   *
   * <p>In: {@link ArticleTextRow}. Out: {@link TermFindingRow}, one row per confirmed hit, per
   * refused candidate and per rescued candidate (the rescued one is also a hit).
   */
  public static Dataset<TermFindingRow> detect(Dataset<ArticleTextRow> articles,
      TrendsOptions options) {
    return articles.mapPartitions(termDetection(options), TermFindingRow.ENCODER);
  }

  /** The function {@link #detect} maps each partition with (package-private for its tests). */
  static MapPartitionsFunction<ArticleTextRow, TermFindingRow> termDetection(TrendsOptions options) {
    return new DetectTerms(options.terms(), options.tokenizer(), options.secondOpinionTokenizer(),
        options.contextWidth());
  }

  private static final class DetectTerms
      implements MapPartitionsFunction<ArticleTextRow, TermFindingRow> {
    private static final long serialVersionUID = 1L;
    private final TermList terms;
    private final TokenizerSettings first;
    private final TokenizerSettings second;
    private final int width;

    DetectTerms(TermList terms, TokenizerSettings first, TokenizerSettings second, int width) {
      this.terms = terms;
      this.first = first;
      this.second = second;
      this.width = width;
    }

    @Override
    public Iterator<TermFindingRow> call(Iterator<ArticleTextRow> articles) {
      TermDetector<TopicTerm> detector = new TermDetector<>(TermMatcher.cachedFor(terms),
          HanlpTokenizer.cachedFor(first), second == null ? null : HanlpTokenizer.cachedFor(second));
      return PerItem.rows(articles, (article, out) -> {
        Detection<TopicTerm> found = detector.detect(new ArticleText(article.getHeadline(),
            article.getSubheadings(), article.getBody()));
        ArticleText text = found.text();
        for (DetectedHit<TopicTerm> h : found.hits()) {
          out.accept(row(article, TermFindingRow.HIT, text, h.section(), h.sectionIndex(), h.hit(),
              null, null));
        }
        for (BoundaryConflict<TopicTerm> c : found.conflicts()) {
          out.accept(row(article, TermFindingRow.REFUSED, text, c.section(), c.sectionIndex(),
              c.candidate(), c.segmentation(), c.rule().code()));
        }
        for (BoundaryConflict<TopicTerm> c : found.rescued()) {
          out.accept(row(article, TermFindingRow.RESCUED, text, c.section(), c.sectionIndex(),
              c.candidate(), c.segmentation(), c.rule().code()));
        }
      });
    }

    private TermFindingRow row(ArticleTextRow article, String kind, ArticleText text,
        Section section, int sectionIndex, TermHit<TopicTerm> hit, String segmentation,
        String rule) {
      String part = text.text(section, sectionIndex);
      Kwic kwic = Kwic.of(part, hit.start(), hit.end(), width);
      TermFindingRow row = new TermFindingRow();
      row.setArticleId(article.getArticleId());
      row.setPublication(article.getPublication());
      row.setIssueDate(article.getIssueDate());
      row.setKind(kind);
      row.setTopic(hit.payload().topic());
      row.setTerm(hit.payload().term());
      row.setSurface(hit.surface());
      row.setSection(section.name().toLowerCase(java.util.Locale.ROOT));
      row.setSectionIndex(sectionIndex);
      row.setOffset(part.codePointCount(0, hit.start()));
      row.setLeft(kwic.left());
      row.setHit(kwic.hit());
      row.setRight(kwic.right());
      row.setSegmentation(segmentation);
      row.setRule(rule);
      row.setPage(article.getPage());
      row.setArticleSection(article.getSection());
      return row;
    }
  }

  /**
   * The published {@code term_mentions}: one row per article and term with at least one hit.
   *
   * <p>In: findings. Out: {@link TrendsTables#MENTIONS_SCHEMA} (first_offset: first hit in the
   * body, in code points; null when the term is only in the headline or sub-headings).
   */
  public static Dataset<Row> mentions(Dataset<TermFindingRow> findings) {
    return findings.filter(col("kind").equalTo(TermFindingRow.HIT))
        .groupBy(col("articleId"), col("publication"), col("issueDate"), col("topic"), col("term"))
        .agg(count(lit(1)).cast(DataTypes.IntegerType).as("mentions"),
            max(col("section").equalTo("headline")).as("in_headline"),
            min(when(col("section").equalTo("body"), col("offset"))).as("first_offset"))
        .select(col("articleId").as("article_id"), col("topic"), col("term"), col("mentions"),
            col("in_headline"), col("first_offset"), col("publication"),
            col("issueDate").as("issue_date"));
  }

  /**
   * The intermediate {@code term_hits}: every confirmed hit with its context, from which
   * {@code term_contexts} samples.
   *
   * <p>In: findings. Out: {@link TrendsTables#HITS_SCHEMA}.
   */
  public static Dataset<Row> hits(Dataset<TermFindingRow> findings) {
    return findings.filter(col("kind").equalTo(TermFindingRow.HIT))
        .select(col("articleId").as("article_id"), col("topic"), col("term"), col("surface"),
            col("section"), col("sectionIndex").as("section_index"), col("offset"), col("left"),
            col("hit"), col("right"), col("publication"), col("issueDate").as("issue_date"));
  }

  /**
   * The published {@code boundary_conflicts}: candidates the token check or the Latin rule
   * refused, and those only the second opinion kept ({@code outcome} = refused / rescued;
   * {@code rule} = token / latin).
   *
   * <p>In: findings. Out: {@link TrendsTables#CONFLICTS_SCHEMA}.
   */
  public static Dataset<Row> conflicts(Dataset<TermFindingRow> findings) {
    return findings.filter(col("kind").isin(TermFindingRow.REFUSED, TermFindingRow.RESCUED))
        .select(col("articleId").as("article_id"), col("topic"), col("term"),
            col("kind").as("outcome"), col("rule"), col("section"), col("segmentation"),
            concat(col("left"), lit("["), col("hit"), lit("]"), col("right")).as("context"),
            col("publication"), col("issueDate").as("issue_date"));
  }

  /**
   * Every (topic, term) pair of the list plus one (topic, {@code *}) row per topic: the keys every
   * period of {@code term_trends} gets a row for, hit or not.
   */
  public static Dataset<Row> keys(SparkSession spark, TermList terms) {
    List<Row> rows = new ArrayList<>();
    for (TermList.Topic topic : terms.topics()) {
      rows.add(RowFactory.create(topic.name(), TrendsTables.ALL_TERMS));
      for (String variant : topic.variants()) {
        rows.add(RowFactory.create(topic.name(), variant));
      }
    }
    StructType schema = new StructType().add("topic", DataTypes.StringType)
        .add("term", DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  /** The first day of the period of {@code date} at {@code granularity} (weeks start on Monday). */
  static Column periodStart(String granularity, Column date) {
    return granularity.equals("day") ? date : trunc(date, granularity);
  }

  /**
   * {@code trends} with its {@code burst} flag from {@code bursts} ({@link BurstSeries#bursts}:
   * Kleinberg's two-state model over each whole series, {@link TrendMeasures#kleinbergBursts}),
   * placed before granularity; a period without a burst row is false.
   */
  public static Dataset<Row> withBursts(Dataset<Row> trends, Dataset<Row> bursts) {
    List<String> columns = new ArrayList<>(List.of(trends.columns()));
    columns.add(columns.indexOf("granularity"), "burst");
    return trends.join(bursts,
            new String[] {"granularity", "publication", "topic", "term", "period_start"}, "left")
        .withColumn("burst", coalesce(col("burst"), lit(false)))
        .selectExpr(columns.toArray(new String[0]));
  }

  /**
   * The published {@code term_first_seen}: per key (term, and topic as term {@code *}) and
   * publication, the earliest article with a hit; ties on the date go to the smallest article_id
   * (the earlier article of the issue).
   *
   * <p>In: {@code term_mentions} rows, {@code articles} rows (article_id, headline), the
   * {@link #keys}. Out: {@link TrendsTables#FIRST_SEEN_SCHEMA}.
   */
  public static Dataset<Row> firstSeen(Dataset<Row> mentions, Dataset<Row> articles,
      Dataset<Row> keys) {
    Dataset<Row> known = mentions.join(broadcast(keys), new String[] {"topic", "term"}, "left_semi")
        .select(col("topic"), col("term"), col("publication"), col("issue_date"),
            col("article_id"));
    Dataset<Row> all = known.unionByName(known.withColumn("term", lit(TrendsTables.ALL_TERMS)));
    Dataset<Row> first = all
        .withColumn("n", row_number().over(Window.partitionBy("topic", "term", "publication")
            .orderBy(col("issue_date"), col("article_id"))))
        .filter(col("n").equalTo(1));
    return first.join(articles.select(col("article_id"), col("headline")), "article_id")
        .select(col("topic"), col("term"), col("publication"), col("issue_date").as("first_date"),
            col("article_id").as("first_article_id"), col("headline"));
  }

  /**
   * The published {@code term_contexts}: up to {@code perTermMonth} KWIC lines per term,
   * publication and month, chosen by a hash of the hit's article and offset, so the same
   * warehouse always gives the same sample and a rerun of other days does not reshuffle it.
   *
   * <p>In: {@code term_hits} rows. Out: {@link TrendsTables#CONTEXTS_SCHEMA}.
   */
  public static Dataset<Row> contexts(Dataset<Row> hits, int perTermMonth) {
    return hits
        .withColumn("n", row_number().over(Window
            .partitionBy(col("publication"), col("topic"), col("term"),
                trunc(col("issue_date"), "month"))
            .orderBy(xxhash64(col("article_id"), col("section"), col("section_index"),
                col("offset")), col("article_id"), col("section"), col("section_index"),
                col("offset"))))
        .filter(col("n").leq(perTermMonth))
        .select(col("article_id"), col("issue_date"), col("publication"), col("topic"),
            col("term"), col("section"), col("left"), col("hit"), col("right"));
  }
}
