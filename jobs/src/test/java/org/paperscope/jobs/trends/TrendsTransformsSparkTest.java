package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paperscope.common.match.TermList;
import org.paperscope.common.measures.TrendMeasures;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;
import org.paperscope.jobs.spark.SparkTestSession;
import org.paperscope.jobs.articles.ArticleTextRow;
import org.paperscope.jobs.spark.CountingIterator;

@Tag("spark")
class TrendsTransformsSparkTest {
  private static final TermList TERMS = TermList.parse("""
      内卷: 内卷, 内卷式
      新质生产力
      部委: 财政部
      营商环境
      5G
      """, "test");
  private static final StructType ARTICLES = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType)
      .add("char_count", DataTypes.IntegerType)
      .add("headline", DataTypes.StringType);

  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static TrendsOptions options(boolean secondOpinion) {
    return new TrendsOptions(TERMS, Segmenter.VITERBI, secondOpinion,
        TrendsOptions.ALL_GRANULARITIES, 3, 5, 2, 2.0, 1.0, null);
  }

  /**
   * Open-vocabulary settings of these tests: Viterbi, the default parts of speech, a 12-month
   * baseline of at least 3 months, 3 articles, the top 10.
   */
  private static EmergingSettings emergingSettings() {
    return new EmergingSettings(TokenizerSettings.of(Segmenter.VITERBI), EmergingSettings.DEFAULT_POS,
        EmergingSettings.DEFAULT_EXCLUDED_POS, Set.of(), 2, 12, 3, 3, 10);
  }

  private static ArticleTextRow article(String id, String date, String headline, String body) {
    ArticleTextRow row = new ArticleTextRow();
    row.setArticleId(id);
    row.setPublication("测试报");
    row.setIssueDate(LocalDate.parse(date));
    row.setHeadline(headline);
    row.setSubheadings(List.of());
    row.setBody(body);
    return row;
  }

  /**
   * The partition functions hand out each article's rows before they read the next article: a
   * task holds one article's rows, not its partition's (xwlb ×10 with the open vocabulary on ran
   * out of heap when they collected the partition first).
   */
  @Test
  void termDetectionAndWordCountsReadOneArticlePerBatchOfRows() throws Exception {
    List<ArticleTextRow> three = List.of(
        article("a1", "2024-03-01", "", "新质生产力加快发展。"),
        article("a2", "2024-03-01", "", "营商环境持续优化。"),
        article("a3", "2024-03-02", "", "内卷式竞争。"));
    CountingIterator<ArticleTextRow> forTerms = new CountingIterator<>(three);
    Iterator<TermFindingRow> findings = TrendsTransforms.termDetection(options(false)).call(forTerms);
    assertThat(forTerms.taken()).isZero();
    assertThat(findings.next().getArticleId()).isEqualTo("a1");
    assertThat(forTerms.taken()).isEqualTo(1);

    CountingIterator<ArticleTextRow> forWords = new CountingIterator<>(three);
    EmergingSettings settings = emergingSettings();
    Iterator<WordCountRow> words = EmergingTransforms.wordCounting(settings).call(forWords);
    assertThat(words.next().getArticleId()).isEqualTo("a1");
    assertThat(forWords.taken()).isEqualTo(1);
    int rest = 0;
    while (words.hasNext()) {
      words.next();
      rest++;
    }
    assertThat(rest).isPositive();
    assertThat(forWords.taken()).isEqualTo(3);
  }

  private static List<String> rows(Dataset<Row> rows, String... columns) {
    List<String> out = new ArrayList<>();
    for (Row row : rows.selectExpr(columns).collectAsList()) {
      out.add(row.mkString("|"));
    }
    out.sort(null);
    return out;
  }

  @Test
  void countsHitsPerArticleAndTermWithHeadlineFlagAndFirstBodyOffset() {
    Dataset<ArticleTextRow> articles = spark.createDataset(List.of(
        article("a1", "2024-03-01", "整治内卷", "不搞内卷式竞争，整治内卷。形成新质生产力。"),
        article("a2", "2024-03-01", "各地财政部门", "财政部部长出席。各地财政部门要加强管理。")),
        ArticleTextRow.ENCODER);
    Dataset<TermFindingRow> findings = TrendsTransforms.detect(articles, options(false)).cache();

    assertThat(rows(TrendsTransforms.mentions(findings), "article_id", "topic", "term",
        "mentions", "in_headline", "first_offset", "cast(issue_date as string)"))
        .containsExactly(
            "a1|内卷|内卷|2|true|10|2024-03-01",
            "a1|内卷|内卷式|1|false|2|2024-03-01",
            "a1|新质生产力|新质生产力|1|false|15|2024-03-01",
            "a2|部委|财政部|1|false|0|2024-03-01");
    assertThat(rows(TrendsTransforms.conflicts(findings), "article_id", "term", "outcome",
        "section", "segmentation", "context"))
        .containsExactly(
            "a2|财政部|refused|body|财政|部门|出席。各地[财政部]门要加强管",
            "a2|财政部|refused|headline|财政|部门|各地[财政部]门");
    assertThat(rows(TrendsTransforms.hits(findings), "article_id", "term", "left", "hit", "right")
        .get(0)).isEqualTo("a1|内卷|整治|内卷|");
  }

  @Test
  void secondOpinionRescuesAndReportsIt() {
    Dataset<ArticleTextRow> articles = spark.createDataset(List.of(
        article("a1", "2024-03-01", "", "我国营商环境持续优化。")), ArticleTextRow.ENCODER);
    Dataset<TermFindingRow> findings = TrendsTransforms.detect(articles, options(true));

    assertThat(rows(TrendsTransforms.mentions(findings), "term", "mentions"))
        .containsExactly("营商环境|1");
    assertThat(rows(TrendsTransforms.conflicts(findings), "term", "outcome", "segmentation"))
        .containsExactly("营商环境|rescued|国营|商|环境");
  }

  @Test
  void listsEveryRefusalWithTheRuleThatMadeIt() {
    Dataset<ArticleTextRow> articles = spark.createDataset(List.of(
        article("a1", "2024-03-01", "", "人均消耗5GB流量，各地财政部门要加强管理。")),
        ArticleTextRow.ENCODER);
    Dataset<TermFindingRow> findings = TrendsTransforms.detect(articles, options(false));

    assertThat(rows(TrendsTransforms.conflicts(findings), "term", "outcome", "rule",
        "segmentation"))
        .containsExactly("5G|refused|latin|5GB", "财政部|refused|token|财政|部门");
  }

  private static Dataset<Row> articleRows(Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] r : rows) {
      list.add(RowFactory.create(r[0], "测试报", LocalDate.parse((String) r[1]), r[2], "标题" + r[0]));
    }
    return spark.createDataFrame(list, ARTICLES);
  }

  private static Dataset<Row> mentionRows(Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] r : rows) {
      list.add(RowFactory.create(r[0], r[2], r[3], r[4], false, 0, "测试报",
          LocalDate.parse((String) r[1])));
    }
    return spark.createDataFrame(list, TrendsTables.MENTIONS_SCHEMA);
  }

  /**
   * term_trends through the per-day tables, as the stage builds it: term_days from the article
   * rows (all text = char_count here), term_day_counts from the mention rows (a topic row counts an
   * article once), every day ingested and counted with the current list.
   */
  private static Dataset<Row> viaDayTables(Dataset<Row> mentions, Dataset<Row> articles, Dataset<Row> keys,
      List<String> granularities, int thin) {
    Dataset<Row> termDays = articles.groupBy(col("publication"), col("issue_date"))
        .agg(org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)).as("articles"),
            org.apache.spark.sql.functions.sum(col("char_count")).cast("long").as("text_chars"))
        .withColumn("headline_chars", org.apache.spark.sql.functions.lit(0L))
        .withColumn("body_chars", col("text_chars"))
        .withColumn("term_list_hash", org.apache.spark.sql.functions.lit("current"));
    Dataset<Row> perArticle = mentions.select(col("publication"), col("issue_date"), col("topic"),
            col("term"), col("article_id"), col("mentions"))
        .unionByName(mentions.select(col("publication"), col("issue_date"), col("topic"),
            org.apache.spark.sql.functions.lit("*").as("term"), col("article_id"), col("mentions")))
        .groupBy(col("publication"), col("issue_date"), col("topic"), col("term"), col("article_id"))
        .agg(org.apache.spark.sql.functions.sum(col("mentions")).cast("long").as("mentions"));
    Dataset<Row> dayCounts = perArticle.groupBy(col("publication"), col("issue_date"), col("topic"), col("term"))
        .agg(org.apache.spark.sql.functions.sum(col("mentions")).cast("long").as("mentions"),
            org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)).as("articles_with"))
        .withColumn("headline_mentions", org.apache.spark.sql.functions.lit(0L))
        .withColumn("body_mentions", col("mentions"))
        .withColumn("headline_articles_with", org.apache.spark.sql.functions.lit(0L));
    return TrendCounts.trends(termDays, dayCounts, termDays.select("publication", "issue_date"), keys,
        granularities, thin, "current");
  }

  private static final Object[][] FOUR_DAYS = {
      {"d1a", "2024-01-31", 100}, {"d1b", "2024-01-31", 300},
      {"d2a", "2024-02-01", 200},
      {"d3a", "2024-02-02", 100}, {"d3b", "2024-02-02", 100}, {"d3c", "2024-02-02", 100},
      {"d4a", "2025-01-01", 50}};

  @Test
  void givesEveryPeriodAndKeyARowCountingAllArticlesAndChars() {
    Dataset<Row> trends = viaDayTables(
        mentionRows(new Object[] {"d1a", "2024-01-31", "内卷", "内卷", 2},
            new Object[] {"d1a", "2024-01-31", "内卷", "内卷式", 1},
            new Object[] {"d3b", "2024-02-02", "内卷", "内卷式", 1}),
        articleRows(FOUR_DAYS), TrendsTransforms.keys(spark, TERMS),
        TrendsOptions.ALL_GRANULARITIES, 3).cache();

    assertThat(rows(trends.filter(col("granularity").equalTo("day")
            .and(col("topic").equalTo("内卷"))),
        "cast(period_start as string)", "term", "mentions", "articles_with", "total_articles",
        "total_chars", "thin_period"))
        .containsExactly(
            "2024-01-31|*|3|1|2|400|true",
            "2024-01-31|内卷|2|1|2|400|true",
            "2024-01-31|内卷式|1|1|2|400|true",
            "2024-02-01|*|0|0|1|200|true",
            "2024-02-01|内卷|0|0|1|200|true",
            "2024-02-01|内卷式|0|0|1|200|true",
            "2024-02-02|*|1|1|3|300|false",
            "2024-02-02|内卷|0|0|3|300|false",
            "2024-02-02|内卷式|1|1|3|300|false",
            "2025-01-01|*|0|0|1|50|true",
            "2025-01-01|内卷|0|0|1|50|true",
            "2025-01-01|内卷式|0|0|1|50|true");
    // Roll-ups sum numerators and denominators: February is 1 of 4 articles, not the mean of
    // the daily shares (0 and 1/3).
    assertThat(rows(trends.filter(col("granularity").equalTo("month")
            .and(col("term").equalTo("*")).and(col("topic").equalTo("内卷"))),
        "cast(period_start as string)", "mentions", "articles_with", "total_articles",
        "article_share", "mentions_per_million_chars"))
        .containsExactly("2024-01-01|3|1|2|0.5|7500.0", "2024-02-01|1|1|4|0.25|2000.0",
            "2025-01-01|0|0|1|0.0|0.0");
    assertThat(rows(trends.filter(col("granularity").equalTo("week")
            .and(col("term").equalTo("*")).and(col("topic").equalTo("内卷"))),
        "cast(period_start as string)", "total_articles"))
        .containsExactly("2024-01-29|6", "2024-12-30|1");
    assertThat(trends.filter(col("granularity").equalTo("year")
        .and(col("topic").equalTo("新质生产力")).and(col("term").equalTo("新质生产力"))
        .and(col("mentions").equalTo(0))).count()).isEqualTo(2);
  }

  @Test
  void computesTheWilsonIntervalLikeTheReference() {
    Dataset<Row> trends = viaDayTables(
        mentionRows(new Object[] {"d3b", "2024-02-02", "内卷", "内卷", 1}),
        articleRows(FOUR_DAYS), TrendsTransforms.keys(spark, TERMS), List.of("day"), 3);
    Row row = trends.filter(col("period_start").equalTo(java.sql.Date.valueOf("2024-02-02"))
        .and(col("term").equalTo("内卷"))).collectAsList().get(0);
    Row zero = trends.filter(col("period_start").equalTo(java.sql.Date.valueOf("2024-01-31"))
        .and(col("term").equalTo("内卷"))).collectAsList().get(0);

    TrendMeasures.Interval third = TrendMeasures.wilson95(1, 3);
    assertThat(row.<Double>getAs("article_share_ci_low")).isCloseTo(third.low(), within(1e-12));
    assertThat(row.<Double>getAs("article_share_ci_high")).isCloseTo(third.high(), within(1e-12));
    assertThat(zero.<Double>getAs("article_share_ci_low")).isEqualTo(0.0);
    assertThat(zero.<Double>getAs("article_share_ci_high"))
        .isCloseTo(TrendMeasures.wilson95(0, 2).high(), within(1e-12));
  }

  @Test
  void marksTheMonthsKleinbergPutsInTheBurstState() {
    StructType schema = new StructType()
        .add("period_start", DataTypes.DateType).add("publication", DataTypes.StringType)
        .add("topic", DataTypes.StringType).add("term", DataTypes.StringType)
        .add("articles_with", DataTypes.LongType).add("total_articles", DataTypes.LongType)
        .add("granularity", DataTypes.StringType);
    long[] with = {1, 1, 1, 10, 12, 1, 1};
    List<Row> rows = new ArrayList<>();
    for (int m = 0; m < with.length; m++) {
      rows.add(RowFactory.create(LocalDate.of(2024, m + 1, 1), "测试报", "内卷", "*", with[m], 100L,
          "month"));
      rows.add(RowFactory.create(LocalDate.of(2024, m + 1, 1), "测试报", "内卷", "内卷", 2L, 100L,
          "month"));
    }
    Dataset<Row> trends = spark.createDataFrame(rows, schema);
    Dataset<Row> marked = TrendsTransforms.withBursts(trends,
        BurstSeries.bursts(BurstSeries.decide(BurstSeries.fromRows(trends, lit(null)), 2, 1)));

    assertThat(marked.columns()).containsExactly("period_start", "publication", "topic", "term",
        "articles_with", "total_articles", "burst", "granularity");
    assertThat(rows(marked.filter(col("burst")), "term", "cast(period_start as string)"))
        .containsExactly("*|2024-04-01", "*|2024-05-01");
    assertThat(marked.count()).isEqualTo(14);
  }

  /** Monthly rows of two series from 2023-01, articles_with as given, 100 articles a month. */
  private static Dataset<Row> monthly(long[] with, int from) {
    StructType schema = new StructType()
        .add("granularity", DataTypes.StringType).add("publication", DataTypes.StringType)
        .add("topic", DataTypes.StringType).add("term", DataTypes.StringType)
        .add("period_start", DataTypes.DateType)
        .add("articles_with", DataTypes.LongType).add("total_articles", DataTypes.LongType);
    List<Row> rows = new ArrayList<>();
    for (int m = from; m < with.length; m++) {
      LocalDate start = LocalDate.of(2023, 1, 1).plusMonths(m);
      rows.add(RowFactory.create("month", "测试报", "内卷", "*", start, with[m], 100L));
      rows.add(RowFactory.create("month", "测试报", "内卷", "内卷", start, 2L, 100L));
    }
    return spark.createDataFrame(rows, schema);
  }

  private static List<String> points(Dataset<Row> decided) {
    return rows(decided.selectExpr("term", "explode(points) as p"), "term", "cast(p.period_start as string)",
        "p.articles_with", "p.total_articles", "p.burst");
  }

  @Test
  void storedBurstSeriesWithFreshPointsDecideAsTheWholeSeries() {
    // Published: 22 months with a burst in April and May 2023. Then September and October 2024
    // are counted again and November and December added, with far more articles: the base rate
    // rises and the 2023 burst is gone, a flag that moved outside the recomputed periods.
    long[] before = {1, 1, 1, 10, 12, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    long[] after = {1, 1, 1, 10, 12, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 40, 45, 50, 40};
    BurstSeries.Input input = BurstSeries.fromRows(monthly(before, 0), lit(null));
    Dataset<Row> state = BurstSeries.asState(BurstSeries.decide(input, 2, 1), input.periods(), 7L);
    assertThat(points(state)).contains("*|2023-04-01|10|100|true", "*|2023-05-01|12|100|true");
    List<Row> dirty = new ArrayList<>();
    for (int m = 20; m < after.length; m++) {
      dirty.add(RowFactory.create("month", "测试报", LocalDate.of(2023, 1, 1).plusMonths(m)));
    }

    Dataset<Row> merged = BurstSeries.decide(BurstSeries.merge(state, monthly(after, 20), dirty), 2, 1);
    Dataset<Row> whole = BurstSeries.decide(BurstSeries.fromRows(monthly(after, 0), lit(null)), 2, 1);

    assertThat(points(merged)).hasSize(48).isEqualTo(points(whole));
    assertThat(points(merged)).contains("*|2023-04-01|10|100|false", "*|2024-11-01|50|100|true");
    // Only 2023 holds a published flag that moved; the 2024 flags of September and October were
    // recomputed, so they do not count as moved.
    assertThat(rows(BurstSeries.movedPartitions(merged), "granularity", "period_year"))
        .containsExactly("month|2023");
    assertThat(rows(BurstSeries.bursts(merged), "term", "cast(period_start as string)"))
        .containsExactly("*|2024-09-01", "*|2024-10-01", "*|2024-11-01", "*|2024-12-01");
  }

  /** The points (with an article or a burst) of Kleinberg over the dense monthly series from 2023-01, 100 + m articles in month m. */
  private static List<String> denseDecided(String term, long[] with) {
    long[] totals = new long[with.length];
    for (int m = 0; m < with.length; m++) {
      totals[m] = 100L + m;
    }
    boolean[] burst = org.paperscope.common.measures.TrendMeasures.kleinbergBursts(with, totals, 2, 1);
    List<String> out = new ArrayList<>();
    for (int m = 0; m < with.length; m++) {
      if (with[m] > 0 || burst[m]) {
        out.add(term + "|" + LocalDate.of(2023, 1, 1).plusMonths(m) + "|" + with[m] + "|" + totals[m] + "|" + burst[m]);
      }
    }
    return out;
  }

  @Test
  void sparseStateKeepsArticlesAndBurstsAndDecidesAsTheDenseSeries() {
    // The topic row has articles in 9 of 24 months; the term row in 3. The state keeps only
    // those points (and a burst point if it had no article), plus one periods row of 24 months.
    long[] before = {0, 0, 1, 0, 12, 0, 14, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
    long[] after = {0, 0, 1, 0, 12, 0, 14, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 60, 70, 0, 0};
    StructType schema = new StructType()
        .add("granularity", DataTypes.StringType).add("publication", DataTypes.StringType)
        .add("topic", DataTypes.StringType).add("term", DataTypes.StringType)
        .add("period_start", DataTypes.DateType)
        .add("articles_with", DataTypes.LongType).add("total_articles", DataTypes.LongType);
    java.util.function.BiFunction<long[], Integer, Dataset<Row>> dense = (with, from) -> {
      List<Row> rows = new ArrayList<>();
      for (int m = from; m < with.length; m++) {
        LocalDate start = LocalDate.of(2023, 1, 1).plusMonths(m);
        long total = 100L + m;
        rows.add(RowFactory.create("month", "测试报", "内卷", "*", start, with[m], total));
        rows.add(RowFactory.create("month", "测试报", "内卷", "内卷", start, m % 8 == 2 ? 1L : 0L, total));
        rows.add(RowFactory.create("month", "测试报", "内卷", "内卷式", start, 0L, total));
      }
      return spark.createDataFrame(rows, schema);
    };
    BurstSeries.Input input = BurstSeries.fromRows(dense.apply(before, 0), lit(null));
    Dataset<Row> decidedBefore = BurstSeries.decide(input, 2, 1);
    Dataset<Row> state = BurstSeries.asState(decidedBefore, input.periods(), 7L);

    // No row for the series without an article; the periods row lists every month; the topic row
    // keeps its five months with articles and June 2023, no article but inside the May-July burst.
    assertThat(rows(state, "coalesce(term, 'periods')", "size(points)", "layout"))
        .containsExactlyInAnyOrder("*|6|2", "内卷|3|2", "periods|24|2");
    assertThat(points(state.filter(col("term").equalTo("*")))).isEqualTo(denseDecided("*", before));

    List<Row> dirty = new ArrayList<>();
    for (int m = 20; m < after.length; m++) {
      dirty.add(RowFactory.create("month", "测试报", LocalDate.of(2023, 1, 1).plusMonths(m)));
    }
    Dataset<Row> merged = BurstSeries.decide(BurstSeries.merge(state, dense.apply(after, 20), dirty), 2, 1);
    Dataset<Row> whole = BurstSeries.decide(BurstSeries.fromRows(dense.apply(after, 0), lit(null)), 2, 1);
    assertThat(points(merged)).isEqualTo(points(whole));
    assertThat(points(merged.filter(col("term").equalTo("*")))).isEqualTo(denseDecided("*", after));
    assertThat(rows(BurstSeries.bursts(merged), "term", "cast(period_start as string)"))
        .containsExactly("*|2023-07-01", "*|2024-09-01", "*|2024-10-01");
    // May and June 2023 left the burst (June, no article, leaves the state too): flags published
    // true that moved, in a year not recomputed.
    assertThat(rows(BurstSeries.movedPartitions(merged), "granularity", "period_year"))
        .containsExactly("month|2023");
  }

  @Test
  void firstSeenTakesTheEarliestDateThenTheSmallestArticleId() {
    Dataset<Row> first = TrendsTransforms.firstSeen(
        mentionRows(new Object[] {"d3c", "2024-02-02", "内卷", "内卷式", 1},
            new Object[] {"d3b", "2024-02-02", "内卷", "内卷式", 1},
            new Object[] {"d4a", "2025-01-01", "内卷", "内卷", 1}),
        articleRows(FOUR_DAYS), TrendsTransforms.keys(spark, TERMS));

    assertThat(rows(first, "topic", "term", "cast(first_date as string)", "first_article_id",
        "headline"))
        .containsExactly("内卷|*|2024-02-02|d3b|标题d3b", "内卷|内卷|2025-01-01|d4a|标题d4a",
            "内卷|内卷式|2024-02-02|d3b|标题d3b");
  }

  @Test
  void capsContextsPerTermAndMonthWithAStableSample() {
    List<Row> hits = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      hits.add(RowFactory.create("a" + i, "内卷", "内卷", "内卷", "body", 0, i, "左", "内卷", "右",
          "测试报", LocalDate.of(2024, 3, 1 + i)));
    }
    hits.add(RowFactory.create("b", "内卷", "内卷", "内卷", "body", 0, 0, "左", "内卷", "右", "测试报",
        LocalDate.of(2024, 4, 1)));
    Dataset<Row> all = spark.createDataFrame(hits, TrendsTables.HITS_SCHEMA);
    List<Row> backwards = new ArrayList<>(hits);
    java.util.Collections.reverse(backwards);
    Dataset<Row> reversed = spark.createDataFrame(backwards, TrendsTables.HITS_SCHEMA);

    List<String> sample = rows(TrendsTransforms.contexts(all, 3), "article_id");
    assertThat(sample).hasSize(4).contains("b");
    assertThat(rows(TrendsTransforms.contexts(reversed, 3), "article_id")).isEqualTo(sample);
  }

  @Test
  void ranksWordsWhoseShareOfArticlesRoseAgainstTheMonthsBefore() {
    List<Row> vocabulary = new ArrayList<>();
    List<Row> articles = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      LocalDate day = LocalDate.of(2024, m, 1);
      for (int a = 0; a < 10; a++) {
        articles.add(RowFactory.create("m" + m + "a" + a, "测试报", day, 100, ""));
      }
      vocabulary.add(RowFactory.create("发展", 20L, 8L, "测试报", day));
      if (m == 6) {
        vocabulary.add(RowFactory.create("低空经济", 9L, 6L, "测试报", day));
      }
      if (m == 5) {
        vocabulary.add(RowFactory.create("低空经济", 1L, 1L, "测试报", day));
      }
    }
    EmergingSettings settings = emergingSettings();
    Dataset<Row> emerging = EmergingTransforms.emerging(
        spark.createDataFrame(vocabulary, TrendsTables.VOCABULARY_SCHEMA),
        spark.createDataFrame(articles, ARTICLES).groupBy("publication", "issue_date")
            .agg(org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)).as("articles")),
        List.of("低空经济"), settings);

    List<Row> ranked = emerging.collectAsList();
    assertThat(ranked).hasSize(1);
    Row top = ranked.get(0);
    assertThat(top.<LocalDate>getAs("month")).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(top.<String>getAs("term")).isEqualTo("低空经济");
    assertThat(top.<Boolean>getAs("tracked")).isTrue();
    assertThat(top.<Long>getAs("baseline_articles_with")).isEqualTo(1L);
    assertThat(top.<Long>getAs("baseline_total_articles")).isEqualTo(50L);
    assertThat(top.<Integer>getAs("baseline_months")).isEqualTo(5);
    assertThat(top.<Double>getAs("score"))
        .isCloseTo(TrendMeasures.signedLogLikelihood(6, 10, 1, 50), within(1e-9));
  }
}
