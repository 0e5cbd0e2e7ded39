package org.paperscope.common.issue;

import java.util.List;

/**
 * One article as a structured source gives it (a feed item, an HTML page, a JSON or CSV record),
 * before the parser's rules run over its text. Fields are raw: markup, entities and full-width
 * characters are cleaned by {@link StructuredArticles#assemble}, the same way as in issue files.
 *
 * @param headline   the headline (标题); may be null or blank, which makes the item empty
 * @param kicker     the 引题 above the headline, or null
 * @param subtitle   the 副题 below the headline, or null
 * @param paragraphs the body's paragraphs in order (a paragraph may hold several lines)
 * @param page       the page number when the source tells it, else null
 * @param section    the section (要闻, 评论 …), or null
 * @param url        the article's address, or null
 * @param dateline   an explicit dateline field (本报北京3月7日电), or null to read it from the text
 * @param author     an explicit author field (张三 李四), or null to read bylines from the text
 */
public record ArticleParts(
    String headline,
    String kicker,
    String subtitle,
    List<String> paragraphs,
    Integer page,
    String section,
    String url,
    String dateline,
    String author) {

  public ArticleParts {
    paragraphs = List.copyOf(paragraphs);
  }
}
