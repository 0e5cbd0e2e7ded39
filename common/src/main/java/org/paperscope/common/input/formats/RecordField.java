package org.paperscope.common.input.formats;

import java.util.List;
import java.util.Locale;

/**
 * A field of a per-article record (JSON, CSV) and the names it is looked for under by default.
 * {@code input.fields.<key>} replaces the list of one field (comma-separated, first match wins).
 */
public enum RecordField {
  TITLE("title", List.of("title", "headline", "标题")),
  KICKER("kicker", List.of("kicker", "pre_title", "引题")),
  SUBTITLE("subtitle", List.of("subtitle", "sub_title", "subheadline", "副题", "副标题")),
  BODY("body", List.of("content", "body", "text", "article", "正文")),
  AUTHOR("author", List.of("author", "authors", "byline", "作者")),
  DATE("date", List.of("date", "issue_date", "pub_date", "published", "日期")),
  PAGE("page", List.of("page", "page_no", "section_no", "版次", "版号")),
  SECTION("section", List.of("section", "section_name", "page_name", "版名", "栏目")),
  URL("url", List.of("url", "link", "href", "source_url")),
  DATELINE("dateline", List.of("dateline", "电头"));

  private final String key;
  private final List<String> defaultNames;

  RecordField(String key, List<String> defaultNames) {
    this.key = key;
    this.defaultNames = defaultNames;
  }

  /** The key after {@code input.fields.}: {@code title}, {@code body} … */
  public String key() {
    return key;
  }

  public List<String> defaultNames() {
    return defaultNames;
  }

  /** The field of {@code input.fields.<key>}; fails naming the bad key. */
  public static RecordField ofKey(String key) {
    for (RecordField field : values()) {
      if (field.key.equals(key.toLowerCase(Locale.ROOT))) {
        return field;
      }
    }
    throw new IllegalArgumentException("Unknown record field 'input.fields." + key
        + "': expected one of title, kicker, subtitle, body, author, date, page, section, url, dateline");
  }
}
