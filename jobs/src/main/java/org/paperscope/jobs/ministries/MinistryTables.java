package org.paperscope.jobs.ministries;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paperscope.jobs.articles.Strata;
import org.paperscope.jobs.spark.TableSpec;

/** Names and published schemas (partition columns included) of the ministries stage's tables. */
public final class MinistryTables {
  public static final String MENTIONS = "ministry_mentions";
  public static final String SENTENCES = "ministry_sentences";
  public static final String SENTENCE_COUNTS = "sentence_counts";
  public static final String COOCCURRENCE = "ministry_cooccurrence";
  public static final String NETWORK = "ministry_network";
  public static final String REFUSALS = "ministry_refusals";
  /**
   * The second partition column of {@code ministry_cooccurrence} ({@link TableSpec#PERIOD_YEAR}):
   * the calendar year of {@code period_start}, and {@link #ALL_PERIOD_YEAR} for granularity
   * {@code all}.
   */
  public static final String PERIOD_YEAR = TableSpec.PERIOD_YEAR;
  /** {@code period_year} of the granularity {@code all}, whose {@code period_start} is null. */
  public static final int ALL_PERIOD_YEAR = 0;
  /** {@code ministry_cooccurrence.level}: pairs of gazetteer bodies. */
  public static final String LEVEL_MINISTRY = "ministry";
  /** {@code ministry_cooccurrence.level}: pairs of lineages (a body and its predecessors merged). */
  public static final String LEVEL_LINEAGE = "lineage";

