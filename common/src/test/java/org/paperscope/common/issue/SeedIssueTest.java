package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperscope.common.SharedData;

/** The acceptance test on the real seed issue of 中国电子报 (read-only, in ../shared). */
class SeedIssueTest {
  private static ParsedIssue issue;

  @BeforeAll
  static void parseSeed() throws IOException {
    String text = Files.readString(SharedData.seedIssue(), StandardCharsets.UTF_8);
    issue = IssueParser.parse(text, ParserSettings.defaults());
  }

  private static Article article(int seq) {
    return issue.articles().get(seq - 1);
  }

  @Test
  void readsSixArticlesWithHeadlinesInOrder() {
    assertThat(issue.layout()).isEqualTo(Layout.NEWSPAPER);
    assertThat(issue.articles()).extracting(Article::headline).containsExactly(
        "工业和信息化部党组召开深入贯彻中央八项规定精神学习教育征求意见座谈会",
        "工信部党组理论学习中心组学习习近平生态文明思想和习近平总书记关于国家能源安全的重要论述",
        "工业和信息化部召开第十次中小企业圆桌会议",
        "三部门召开加强新能源汽车安全管理工作视频会",
        "5G-A 与 AI“共赴山海”",
        "2025年度智能工厂梯度培育行动启动");
    assertThat(issue.articles()).extracting(Article::seq).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void takesAuthorTagsOffTheArticleEnds() {
    assertThat(issue.articles()).extracting(Article::authorTag)
        .containsExactly("耀文", "布轩", "跃文", "龚言", null, "吴丽琳");
    assertThat(issue.articles()).allSatisfy(a -> assertThat(a.body()).doesNotEndWith(")").doesNotEndWith("）"));
  }

  @Test
  void readsLeadsAndTheReporterOfThe5gaArticle() {
    assertThat(issue.articles()).extracting(Article::leadType)
        .containsExactly("本报讯", "本报讯", "本报讯", "本报讯", "本报记者", "本报讯");
    assertThat(article(5).reporters()).containsExactly("张琪玮");
    assertThat(issue.articles()).allSatisfy(a -> assertThat(a.body()).doesNotContain("**", "本报讯", "## "));
  }

  @Test
  void the5gaArticleContinuesOnPage5() {
    assertThat(article(5).continuedToPage()).isEqualTo(5);
    assertThat(article(5).body()).doesNotContain("下转");
    assertThat(issue.articles()).filteredOn(a -> a.seq() != 5).allSatisfy(a -> assertThat(a.continuedToPage()).isNull());
    assertThat(issue.articles()).allSatisfy(a -> {
      assertThat(a.continuedFromPage()).isNull();
      assertThat(a.page()).isNull();
    });
  }

  @Test
  void joinsParagraphsCutByPageBreaks() {
    String all = allBodies();
    assertThat(all).contains("走访座谈等方式", "筑牢能源安全基石", "健全政策体系", "基层亟待解决", "加快产出标志性产品");
    assertThat(article(1).body()).doesNotContain("\n");
  }

  @Test
  void dropsPageOverlapDuplicates() {
    String all = allBodies();
    assertThat(count(all, "新质生产力")).isEqualTo(3);
    assertThat(count(all, "内卷")).isEqualTo(2);
    assertThat(count(all, "得进行夸大和虚假宣传")).isEqualTo(1);
    assertThat(count(all, "出标志性产品,形成引领性标准")).isEqualTo(1);
  }

  @Test
  void removesTheAdBlockAtTheEnd() {
    assertThat(issue.articles()).allSatisfy(a -> assertThat(a.body())
        .doesNotContain("扫码关注", "cena1984", "微信公众号", "官方店", "赛迪出版物", "把握行业脉动", "让我们一起"));
  }

  @Test
  void movesTheImageCaptionOutOfTheBody() {
    assertThat(article(5).captions()).containsExactly("图为华约展出的类人形机器人正在搬运物品");
    assertThat(allBodies()).doesNotContain("图为华约展出的类人形机器人正在搬运物品");
  }

  @Test
  void stitchesTheStrayFragmentBackIntoThe5gaArticle() {
    assertThat(article(5).subheadings()).containsExactly("“碳硅融合创新” 打开新思路");
    assertThat(article(5).body()).contains("与每一位路过的观众互动");
    assertThat(article(6).body()).doesNotContain("在华为展位上");
    assertThat(article(6).body()).contains("打造区域行业领先的发展标杆").doesNotContain("区域域");
  }

  /**
   * The counts, article by article:
   * <ol>
   *   <li>3 joins: 走访座|谈, 亟待|解决, 强化|担当;
   *   <li>1 join: 能源安|全基石;
   *   <li>2 joins (政策体|系, 加快产|出) and 1 duplicate (the repeated 出标志性产品… paragraph);
   *   <li>1 duplicate: 得进行夸大… repeats the end of the paragraph before it;
   *   <li>3 joins (与每一位路|过的 after the stitch, 感|知智能, 深入|行业) and the 9 ad lines that
   *       followed the stray section (赛迪出版物, 官方店, 微订阅 更方便, 扫码关注即可…, 在这里,
   *       让我们一起, 把握行业脉动, 扫码关注 微信号…, 微信公众号账号…), which travel with it;
   *   <li>1 join (区域|域行业) whose doubled 域 counts as 1 duplicate.
   * </ol>
   */
  @Test
  void countsEveryRepairWhereTheSeedHasTheArtifact() {
    assertThat(issue.articles()).extracting(Article::breaksRepaired).containsExactly(3, 1, 2, 0, 3, 1);
    assertThat(issue.articles()).extracting(Article::duplicatesRemoved).containsExactly(0, 0, 1, 1, 0, 1);
    assertThat(issue.articles()).extracting(Article::boilerplateRemoved).containsExactly(0, 0, 0, 0, 9, 0);
  }

  @Test
  void removesTheSpaceInsideTheChineseHeadlineButNotNextToLatin() {
    assertThat(article(1).headline()).contains("深入贯彻中央八项");
    assertThat(article(5).headline()).isEqualTo("5G-A 与 AI“共赴山海”");
  }

  private static String allBodies() {
    return String.join("\n", issue.articles().stream().map(Article::body).toList());
  }

  private static int count(String text, String word) {
    Matcher m = Pattern.compile(Pattern.quote(word)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
