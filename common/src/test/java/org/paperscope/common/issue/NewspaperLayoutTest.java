package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewspaperLayoutTest {
  private static List<Article> parse(String text) {
    ParsedIssue issue = IssueParser.parse(text, ParserSettings.defaults());
    assertThat(issue.layout()).isEqualTo(Layout.NEWSPAPER);
    return issue.articles();
  }

  @Test
  void startsAnArticleAtEachLevelTwoHeading() {
    List<Article> articles = parse("""
        ## 第一篇标题

        第一篇正文。

        ## 第二篇标题

        第二篇正文。
        """);

    assertThat(articles).extracting(Article::seq, Article::headline, Article::body)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "第一篇标题", "第一篇正文。"),
            org.assertj.core.groups.Tuple.tuple(2, "第二篇标题", "第二篇正文。"));
  }

  @Test
  void keepsLevelThreeHeadingsAsSubheadingsOfTheArticle() {
    Article article = parse("""
        ## 主标题

        导语部分。

        ### 小标题一

        第一部分。

        #### 小标题二

        第二部分。
        """).get(0);

    assertThat(article.subheadings()).containsExactly("小标题一", "小标题二");
    assertThat(article.body()).isEqualTo("导语部分。\n第一部分。\n第二部分。");
  }

  @Test
  void yieldsNoArticlesForTextWithoutHeadings() {
    assertThat(parse("只有正文，没有任何标题。\n\n第二段正文。")).isEmpty();
    assertThat(parse("")).isEmpty();
  }

  @Test
  void ignoresMastheadTextBeforeTheFirstArticle() {
    List<Article> articles = parse("中国某某报\n2025年6月24日 星期二\n\n## 标题\n\n正文。");

    assertThat(articles).singleElement().extracting(Article::body).isEqualTo("正文。");
  }

  @Test
  void readsTheNewsLead() {
    Article article = parse("## 标题\n\n**本报讯** 6月20日,会议召开。").get(0);

    assertThat(article.leadType()).isEqualTo("本报讯");
    assertThat(article.reporters()).isEmpty();
    assertThat(article.body()).isEqualTo("6月20日,会议召开。");
  }

  @Test
  void readsReportersFromABylineWithSeveralNames() {
    Article article = parse("## 标题\n\n**本报记者 张三 李四、王五**  \n截至目前,工作进展顺利。").get(0);

    assertThat(article.leadType()).isEqualTo("本报记者");
    assertThat(article.reporters()).containsExactly("张三", "李四", "王五");
    assertThat(article.body()).isEqualTo("截至目前,工作进展顺利。");
  }

  @Test
  void readsReportersAndCorrespondentsFromOneByline() {
    Article article = parse("## 标题\n\n**本报记者 张三 本报通讯员 李四**\n\n正文。").get(0);

    assertThat(article.leadType()).isEqualTo("本报记者");
    assertThat(article.reporters()).containsExactly("张三", "李四");
  }

  @Test
  void readsAReporterFromTheLeadQualifier() {
    Article article = parse("## 标题\n\n**本报讯（记者 王立新）** 6月3日,会议召开。").get(0);

    assertThat(article.leadType()).isEqualTo("本报讯");
    assertThat(article.reporters()).containsExactly("王立新");
    assertThat(article.body()).isEqualTo("6月3日,会议召开。");
  }

  @Test
  void readsALeadFollowedByABylineLine() {
    Article article = parse("## 标题\n\n**本报讯**\n**记者 赵六**\n\n正文。").get(0);

    assertThat(article.leadType()).isEqualTo("本报讯");
    assertThat(article.reporters()).containsExactly("赵六");
    assertThat(article.body()).isEqualTo("正文。");
  }

  @Test
  void takesTheAuthorTagInAsciiOrFullWidthBrackets() {
    List<Article> articles = parse("## 一\n\n正文。(耀文)\n\n## 二\n\n正文。（布轩）\n\n## 三\n\n正文。（耀文　布轩）");

    assertThat(articles).extracting(Article::authorTag).containsExactly("耀文", "布轩", "耀文 布轩");
    assertThat(articles).extracting(Article::body).containsOnly("正文。");
  }

  @Test
  void leavesBracketsThatAreNoAuthorTag() {
    List<Article> articles = parse("## 一\n\n发布了管理办法(草案)\n\n## 二\n\n推动AI和IoT(物联网)\n\n## 三\n\n名单:张三(女)");

    assertThat(articles).extracting(Article::authorTag).containsOnlyNulls();
    assertThat(articles).extracting(Article::body)
        .containsExactly("发布了管理办法(草案)", "推动AI和IoT(物联网)", "名单:张三(女)");
  }

  @Test
  void takesTheAuthorTagOnlyFromTheLastParagraph() {
    Article article = parse("## 标题\n\n第一段说明(详见附件)。\n\n会议要求(全文)\n\n最后一段。(宗文)").get(0);

    assertThat(article.authorTag()).isEqualTo("宗文");
    assertThat(article.body()).contains("会议要求(全文)");
  }

  @Test
  void readsPageContinuationsAndRemovesThem() {
    List<Article> articles = parse("""
        ## 头版文章

        正文第一段。(下转第5版)

        ## 续版文章

        （上接第１版）正文接着写。（下转第三版）
        """);

    assertThat(articles.get(0).continuedToPage()).isEqualTo(5);
    assertThat(articles.get(0).continuedFromPage()).isNull();
    assertThat(articles.get(0).body()).isEqualTo("正文第一段。");
    assertThat(articles.get(1).continuedFromPage()).isEqualTo(1);
    assertThat(articles.get(1).continuedToPage()).isEqualTo(3);
    assertThat(articles.get(1).body()).isEqualTo("正文接着写。");
  }

  @Test
  void readsAFullWidthContinuationMarker() {
    Article article = parse("## 标题\n\n正文写到这里。（下转第３版）").get(0);

    assertThat(article.continuedToPage()).isEqualTo(3);
    assertThat(article.body()).isEqualTo("正文写到这里。");
  }

  @Test
  void setsThePageFromPageHeadings() {
    List<Article> articles = parse("""
        ## 无版面文章

        正文。

        # 中国某某报 第1版

        ## 要闻

        正文。

        ## 第12版 产业

        ## 产业新闻

        正文。
        """);

    assertThat(articles).extracting(Article::headline).containsExactly("无版面文章", "要闻", "产业新闻");
    assertThat(articles).extracting(Article::page).containsExactly(null, 1, 12);
  }

  @Test
  void normalizesHeadlineAndBody() {
    Article article = parse("""
        ## ２０２５年 ＡＩ 产业 发展 大会 召开

        大会&nbsp;发布了<b>十大</b>成果，参会企业超过&#x3000;３００家。
        """).get(0);

    assertThat(article.headline()).isEqualTo("2025年 AI 产业发展大会召开");
    assertThat(article.body()).isEqualTo("大会发布了十大成果，参会企业超过 300家。");
  }

  @Test
  void readsCrLfAndLoneCrLineEnds() {
    String lf = "## 标题一\n\n第一段。\n\n第二段。\n\n## 标题二\n\n正文。(耀文)\n";

    List<Article> expected = parse(lf);

    assertThat(parse(lf.replace("\n", "\r\n"))).isEqualTo(expected);
    assertThat(parse(lf.replace("\n", "\r"))).isEqualTo(expected);
    assertThat(expected).extracting(Article::body).containsExactly("第一段。\n第二段。", "正文。");
  }

  @Test
  void splitsHtmlParagraphsAndDropsMarkup() {
    Article article = parse("## 标题\n\n<p>第一段正文。</p><p>第二段&ldquo;正文&rdquo;。</p><div><img src=\"a.jpg\"/></div>").get(0);

    assertThat(article.body()).isEqualTo("第一段正文。\n第二段“正文”。");
  }

  @Test
  void leavesNoMarkdownInTheBody() {
    Article article = parse("## 标题\n\n正文中有**加粗**和[链接](https://example.invalid/a)以及![图](b.png)。\\*号").get(0);

    assertThat(article.body()).isEqualTo("正文中有加粗和链接以及。*号");
  }

  @Test
  void dropsANewspaperArticleWhoseBodyIsEmpty() {
    List<Article> articles = parse("## 空文章\n\n## 有正文\n\n正文。");

    assertThat(articles).extracting(Article::seq, Article::headline)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "有正文"));
  }
}
