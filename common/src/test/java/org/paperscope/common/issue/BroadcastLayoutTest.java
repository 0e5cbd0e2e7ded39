package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BroadcastLayoutTest {
  private static final String DAY = """
      # 《新闻联播》（20240105）

      ## 新闻摘要

      本期节目主要内容：

      1.某地召开冬季农业生产推进会；

      [查看原文](https://example.invalid/summary.shtml)

      ## 详细新闻

      ### 某地召开冬季农业生产推进会

      **央视网消息**（新闻联播）：今天（1月5日），某地召开冬季农业生产推进会。

      会议要求，抓好冬小麦苗情监测。

      [查看原文](https://example.invalid/a.shtml)

      ### 国内联播快讯

      **央视网消息**（新闻联播）：

      **某某铁路新线开通运营，沿线群众出行时间大幅缩短**

      今天，某某铁路新线开通运营，沿线群众出行时间大幅缩短

      **冰雪旅游节开幕**

      本届旅游节为期两个月。

      [查看原文](https://example.invalid/b.shtml)

      ---

      更新时间：2024-01-06T00:00:00.000Z
      """;

  private static List<Article> parse(String text) {
    ParsedIssue issue = IssueParser.parse(text, ParserSettings.defaults());
    assertThat(issue.layout()).isEqualTo(Layout.BROADCAST);
    return issue.articles();
  }

  @Test
  void makesOneArticlePerStoryUnderTheDetailSection() {
    assertThat(parse(DAY)).extracting(Article::headline).containsExactly("某地召开冬季农业生产推进会", "国内联播快讯");
  }

  @Test
  void neverTurnsTheSummaryOrTitleIntoContent() {
    assertThat(parse(DAY)).allSatisfy(a -> assertThat(a.body()).doesNotContain("本期节目主要内容", "新闻联播》（"));
  }

  @Test
  void dropsTheSourceLinks() {
    assertThat(parse(DAY)).allSatisfy(a -> assertThat(a.body()).doesNotContain("查看原文", "](", "https"));
  }

  @Test
  void readsTheBroadcastLead() {
    Article first = parse(DAY).get(0);

    assertThat(first.leadType()).isEqualTo("央视网消息");
    assertThat(first.body()).isEqualTo("今天（1月5日），某地召开冬季农业生产推进会。\n会议要求，抓好冬小麦苗情监测。");
  }

  @Test
  void readsTheLeadWhenTheBoldIsCutOrMissing() {
    String day = "## 详细新闻\n\n### 甲\n\n**央视网消**息（新闻联播）：正文甲。\n\n### 乙\n\n标题重复一行\n\n央视网消息（新闻联播）：正文乙。"
        + "\n\n### 丙\n\n**央视网消息（新闻联播）：**正文丙。";

    List<Article> articles = parse(day);

    assertThat(articles).extracting(Article::leadType).containsOnly("央视网消息");
    assertThat(articles).extracting(Article::body).containsExactly("正文甲。", "标题重复一行\n正文乙。", "正文丙。");
  }

  @Test
  void keepsNewsFlashItemsApartAsSubheadings() {
    Article flash = parse(DAY).get(1);

    assertThat(flash.subheadings()).containsExactly("某某铁路新线开通运营，沿线群众出行时间大幅缩短", "冰雪旅游节开幕");
    assertThat(flash.body()).isEqualTo("今天，某某铁路新线开通运营，沿线群众出行时间大幅缩短\n本届旅游节为期两个月。");
    assertThat(flash.breaksRepaired()).isZero();
  }

  @Test
  void dropsThePageTrailerAfterTheLastStory() {
    assertThat(parse(DAY).get(1).body()).doesNotContain("更新时间", "---");
  }

  @Test
  void keepsAStoryWithoutText() {
    List<Article> articles = parse("## 详细新闻\n\n### 视频：新年新气象\n\n[查看原文](https://example.invalid/c)\n\n### 下一条\n\n正文。");

    assertThat(articles).extracting(Article::headline, Article::body).containsExactly(
        org.assertj.core.groups.Tuple.tuple("视频：新年新气象", ""),
        org.assertj.core.groups.Tuple.tuple("下一条", "正文。"));
  }

  @Test
  void neverSignsTranscriptsWithAnAuthorTag() {
    Article article = parse("## 详细新闻\n\n### 公告\n\n名单如下。\n\n艾尔肯·吐尼亚孜。（维吾尔族）").get(0);

    assertThat(article.authorTag()).isNull();
    assertThat(article.body()).endsWith("（维吾尔族）");
  }

  @Test
  void doesNotJoinTitleAndSignatureLines() {
    Article article = parse("""
        ## 详细新闻

        ### 署名文章

        传承千年友好，共创美好未来

        中华人民共和国主席　习近平

        一、千年友谊，源远流长

        中国和阿拉伯国家的交往可以追溯到2000多年前。
        """).get(0);

    assertThat(article.body().lines()).hasSize(4);
    assertThat(article.breaksRepaired()).isZero();
  }

  @Test
  void keepsTheSpaceBetweenTwoClausesOfAStoryHeadline() {
    Article article = parse("## 详细新闻\n\n### 以总理称将全速推进战事  巴武装称打死多名以军士兵\n\n"
        + "**央视网消息**（新闻联播）：\n\n**条目 一**\n\n正文。").get(0);

    assertThat(article.headline()).isEqualTo("以总理称将全速推进战事 巴武装称打死多名以军士兵");
    assertThat(article.subheadings()).containsExactly("条目一");
  }

  @Test
  void unescapesMarkdownAndDropsEncodedLineBreaks() {
    Article article = parse("## 详细新闻\n\n### 快讯\n\n**央视网消息**（新闻联播）：**\\&#xA;**\n\n**条目**\n\n增长5\\.6%，好于预期。\\").get(0);

    assertThat(article.subheadings()).containsExactly("条目");
    assertThat(article.body()).isEqualTo("增长5.6%，好于预期。");
  }

  @Test
  void detectsTheLayoutFromTheTranscriptStructure() {
    assertThat(IssueParser.detectLayout(DAY)).isEqualTo(Layout.BROADCAST);
    assertThat(IssueParser.detectLayout("### 甲\n\n**央视网消息**（新闻联播）：正文。")).isEqualTo(Layout.BROADCAST);
    assertThat(IssueParser.detectLayout("## 标题\n\n**本报讯** 正文。")).isEqualTo(Layout.NEWSPAPER);
    assertThat(IssueParser.detectLayout("正文里提到央视网消息。")).isEqualTo(Layout.NEWSPAPER);
  }

  @Test
  void followsTheLayoutOverride() {
    ParsedIssue asNewspaper = IssueParser.parse(DAY, ParserSettings.defaults().withLayout(Layout.NEWSPAPER));

    assertThat(asNewspaper.layout()).isEqualTo(Layout.NEWSPAPER);
    assertThat(asNewspaper.articles()).extracting(Article::headline).containsExactly("新闻摘要", "详细新闻");
  }
}
