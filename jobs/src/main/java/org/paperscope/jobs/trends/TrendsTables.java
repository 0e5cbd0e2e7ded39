package org.paperscope.jobs.trends;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paperscope.jobs.articles.Strata;
import org.paperscope.jobs.spark.TableSpec;

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

  /** Partition column of {@code term_trends}: the calendar year of {@code period_start}. */
  public static final String PERIOD_YEAR = TableSpec.PERIOD_YEAR;

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
      .add("headline_mentions", DataTypes.LongType)
      .add("body_mentions", DataTypes.LongType)
      .add("articles_with", DataTypes.LongType)
      .add("headline_articles_with", DataTypes.LongType)
      .add("total_articles", DataTypes.LongType)
      .add("total_chars", DataTypes.LongType)
      .add("headline_chars", DataTypes.LongType)
      .add("body_chars", DataTypes.LongType)
      .add("mentions_per_million_chars", DataTypes.DoubleType)
      .add("headline_mentions_per_million_chars", DataTypes.DoubleType)
      .add("body_mentions_per_million_chars", DataTypes.DoubleType)
      .add("article_share", DataTypes.DoubleType)
      .add("article_share_ci_low", DataTypes.DoubleType)
      .add("article_share_ci_high", DataTypes.DoubleType)
      .add("thin_period", DataTypes.BooleanType)
      .add("processed_days", DataTypes.LongType)
      .add("ingested_days", DataTypes.LongType)
      .add("partial_period", DataTypes.BooleanType)
      .add("stale_days", DataTypes.LongType)
      .add("burst", DataTypes.BooleanType)
      .add("granularity", DataTypes.StringType)
      .add(PERIOD_YEAR, DataTypes.IntegerType);

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

  public static final String TERM_DAYS = "term_days";
  public static final String TERM_DAY_COUNTS = "term_day_counts";

  /**
   * Per day processed by trends and stratum (front_page, section): the denominators, and the term
   * list it was counted with.
   */
  public static final TableSpec TERM_DAYS_SPEC = TableSpec.daily(TERM_DAYS, new StructType()
      .add(Strata.FRONT_PAGE, DataTypes.BooleanType)
      .add(Strata.SECTION, DataTypes.StringType)
      .add("articles", DataTypes.LongType)
      .add("text_chars", DataTypes.LongType)
      .add("headline_chars", DataTypes.LongType)
      .add("body_chars", DataTypes.LongType)
      .add("term_list_hash", DataTypes.StringType)
      .add("run_id", DataTypes.StringType), Strata.FRONT_PAGE, Strata.SECTION);

  /** Per day, stratum (front_page, section) and key (variant, and topic as term '*'): the numerators. */
  public static final TableSpec TERM_DAY_COUNTS_SPEC = TableSpec.daily(TERM_DAY_COUNTS, new StructType()
      .add(Strata.FRONT_PAGE, DataTypes.BooleanType)
      .add(Strata.SECTION, DataTypes.StringType)
      .add("topic", DataTypes.StringType)
      .add("term", DataTypes.StringType)
      .add("mentions", DataTypes.LongType)
      .add("headline_mentions", DataTypes.LongType)
      .add("body_mentions", DataTypes.LongType)
      .add("articles_with", DataTypes.LongType)
      .add("headline_articles_with", DataTypes.LongType), Strata.FRONT_PAGE, Strata.SECTION, "topic", "term");

  public static final TableSpec MENTIONS_SPEC = TableSpec.daily(MENTIONS, MENTIONS_SCHEMA, "article_id", "topic", "term");
  public static final TableSpec HITS_SPEC = TableSpec.daily(HITS, HITS_SCHEMA, "article_id", "section", "section_index", "offset", "topic", "term");
  public static final TableSpec CONFLICTS_SPEC = TableSpec.daily(CONFLICTS, CONFLICTS_SCHEMA, "article_id", "topic", "term", "context");
  public static final TableSpec VOCABULARY_SPEC = TableSpec.daily(VOCABULARY, VOCABULARY_SCHEMA, "word");
  public static final TableSpec TRENDS_SPEC = TableSpec.whole(TRENDS, TRENDS_SCHEMA, java.util.List.of("granularity", PERIOD_YEAR),
      "publication", "topic", "term", "period_start");
  public static final TableSpec FIRST_SEEN_SPEC = TableSpec.whole(FIRST_SEEN, FIRST_SEEN_SCHEMA, java.util.List.of(),
      "topic", "term", "publication");
  public static final TableSpec CONTEXTS_SPEC = TableSpec.daily(CONTEXTS, CONTEXTS_SCHEMA, "topic", "term", "article_id");
  public static final TableSpec EMERGING_SPEC = TableSpec.whole(EMERGING, EMERGING_SCHEMA, java.util.List.of(),
      "publication", "month", "rank");

  private TrendsTables() {}
}
