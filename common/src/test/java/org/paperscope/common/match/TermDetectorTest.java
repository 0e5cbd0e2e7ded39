package org.paperscope.common.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.common.match.ArticleText.Section;
import org.paperscope.common.match.TermDetector.BoundaryConflict;
import org.paperscope.common.match.TermDetector.DetectedHit;
import org.paperscope.common.match.TermDetector.Detection;
import org.paperscope.common.match.TermDetector.Rule;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

class TermDetectorTest {
  private static final TermList TERMS = TermList.parse("""
      内卷: 内卷, 内卷式, 内卷化, 反内卷
      新质生产力
      人工智能: 人工智能, AI, AIGC
      人工智能+
      5G
      5G-A: 5G-A, 5.5G
      部委: 财政部, 商务部, 教育部, 工业和信息化部
      信息化
      能源
      新能源汽车
      新能源
      算力
      营商环境
      光伏
      稳增长
      """, "test");

  private static TermDetector<TopicTerm> detector() {
    return new TermDetector<>(TermMatcher.cachedFor(TERMS), HanlpTokenizer.cachedFor(
        new TokenizerSettings(Segmenter.VITERBI, TERMS.variants())));
  }

  private static TermDetector<TopicTerm> withSecondOpinion() {
    return new TermDetector<>(TermMatcher.cachedFor(TERMS),
        HanlpTokenizer.cachedFor(new TokenizerSettings(Segmenter.VITERBI, TERMS.variants(), false)),
        HanlpTokenizer.cachedFor(new TokenizerSettings(Segmenter.VITERBI, TERMS.variants(), true)));
  }

  private static List<String> hits(String body) {
    return detector().detect(ArticleText.ofBody(body)).hits().stream()
        .map(h -> h.hit().surface() + "@" + h.hit().start()).toList();
  }

  private static List<String> conflicts(String body) {
    return detector().detect(ArticleText.ofBody(body)).conflicts().stream()
        .map(c -> c.candidate().surface() + "@" + c.candidate().start() + " " + c.segmentation())
        .toList();
  }

  @Test
  void confirmsTermsThatTheSegmenterKeepsOnTokenBoundaries() {
    assertThat(hits("加快形成新质生产力。不搞内卷式竞争，整治内卷。"))
        .containsExactly("新质生产力@4", "内卷式@12", "内卷@20");
  }

  @Test
  void refusesAMinistryInsideTheWordForDepartmentsAndRecordsTheConflict() {
    String body = "各地财政部门和商务部门要加强管理。";

    assertThat(hits(body)).isEmpty();
    assertThat(conflicts(body)).containsExactly("财政部@2 财政|部门", "商务部@7 商务|部门");
  }

  @Test
  void confirmsAMinistryFollowedByATitleOrAList() {
    assertThat(hits("财政部部长出席。财政部、商务部联合发布通知。"))
        .containsExactly("财政部@0", "财政部@8", "商务部@12");
    assertThat(conflicts("财政部部长出席。")).isEmpty();
  }

  @Test
  void refusesATermSwallowedByALongerWordOnOneSide() {
    // 新能源 is one token: the start edge of 能源 falls inside it (also when 新能源 is another
    // listed topic, as here: that topic's hit does not hide the refusal of 能源).
    assertThat(hits("发展新能源产业，保障能源供应。")).containsExactly("新能源@2", "能源@10");
    assertThat(conflicts("发展新能源产业，保障能源供应。")).containsExactly("能源@3 新能源");
  }

  @Test
  void countsANestedVariantOnceForTheLongerOneOfItsOwnTopic() {
    assertThat(hits("不搞内卷式竞争")).containsExactly("内卷式@2");
    assertThat(conflicts("不搞内卷式竞争")).isEmpty();
  }

  @Test
  void countsOverlappingTermsOfDifferentTopicsEach() {
    // 部委 and 信息化 are two topics: the ministry name does not hide the nested 信息化 (工业|和|信息化|部
    // without the listed terms), nor 新能源汽车 the topic 新能源 … but 能源 inside 新能源 is still cut.
    String body = "工业和信息化部推动信息化。新能源汽车销量增长。";

    assertThat(hits(body)).containsExactly("工业和信息化部@0", "信息化@3", "信息化@9", "新能源汽车@13",
        "新能源@13");
    assertThat(conflicts(body)).containsExactly("能源@14 新能源汽车");
  }

