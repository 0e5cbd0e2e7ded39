package org.paperscope.jobs.trends;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Names and published schemas (partition columns included, last) of the trends stage's tables. */
public final class TrendsTables {
  public static final String MENTIONS = "term_mentions";
  public static final String HITS = "term_hits";
  public static final String CONFLICTS = "boundary_conflicts";
  public static final String TRENDS = "term_trends";
  public static final String FIRST_SEEN = "term_first_seen";
  public static final String CONTEXTS = "term_contexts";
  public static final String VOCABULARY = "term_vocabulary";
  public static final String EMERGING = "emerging_terms";

  /** The {@code term} value of a topic's own row in {@code term_trends} and {@code term_first_seen}. */
  public static final String ALL_TERMS = "*";

  public static final StructType MENTIONS_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("topic", DataTypes.StringType)
      .add("term", DataTypes.StringType)
      .add("mentions", DataTypes.IntegerType)
      .add("in_headline", DataTypes.BooleanType)
      .add("first_offset", DataTypes.IntegerType)
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType);

  public static final StructType HITS_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("topic", DataTypes.StringType)
      .add("term", DataTypes.StringType)
      .add("surface", DataTypes.StringType)
      .add("section", DataTypes.StringType)
      .add("section_index", DataTypes.IntegerType)
      .add("offset", DataTypes.IntegerType)
      .add("left", DataTypes.StringType)
      .add("hit", DataTypes.StringType)
      .add("right", DataTypes.StringType)
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType);

  public static final StructType CONFLICTS_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("topic", DataTypes.StringType)
      .add("term", DataTypes.StringType)
      .add("outcome", DataTypes.StringType)
      .add("rule", DataTypes.StringType)
      .add("section", DataTypes.StringType)
      .add("segmentation", DataTypes.StringType)
      .add("context", DataTypes.StringType)
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType);

  public static final StructType TRENDS_SCHEMA = new StructType()
      .add("period_start", DataTypes.DateType)
      .add("publication", DataTypes.StringType)
      .add("topic", DataTypes.StringType)
      .add("term", DataTypes.StringType)
      .add("mentions", DataTypes.LongType)
      .add("articles_with", DataTypes.LongType)
      .add("total_articles", DataTypes.LongType)
      .add("total_chars", DataTypes.LongType)
      .add("mentions_per_million_chars", DataTypes.DoubleType)
      .add("article_share", DataTypes.DoubleType)
      .add("article_share_ci_low", DataTypes.DoubleType)
      .add("article_share_ci_high", DataTypes.DoubleType)
      .add("thin_period", DataTypes.BooleanType)
      .add("burst", DataTypes.BooleanType)
      .add("granularity", DataTypes.StringType);

  public static final StructType FIRST_SEEN_SCHEMA = new StructType()
      .add("topic", DataTypes.StringType)
      .add("term", DataTypes.StringType)
      .add("publication", DataTypes.StringType)
      .add("first_date", DataTypes.DateType)
      .add("first_article_id", DataTypes.StringType)
      .add("headline", DataTypes.StringType);

  public static final StructType CONTEXTS_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType)
      .add("publication", DataTypes.StringType)
      .add("topic", DataTypes.StringType)
      .add("term", DataTypes.StringType)
      .add("section", DataTypes.StringType)
      .add("left", DataTypes.StringType)
      .add("hit", DataTypes.StringType)
      .add("right", DataTypes.StringType);

  public static final StructType VOCABULARY_SCHEMA = new StructType()
      .add("word", DataTypes.StringType)
      .add("mentions", DataTypes.LongType)
      .add("articles_with", DataTypes.LongType)
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType);

  public static final StructType EMERGING_SCHEMA = new StructType()
      .add("month", DataTypes.DateType)
      .add("publication", DataTypes.StringType)
      .add("rank", DataTypes.IntegerType)
      .add("term", DataTypes.StringType)
      .add("tracked", DataTypes.BooleanType)
      .add("mentions", DataTypes.LongType)
      .add("articles_with", DataTypes.LongType)
      .add("total_articles", DataTypes.LongType)
      .add("baseline_articles_with", DataTypes.LongType)
      .add("baseline_total_articles", DataTypes.LongType)
      .add("baseline_months", DataTypes.IntegerType)
      .add("score", DataTypes.DoubleType);

  private TrendsTables() {}
}
