package org.paperscope.jobs.ministries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.paperscope.common.gazetteer.GazetteerReader;
import org.paperscope.common.gazetteer.MinistryDetectorSettings;
import org.paperscope.common.measures.CooccurrenceMeasures;
import org.paperscope.jobs.spark.SparkTestSession;
import org.paperscope.jobs.articles.ArticleTextRow;
import org.paperscope.jobs.spark.CountingIterator;

@Tag("spark")
class MinistriesTransformsSparkTest {
  /** The kinds co-occurrence counts by default: those of the bundled conf. */
  private static final List<String> DEFAULT_KINDS =
      MinistriesOptions.from(org.paperscope.common.config.Settings.defaults()).cooccurrenceKinds();

  private static final LocalDate DAY = LocalDate.of(2025, 6, 24);
  private static final StructType PRESENCE = new StructType()
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType)
      .add("unit_id", DataTypes.StringType)
      .add("ministry_id", DataTypes.StringType);
  private static final StructType TOTALS = new StructType()
      .add("publication", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType)
      .add("units", DataTypes.LongType);

  private static SparkSession spark;
  private static MinistryDetectorSettings settings;
  private static Dataset<MinistryRow> ministries;

  @BeforeAll
  static void setUp() throws Exception {
    spark = SparkTestSession.get();
    String dir = System.getProperty("paperscope.project.dir", "..");
    Path file = Path.of(dir, "conf", "gazetteer", "ministries.tsv");
    settings = MinistryDetectorSettings.defaults(file.toString(), Files.readString(file),
        Files.readString(Path.of(dir, "conf", "gazetteer", "foreign-cues.txt")));
    ministries = spark.createDataset(GazetteerReader.parse(settings.gazetteerText()).ministries()
        .stream().map(MinistryRow::of).toList(), MinistryRow.ENCODER);
  }

  /** Ministry detection hands out each article's rows before it reads the next article. */
  @Test
  void detectionReadsOneArticlePerBatchOfRows() throws Exception {
    List<ArticleTextRow> two = new ArrayList<>();
    for (String id : List.of("m1", "m2")) {
      ArticleTextRow row = new ArticleTextRow();
      row.setArticleId(id);
      row.setPublication("测试报");
      row.setIssueDate(LocalDate.of(2024, 3, 1));
      row.setHeadline("");
      row.setSubheadings(List.of());
      row.setBody("财政部、商务部联合发布通知。");
      two.add(row);
    }
    CountingIterator<ArticleTextRow> articles = new CountingIterator<>(two);
    Iterator<MinistryHitRow> hits = MinistriesTransforms.ministryDetection(settings).call(articles);
    assertThat(articles.taken()).isZero();
    assertThat(hits.next().getArticleId()).isEqualTo("m1");
    assertThat(articles.taken()).isEqualTo(1);
    List<String> ids = new ArrayList<>();
    hits.forEachRemaining(hit -> ids.add(hit.getArticleId()));
    assertThat(ids).contains("m1", "m2");
    assertThat(articles.taken()).isEqualTo(2);
  }

  /** The worked example of MEASURES.md: N = 100, a = 20, b = 10, ab = 8, all on one day. */
  private static Dataset<Row> cooccurrenceOfWorkedExample() {
    List<Row> presence = new ArrayList<>();
    for (int u = 0; u < 20; u++) {
      presence.add(RowFactory.create("p", DAY, "u" + u, "mof"));
    }
    for (int u : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 20, 21}) {
      presence.add(RowFactory.create("p", DAY, "u" + u, "mofcom"));
    }
    Dataset<Row> totals = spark.createDataFrame(List.of(RowFactory.create("p", DAY, 100L)), TOTALS);
    return MinistriesTransforms.cooccurrence("article", totals,
        spark.createDataFrame(presence, PRESENCE), ministries, 1)
        .filter(col("level").equalTo("ministry"));
  }

  @Test
  void measuresMatchTheWorkedExampleAtEveryGranularity() {
    List<Row> rows = cooccurrenceOfWorkedExample().orderBy("granularity").collectAsList();

    assertThat(rows).extracting(r -> r.getAs("granularity"))
        .containsExactly("all", "month", "quarter", "year");
    for (Row r : rows) {
      assertThat((String) r.getAs("ministry_a")).isEqualTo("mof");
      assertThat((String) r.getAs("ministry_b_name")).isEqualTo("商务部");
      assertThat((long) r.getAs("together")).isEqualTo(8);
      assertThat((long) r.getAs("count_a")).isEqualTo(20);
      assertThat((long) r.getAs("count_b")).isEqualTo(10);
      assertThat((long) r.getAs("total")).isEqualTo(100);
      assertThat((double) r.getAs("jaccard")).isCloseTo(0.3636, within(1e-4));
      assertThat((double) r.getAs("lift")).isCloseTo(4.0, within(1e-12));
      assertThat((double) r.getAs("pmi")).isCloseTo(1.3863, within(1e-4));
      assertThat((double) r.getAs("npmi")).isCloseTo(0.5489, within(1e-4));
      assertThat((double) r.getAs("g2")).isCloseTo(CooccurrenceMeasures.g2(8, 20, 10, 100),
          within(1e-9));
      assertThat((double) r.getAs("g2")).isCloseTo(19.39, within(0.005));
      assertThat((int) r.getAs("g2_sign")).isEqualTo(1);
    }
    assertThat(rows.get(0).<LocalDate>getAs("period_start")).isNull();
    assertThat(rows.get(1).<LocalDate>getAs("period_start")).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(rows.get(2).<LocalDate>getAs("period_start")).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(rows.get(3).<LocalDate>getAs("period_start")).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void measuresMatchTheReferenceForANegativeAssociation() {
    // N = 50, a = 30, b = 25, ab = 10 over two months: the year row adds them up
    List<Row> presence = new ArrayList<>();
    LocalDate may = LocalDate.of(2024, 5, 3);
    for (int u = 0; u < 30; u++) {
      presence.add(RowFactory.create("p", u < 15 ? DAY : may, "u" + u, "mof"));
    }
    for (int u = 20; u < 45; u++) {
      presence.add(RowFactory.create("p", u < 15 ? DAY : may, "u" + u, "mofcom"));
    }
    Dataset<Row> totals = spark.createDataFrame(List.of(RowFactory.create("p", DAY, 20L),
        RowFactory.create("p", may, 30L)), TOTALS);
    Row all = MinistriesTransforms.cooccurrence("sentence", totals,
            spark.createDataFrame(presence, PRESENCE), ministries, 1)
        .filter(col("granularity").equalTo("all").and(col("level").equalTo("ministry")))
        .collectAsList().get(0);

    assertThat((long) all.getAs("total")).isEqualTo(50);
    assertThat((double) all.getAs("npmi"))
        .isCloseTo(CooccurrenceMeasures.npmi(10, 30, 25, 50), within(1e-12));
    assertThat((double) all.getAs("g2"))
        .isCloseTo(CooccurrenceMeasures.g2(10, 30, 25, 50), within(1e-9));
    assertThat((int) all.getAs("g2_sign")).isEqualTo(-1);
    assertThat((String) all.getAs("scope")).isEqualTo("sentence");
  }

  @Test
  void npmiIsOneWhenBothAreInEveryUnit() {
    List<Row> presence = List.of(RowFactory.create("p", DAY, "u1", "mof"),
        RowFactory.create("p", DAY, "u1", "mofcom"));
    Dataset<Row> totals = spark.createDataFrame(List.of(RowFactory.create("p", DAY, 1L)), TOTALS);
    Row row = MinistriesTransforms.cooccurrence("article", totals,
            spark.createDataFrame(presence, PRESENCE), ministries, 1)
        .filter(col("granularity").equalTo("month").and(col("level").equalTo("ministry")))
        .collectAsList().get(0);

    assertThat((double) row.getAs("npmi")).isEqualTo(1.0);
    assertThat((double) row.getAs("g2")).isEqualTo(0.0);
  }

  @Test
  void smartFactoryArticleGivesFifteenArticlePairs() {
    Dataset<ArticleTextRow> articles = spark.createDataset(List.of(
        ArticleTextRow.of("a1", "p", DAY, "智能工厂培育行动启动", List.of(),
            "近日，工业和信息化部、国家发展改革委、财政部、国务院国资委、市场监管总局、国家数据局等六部门印发通知。"
                + "各地工业和信息化、发展改革、财政、国资、市场监管、数据主管部门要加强指导。"
                + "工信部有关负责人表示，将会同财政部做好支持。"),
        ArticleTextRow.of("a2", "p", DAY, "各地财政部门加强监管", List.of(), "商务部门和教育部门参加。")),
        ArticleTextRow.ENCODER);
    Dataset<MinistryHitRow> hits = MinistriesTransforms.detect(articles, settings);
    Dataset<Row> mentions = MinistriesTransforms.mentions(hits, ministries);
    Dataset<Row> totals = MinistriesTransforms.articleTotals(
        articles.toDF().select(col("articleId").as("article_id"), col("publication"),
            col("issueDate").as("issue_date")));
    List<Row> pairs = MinistriesTransforms.cooccurrence("article", totals,
            MinistriesTransforms.articlePresence(mentions,
                DEFAULT_KINDS), ministries, 1)
        .filter(col("granularity").equalTo("month").and(col("level").equalTo("ministry")))
        .collectAsList();

    assertThat(mentions.select("ministry_id").distinct().collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactlyInAnyOrder("miit", "ndrc", "mof", "sasac", "samr", "nda");
    assertThat(pairs).hasSize(15);
    assertThat(pairs).allSatisfy(r -> {
      assertThat((long) r.getAs("together")).isEqualTo(1);
      assertThat((long) r.getAs("total")).isEqualTo(2);
      assertThat((String) r.getAs("ministry_a")).isLessThan(r.getAs("ministry_b"));
    });
    Row miit = mentions.filter(col("ministry_id").equalTo("miit").and(col("surface_form")
        .equalTo("工信部"))).collectAsList().get(0);
    assertThat((long) miit.getAs("mentions")).isEqualTo(1);
    assertThat((String) miit.getAs("canonical_name")).isEqualTo("工业和信息化部");
    assertThat((String) miit.getAs("lineage_id")).isEqualTo("miit");
  }

  @Test
  void sentenceScopePairsOnlyBodiesOfOneSentence() {
    Dataset<ArticleTextRow> articles = spark.createDataset(List.of(
        ArticleTextRow.of("a1", "p", DAY, "", List.of(),
            "财政部、商务部联合发布通知。教育部出席。第三句。")), ArticleTextRow.ENCODER);
    Dataset<MinistryHitRow> hits = MinistriesTransforms.detect(articles, settings);
    Dataset<Row> sentences = MinistriesTransforms.sentences(hits);
    List<Row> pairs = MinistriesTransforms.cooccurrence("sentence",
            MinistriesTransforms.sentenceTotals(MinistriesTransforms.sentenceCounts(hits)),
            MinistriesTransforms.sentencePresence(sentences,
                DEFAULT_KINDS), ministries, 1)
        .filter(col("granularity").equalTo("all").and(col("level").equalTo("ministry")))
        .collectAsList();

    assertThat(pairs).hasSize(1);
    assertThat((String) pairs.get(0).getAs("ministry_a")).isEqualTo("mof");
    assertThat((String) pairs.get(0).getAs("ministry_b")).isEqualTo("mofcom");
    assertThat((long) pairs.get(0).getAs("total")).isEqualTo(3);
    assertThat(MinistriesTransforms.sentenceCounts(hits).collectAsList())
        .extracting(r -> r.getInt(1)).containsExactly(3);
  }

  @Test
  void networkKeepsTheTopEdgesByTheChosenMeasure() {
    Dataset<Row> cooccurrence = cooccurrenceOfWorkedExample();
    List<Row> edges = MinistriesTransforms.network(cooccurrence, "g2", 1, 5)
        .filter(col("granularity").equalTo("year")).collectAsList();

    assertThat(edges).hasSize(1);
    assertThat((String) edges.get(0).getAs("source")).isEqualTo("mof");
    assertThat((String) edges.get(0).getAs("target")).isEqualTo("mofcom");
    assertThat((double) edges.get(0).getAs("weight")).isCloseTo(19.39, within(0.005));
    assertThat(MinistriesTransforms.network(cooccurrence, "npmi", 10, 9).count()).isZero();
  }

  @Test
  void lineageLevelMergesARenamedBodyWithItsSuccessor() {
    // 2023: one article names 银保监会 (before the reform) with 财政部, another 金融监管总局 with 财政部
    LocalDate march = LocalDate.of(2023, 3, 2);
    LocalDate june = LocalDate.of(2023, 6, 2);
    List<Row> presence = List.of(RowFactory.create("p", march, "u1", "cbirc"),
        RowFactory.create("p", march, "u1", "mof"), RowFactory.create("p", june, "u2", "nfra"),
        RowFactory.create("p", june, "u2", "mof"), RowFactory.create("p", june, "u3", "nfra"),
        RowFactory.create("p", june, "u3", "cbirc"));
    Dataset<Row> totals = spark.createDataFrame(List.of(RowFactory.create("p", march, 2L),
        RowFactory.create("p", june, 3L)), TOTALS);
    List<Row> year = MinistriesTransforms.cooccurrence("article", totals,
            spark.createDataFrame(presence, PRESENCE), ministries, 1)
        .filter(col("granularity").equalTo("year"))
        .orderBy("level", "ministry_a", "ministry_b").collectAsList();

    assertThat(year).extracting(r -> r.getAs("level") + " " + r.getAs("ministry_a") + "-"
            + r.getAs("ministry_b") + " " + r.getAs("together") + " " + r.getAs("count_a") + "/"
            + r.getAs("count_b"))
        .containsExactly("lineage mof-nfra 2 2/3", "ministry cbirc-mof 1 2/2",
            "ministry cbirc-nfra 1 2/2", "ministry mof-nfra 1 2/2");
    assertThat(year.get(0).<String>getAs("ministry_b_name")).isEqualTo("国家金融监督管理总局");
  }

  @Test
  void onlyTheConfiguredKindsMakeABodyPresent() {
    Dataset<ArticleTextRow> articles = spark.createDataset(List.of(
        ArticleTextRow.of("a1", "p", DAY, "", List.of(),
            "外交部长王毅会见客人，财政部、商务部联合发布通知。")), ArticleTextRow.ENCODER);
    Dataset<MinistryHitRow> hits = MinistriesTransforms.detect(articles, settings);
    Dataset<Row> mentions = MinistriesTransforms.mentions(hits, ministries);

    assertThat(mentions.orderBy("ministry_id").collectAsList())
        .extracting(r -> r.getAs("ministry_id") + " " + r.getAs("mention_kind"))
        .containsExactly("mfa title", "mof name", "mofcom name");
    assertThat(MinistriesTransforms.articlePresence(mentions,
            DEFAULT_KINDS).collectAsList())
        .extracting(r -> r.<String>getAs("ministry_id")).containsExactlyInAnyOrder("mof", "mofcom");
    assertThat(MinistriesTransforms.articlePresence(mentions, List.of("title")).count())
        .isEqualTo(1);
    assertThat(MinistriesTransforms.sentencePresence(MinistriesTransforms.sentences(hits),
            List.of("name", "title")).count()).isEqualTo(3);
    assertThat(MinistriesTransforms.sentencePresence(MinistriesTransforms.sentences(hits),
            List.of()).count()).isZero();
  }

  @Test
  void refusedCandidatesAreAuditedWithReasonAndContext() {
    Dataset<ArticleTextRow> articles = spark.createDataset(List.of(
        ArticleTextRow.of("a1", "p", DAY, "", List.of(),
            "美国财政部宣布制裁。各地财政部门要加强监管。省发改委开展检查。")), ArticleTextRow.ENCODER);
    Dataset<MinistryHitRow> hits = MinistriesTransforms.detect(articles, settings);
    List<Row> refused = MinistriesTransforms.refusals(hits).collectAsList();

    assertThat(refused).extracting(r -> r.getAs("surface") + " " + r.getAs("reason") + " "
            + r.getAs("decided_by"))
        .containsExactlyInAnyOrder("财政部 foreign 美国/nsf", "财政部 boundary 财政|部门",
            "发改委 local 省/n");
    assertThat(refused).filteredOn(r -> r.getAs("reason").equals("foreign"))
        .extracting(r -> r.<String>getAs("context")).containsExactly("美国[财政部]宣布制裁。各地财政部门要");
    assertThat(MinistriesTransforms.sentenceCounts(hits).count()).isEqualTo(1);
    assertThat(MinistriesTransforms.mentions(hits, ministries).count()).isZero();
  }
}