  @Test
  void countsTheTopicInsideAnotherTopicsLongerTerm() {
    // xwlb/2024-04-14/20240414-006: 人工智能+ (its own topic) no longer hides 人工智能.
    Detection<TopicTerm> detection = detector().detect(
        ArticleText.ofBody("打造机器人+人工智能+工业互联网的新场景"));

    assertThat(detection.hits()).extracting(h -> h.hit().payload().topic() + ":" + h.hit().surface())
        .containsExactly("人工智能+:人工智能+", "人工智能:人工智能");
  }

  @Test
  void reportsALatinRuleRefusalWithTheWordItLiesIn() {
    Detection<TopicTerm> detection = detector().detect(
        ArticleText.ofBody("人均消耗5GB流量，5G网络覆盖，OpenAI发布"));

    assertThat(detection.hits()).extracting(h -> h.hit().surface()).containsExactly("5G");
    assertThat(detection.conflicts()).extracting(c -> c.candidate().surface(),
            BoundaryConflict::segmentation, BoundaryConflict::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("5G", "5GB", Rule.LATIN),
            org.assertj.core.groups.Tuple.tuple("AI", "OpenAI", Rule.LATIN));
  }

  @Test
  void namesTheTokenRuleOnATokenRefusal() {
    assertThat(detector().detect(ArticleText.ofBody("各地财政部门")).conflicts())
        .extracting(BoundaryConflict::rule).containsExactly(Rule.TOKEN);
  }

  @Test
  void matchesAcrossAHeadlineClauseSeparatorWithOffsetsIntoTheStoredHeadline() {
    Detection<TopicTerm> detection = detector().detect(
        new ArticleText("坚持总体国家安全观 加快形成新质 生产力", List.of(), ""));

    assertThat(detection.text().headline()).isEqualTo("坚持总体国家安全观 加快形成新质 生产力");
    assertThat(detection.hits()).extracting(h -> h.hit().surface() + "@" + h.hit().start()
            + "-" + h.hit().end())
        .containsExactly("新质 生产力@14-20");
  }

  @Test
  void keepsOffsetsAfterASeparatorInTheStoredHeadline() {
    String headline = "以总理称将全速推进战事 各地财政部门推动算力建设";
    Detection<TopicTerm> detection = detector().detect(new ArticleText(headline, List.of(), ""));

    assertThat(detection.hits()).extracting(h -> h.hit().surface() + "@" + h.hit().start())
        .containsExactly("算力@20");
    assertThat(headline.substring(20, 22)).isEqualTo("算力");
    assertThat(detection.conflicts()).extracting(c -> c.candidate().surface() + "@"
        + c.candidate().start()).containsExactly("财政部@14");
  }

  @Test
  void judgesLatinEdgesByLatinWordBoundariesNotByTokens() {
    assertThat(hits("5G-A网络与AI芯片，AIGC应用，MAIL系统，ai助手。"))
        .containsExactly("5G-A@0", "5G@0", "AI@7", "AIGC@12", "ai@26");
  }

  @Test
  void foldsFullWidthInputBeforeMatching() {
    Detection<TopicTerm> detection = detector().detect(ArticleText.ofBody("ＡＩ与５Ｇ－Ａ融合"));

    assertThat(detection.hits()).extracting(h -> h.hit().payload().term())
        .containsExactly("AI", "5G-A", "5G");
    assertThat(detection.text().body()).isEqualTo("AI与5G-A融合");
  }

  @Test
  void findsTermsAtTheVeryStartAndEndOfABody() {
    assertThat(hits("算力")).containsExactly("算力@0");
    assertThat(hits("算力是基础，要提升算力")).containsExactly("算力@0", "算力@9");
  }

  @Test
  void findsNothingInAnEmptyArticle() {
    Detection<TopicTerm> detection = detector().detect(new ArticleText("", List.of(), ""));

    assertThat(detection.hits()).isEmpty();
    assertThat(detection.conflicts()).isEmpty();
  }