  public static final StructType MENTIONS_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("ministry_id", DataTypes.StringType)
      .add("lineage_id", DataTypes.StringType)
      .add("canonical_name", DataTypes.StringType)
      .add("kind", DataTypes.StringType)
      .add("surface_form", DataTypes.StringType)
      .add("unit", DataTypes.StringType)
      .add("mention_kind", DataTypes.StringType)
      .add("mentions", DataTypes.LongType)
      .add("in_headline", DataTypes.BooleanType)
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType);

  public static final StructType SENTENCES_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("sentence_index", DataTypes.IntegerType)
      .add("ministry_ids", DataTypes.createArrayType(DataTypes.StringType))
      .add("ministry_kinds", DataTypes.createArrayType(
          DataTypes.createArrayType(DataTypes.StringType)))
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType);

  public static final StructType SENTENCE_COUNTS_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("sentence_count", DataTypes.IntegerType)
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType);

  public static final StructType COOCCURRENCE_SCHEMA = new StructType()
      .add("scope", DataTypes.StringType)
      .add("level", DataTypes.StringType)
      .add("period_start", DataTypes.DateType)
      .add("publication", DataTypes.StringType)
      .add("ministry_a", DataTypes.StringType)
      .add("ministry_a_name", DataTypes.StringType)
      .add("ministry_b", DataTypes.StringType)
      .add("ministry_b_name", DataTypes.StringType)
      .add("together", DataTypes.LongType)
      .add("count_a", DataTypes.LongType)
      .add("count_b", DataTypes.LongType)
      .add("total", DataTypes.LongType)
      .add("jaccard", DataTypes.DoubleType)
      .add("pmi", DataTypes.DoubleType)
      .add("npmi", DataTypes.DoubleType)
      .add("lift", DataTypes.DoubleType)
      .add("g2", DataTypes.DoubleType)
      .add("g2_sign", DataTypes.IntegerType)
      .add("partial_period", DataTypes.BooleanType)
      // ministry_cooccurrence/3: partitioned by granularity and period_year (0 for granularity all).
      .add("granularity", DataTypes.StringType)
      .add(PERIOD_YEAR, DataTypes.IntegerType);

  public static final StructType NETWORK_SCHEMA = new StructType()
      .add("scope", DataTypes.StringType)
      .add("level", DataTypes.StringType)
      .add("granularity", DataTypes.StringType)
      .add("period_start", DataTypes.DateType)
      .add("publication", DataTypes.StringType)
      .add("rank", DataTypes.IntegerType)
      .add("source", DataTypes.StringType)
      .add("target", DataTypes.StringType)
      .add("source_name", DataTypes.StringType)
      .add("target_name", DataTypes.StringType)
      .add("measure", DataTypes.StringType)
      .add("weight", DataTypes.DoubleType)
      .add("together", DataTypes.LongType)
      .add("npmi", DataTypes.DoubleType)
      .add("g2", DataTypes.DoubleType);

  public static final StructType REFUSALS_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("surface", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("decided_by", DataTypes.StringType)
      .add("context", DataTypes.StringType)
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType);

  public static final String MINISTRY_DAYS = "ministry_days";
  public static final String MINISTRY_DAY_COUNTS = "ministry_day_counts";
  public static final String PAIR_DAY_COUNTS = "pair_day_counts";

  /**
   * Per day processed by ministries and stratum (front_page, section): the units (articles,
   * sentences), and the gazetteer used.
   */
  public static final TableSpec MINISTRY_DAYS_SPEC = TableSpec.daily(MINISTRY_DAYS, new StructType()
      .add(Strata.FRONT_PAGE, DataTypes.BooleanType)
      .add(Strata.SECTION, DataTypes.StringType)
      .add("articles", DataTypes.LongType)
      .add("sentences", DataTypes.LongType)
      .add("gazetteer_hash", DataTypes.StringType)
      .add("run_id", DataTypes.StringType), Strata.FRONT_PAGE, Strata.SECTION);

  /** Per day, stratum (front_page, section), scope and body: the units naming it. */
  public static final TableSpec MINISTRY_DAY_COUNTS_SPEC = TableSpec.daily(MINISTRY_DAY_COUNTS, new StructType()
      .add(Strata.FRONT_PAGE, DataTypes.BooleanType)
      .add(Strata.SECTION, DataTypes.StringType)
      .add("scope", DataTypes.StringType)
      .add("level", DataTypes.StringType)
      .add("ministry_id", DataTypes.StringType)
      .add("units", DataTypes.LongType), Strata.FRONT_PAGE, Strata.SECTION, "scope", "level", "ministry_id");

  /** Per day, stratum (front_page, section), scope and pair: the units naming both. */
  public static final TableSpec PAIR_DAY_COUNTS_SPEC = TableSpec.daily(PAIR_DAY_COUNTS, new StructType()
      .add(Strata.FRONT_PAGE, DataTypes.BooleanType)
      .add(Strata.SECTION, DataTypes.StringType)
      .add("scope", DataTypes.StringType)
      .add("level", DataTypes.StringType)
      .add("ministry_a", DataTypes.StringType)
      .add("ministry_b", DataTypes.StringType)
      .add("together", DataTypes.LongType), Strata.FRONT_PAGE, Strata.SECTION, "scope", "level", "ministry_a",
      "ministry_b");

  public static final TableSpec MENTIONS_SPEC = TableSpec.daily(MENTIONS, MENTIONS_SCHEMA, "article_id", "ministry_id", "surface_form", "unit");
  public static final TableSpec SENTENCES_SPEC = TableSpec.daily(SENTENCES, SENTENCES_SCHEMA, "article_id", "sentence_index");
  public static final TableSpec SENTENCE_COUNTS_SPEC = TableSpec.daily(SENTENCE_COUNTS, SENTENCE_COUNTS_SCHEMA, "article_id");
  public static final TableSpec COOCCURRENCE_SPEC = TableSpec.whole(COOCCURRENCE, COOCCURRENCE_SCHEMA,
      java.util.List.of("granularity", PERIOD_YEAR),
      "scope", "level", "granularity", "period_start", "publication", "ministry_a", "ministry_b");
  public static final TableSpec NETWORK_SPEC = TableSpec.whole(NETWORK, NETWORK_SCHEMA, java.util.List.of(),
      "scope", "level", "granularity", "period_start", "publication", "rank");
  public static final TableSpec REFUSALS_SPEC = TableSpec.daily(REFUSALS, REFUSALS_SCHEMA, "article_id", "surface", "reason");

  private MinistryTables() {}
}
