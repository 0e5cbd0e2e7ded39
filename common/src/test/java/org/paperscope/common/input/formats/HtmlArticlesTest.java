package org.paperscope.common.input.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.common.input.formats.HtmlArticles.HtmlArticle;

class HtmlArticlesTest {
  @Test
  void issuePageSplitsAtEachHeadlineWithItsKickerAndSubtitle() {
    List<HtmlArticle> articles = HtmlArticles.read("""
        <html><head><title>第02版</title></head><body>
        <header>导航 首页</header><p>××日报数字报</p>
        <p>《××日报》（2025年03月08日 第 02 版：综合）</p>
        <h3>引题一</h3><h1>标题一</h1><h2>副题一</h2><p>第一段。</p><h4>小标题</h4><p>第二段。</p>
        <h1>标题二</h1><div><p>正文二。</p></div>
        <footer>版权所有</footer></body></html>
        """);

    assertThat(articles).extracting(HtmlArticle::kicker, HtmlArticle::headline, HtmlArticle::subtitle,
        HtmlArticle::paragraphs, HtmlArticle::page, HtmlArticle::section, HtmlArticle::date).containsExactly(
        org.assertj.core.groups.Tuple.tuple("引题一", "标题一", "副题一", List.of("第一段。", "**小标题**", "第二段。"), 2, "综合",
            LocalDate.of(2025, 3, 8)),
        org.assertj.core.groups.Tuple.tuple(null, "标题二", null, List.of("正文二。"), 2, "综合", LocalDate.of(2025, 3, 8)));
  }

  @Test
  void lineBreaksSplitButSourceNewlinesAndCarriageReturnsDoNot() {
    HtmlArticle article = HtmlArticles.read("<h1>标题</h1><p>第一行，\n接着写&#13;完。<br>第二行。</p>").get(0);

    assertThat(article.paragraphs()).containsExactly("第一行， 接着写 完。\n第二行。");
  }

  @Test
  void pageWithoutHeadlineIsOneArticleUnderItsTitle() {
    HtmlArticle article = HtmlArticles.read("<title>网页标题</title><div>正文。<!-- 注释 --></div><script>x()</script>").get(0);

    assertThat(article.headline()).isEqualTo("网页标题");
    assertThat(article.paragraphs()).containsExactly("正文。");
  }

  @Test
  void impossibleDateInAPageLineLeavesItAsText() {
    HtmlArticle article = HtmlArticles.read("<h1>标题</h1><p>《××日报》（2025年02月30日 第 01 版）</p>").get(0);

    assertThat(article.page()).isNull();
    assertThat(article.paragraphs()).containsExactly("《××日报》（2025年02月30日 第 01 版）");
  }
}
