package org.paperscope.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.paperscope.demo.Milestones.Milestone;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.IssueParser;

/**
 * The demo's third publication: one RSS 2.0 feed per issue, as a newspaper's web edition gives
 * it. The articles are those of a generated newspaper issue, laid out on pages (the first two on
 * page 1, 要闻; then two per inner page with its section), each item holding the escaped HTML
 * page: kicker, headline, page line, indented paragraphs, with comments, {@code <style>},
 * {@code &#13;} and {@code &nbsp;} noise; now and then an item whose body is a placeholder.
 */
final class FeedWriter {
  private static final List<String> INNER_SECTIONS = List.of("综合", "产业", "科技", "评论", "区域");
  private static final List<String> KICKERS = List.of("聚焦高质量发展", "一线观察", "权威发布", "奋进新征程");
  private static final double KICKER_CHANCE = 0.3;
  private static final double PLACEHOLDER_CHANCE = 0.2;
  private static final double NBSP_CHANCE = 0.3;
  private static final int FRONT_PAGE_ARTICLES = 2;
  private static final int ARTICLES_PER_INNER_PAGE = 2;
  static final String PAPER = "演示网报";

  private final NewspaperWriter newspaper = new NewspaperWriter();

  /** The feed (LF line ends) for {@code date}. */
  String write(LocalDate date, List<Milestone> due, SplittableRandom random) {
    List<Article> articles = IssueParser.parse(newspaper.write(date, due, random)).articles();
    String day = String.format("%04d年%02d月%02d日", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n")
        .append("<title>").append(PAPER).append(' ').append(day).append("</title>\n")
        .append("<link>https://demo.paperscope.invalid/").append(date).append("/</link>\n");
    int placeholderAt = random.nextDouble() < PLACEHOLDER_CHANCE ? random.nextInt(articles.size() + 1) : -1;
    for (int i = 0; i < articles.size(); i++) {
      if (i == placeholderAt) {
        appendPlaceholder(out, date, day, random);
      }
      Article article = articles.get(i);
      int page = i < FRONT_PAGE_ARTICLES ? 1 : 2 + (i - FRONT_PAGE_ARTICLES) / ARTICLES_PER_INNER_PAGE;
      String section = page == 1 ? "要闻" : INNER_SECTIONS.get((page - 2) % INNER_SECTIONS.size());
      StringBuilder html = new StringBuilder();
      if (random.nextBoolean()) {
        html.append("<style>p { text-indent: 2em; }</style>");
      }
      html.append("<!-- enpproperty ").append(date).append(" -->&#13;\n");
      if (random.nextDouble() < KICKER_CHANCE) {
        html.append("<h3>").append(KICKERS.get(random.nextInt(KICKERS.size()))).append("</h3>&#13;\n");
      }
      html.append("<h1>").append(escape(article.headline())).append("</h1>&#13;\n")
          .append("<p>《").append(PAPER).append("》（").append(day)
          .append(String.format(" 第 %02d 版）</p>&#13;\n", page));
      String[] paragraphs = article.body().split("\n");
      for (int p = 0; p < paragraphs.length; p++) {
        String text = escape(paragraphs[p]);
        if (p == 0 && "本报讯".equals(article.leadType())) {
          text = "本报讯" + (random.nextDouble() < NBSP_CHANCE ? "&nbsp;" : " ") + text;
        }
        if (p == paragraphs.length - 1 && article.authorTag() != null) {
          text = text + "（" + escape(article.authorTag()) + "）";
        }
        html.append("<p>　　").append(text).append("</p>&#13;\n");
      }
      out.append("<item>\n")
          .append(String.format("<title>[%02d版：%s] %s</title>\n", page, section, escape(article.headline())))
          .append("<link>https://demo.paperscope.invalid/").append(date).append("/content_").append(i + 1)
          .append(".htm</link>\n");
      if (!article.reporters().isEmpty()) {
        out.append("<author>").append(escape(String.join(" ", article.reporters()))).append("</author>\n");
      }
      out.append("<description>").append(escape(html.toString())).append("</description>\n</item>\n");
    }
    if (placeholderAt == articles.size()) {
      appendPlaceholder(out, date, day, random);
    }
    return out.append("</channel>\n</rss>\n").toString();
  }

  private static void appendPlaceholder(StringBuilder out, LocalDate date, String day, SplittableRandom random) {
    int page = 2 + random.nextInt(INNER_SECTIONS.size());
    String html = "<h1>图片新闻</h1><p>《" + PAPER + "》（" + day + String.format(" 第 %02d 版）</p>", page)
        + "<p>（正文无法提取，请查看版面原图）</p>";
    out.append("<item>\n")
        .append(String.format("<title>[%02d版：%s] 图片新闻</title>\n", page, INNER_SECTIONS.get(page - 2)))
        .append("<link>https://demo.paperscope.invalid/").append(date).append("/image.htm</link>\n")
        .append("<description>").append(escape(html)).append("</description>\n</item>\n");
  }

  /** XML text escaping; {@code &#13;} and {@code &nbsp;} in the HTML stay entities of the HTML. */
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