  @Test
  void searchesHeadlineSubheadingsAndBodySeparately() {
    Detection<TopicTerm> detection = detector().detect(new ArticleText(
        "新质生产力引领发展", List.of("算力先行", "AI赋能"), "人工智能与算力。"));

    assertThat(detection.hits()).extracting(DetectedHit::section, DetectedHit::sectionIndex,
            h -> h.hit().surface())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Section.HEADLINE, 0, "新质生产力"),
            org.assertj.core.groups.Tuple.tuple(Section.SUBHEADING, 0, "算力"),
            org.assertj.core.groups.Tuple.tuple(Section.SUBHEADING, 1, "AI"),
            org.assertj.core.groups.Tuple.tuple(Section.BODY, 0, "人工智能"),
            org.assertj.core.groups.Tuple.tuple(Section.BODY, 0, "算力"));
  }

  @Test
  void secondOpinionKeepsNewVocabularyThatTheCoreSegmentationCuts() {
    String body = "我国营商环境持续优化。加快推进大型风电光伏基地建设。";

    assertThat(detector().detect(ArticleText.ofBody(body)).hits()).isEmpty();
    Detection<TopicTerm> detection = withSecondOpinion().detect(ArticleText.ofBody(body));
    assertThat(detection.hits()).extracting(h -> h.hit().surface()).containsExactly("营商环境", "光伏");
    assertThat(detection.rescued()).extracting(BoundaryConflict::segmentation)
        .containsExactly("国营|商|环境", "电光|伏");
    assertThat(detection.conflicts()).isEmpty();
  }

  @Test
  void secondOpinionStillRefusesTheDepartmentTrap() {
    Detection<TopicTerm> detection = withSecondOpinion().detect(
        ArticleText.ofBody("各地财政部门和商务部门要加强管理。"));

    assertThat(detection.hits()).isEmpty();
    assertThat(detection.conflicts()).extracting(c -> c.candidate().surface())
        .containsExactly("财政部", "商务部");
  }

  @Test
  void secondOpinionAlsoRescuesATermInsideACommonWordWhichTheAuditShows() {
    // The known cost of forcing: 稳增长 inside 平稳增长. It is counted, and listed as rescued.
    Detection<TopicTerm> detection = withSecondOpinion().detect(
        ArticleText.ofBody("对外投资平稳增长。"));

    assertThat(detection.rescued()).extracting(c -> c.candidate().surface(),
            BoundaryConflict::segmentation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("稳增长", "平稳|增长"));
  }

  @Test
  void reportsEachConflictWithItsSection() {
    Detection<TopicTerm> detection = detector().detect(
        new ArticleText("各地教育部门开学检查", List.of(), ""));

    assertThat(detection.conflicts()).extracting(BoundaryConflict::section,
            c -> c.candidate().surface())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Section.HEADLINE, "教育部"));
  }

  @Test
  void trailingCutRescueKeepsOnlyANameCutAtItsEndBeforeAWord() throws java.io.IOException {
    // The segmentation depends on the injected names: use the shipped gazetteer's.
    java.nio.file.Path file = java.nio.file.Path.of(
        System.getProperty("paperscope.project.dir", ".."), "conf", "gazetteer", "ministries.tsv");
    List<String> names = List.copyOf(org.paperscope.common.gazetteer.GazetteerReader.parse(
        java.nio.file.Files.readString(file)).names());
    java.util.Map<String, String> dictionary = new java.util.LinkedHashMap<>();
    names.forEach(n -> dictionary.put(n, n));
    TermDetector<String> detector = new TermDetector<>(TermMatcher.of(dictionary),
        HanlpTokenizer.cachedFor(new TokenizerSettings(Segmenter.VITERBI, names, false)),
        HanlpTokenizer.cachedFor(new TokenizerSettings(Segmenter.VITERBI, names, true)),
        TermDetector.Rescue.TRAILING_CUT_BEFORE_A_WORD);

    Detection<String> detection = detector.detect(ArticleText.ofBody(
        "国家发展改革委会同体育总局等多个部门印发。全国新办涉税经营主体。宪法的最高法律地位。各地财政部门。"));

    assertThat(detection.hits()).extracting(h -> h.hit().surface())
        .containsExactly("国家发展改革委", "体育总局");
    assertThat(detection.rescued()).extracting(BoundaryConflict::segmentation)
        .containsExactly("国家|发展|改|革委会");
    assertThat(detection.conflicts()).extracting(c -> c.candidate().surface())
        .containsExactly("国新办", "最高法", "财政部");
  }
}
