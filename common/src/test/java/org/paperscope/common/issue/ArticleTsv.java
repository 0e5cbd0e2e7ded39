package org.paperscope.common.issue;

import java.util.List;

/**
 * Articles as tab-separated text for golden files: one header line, one line per article, lists
 * joined by {@code " | "}, null as empty, line breaks in the body written as {@code \n}.
 */
final class ArticleTsv {
  static final String HEADER = String.join("\t", "seq", "headline", "subheadings", "lead_type", "reporters",
      "author_tag", "page", "continued_to_page", "continued_from_page", "breaks_repaired",
      "duplicates_removed", "boilerplate_removed", "captions", "body");

  private ArticleTsv() {}

  static String of(List<Article> articles) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (Article a : articles) {
      out.append(String.join("\t", String.valueOf(a.seq()), cell(a.headline()), list(a.subheadings()),
          cell(a.leadType()), list(a.reporters()), cell(a.authorTag()), cell(a.page()),
          cell(a.continuedToPage()), cell(a.continuedFromPage()), cell(a.breaksRepaired()),
          cell(a.duplicatesRemoved()), cell(a.boilerplateRemoved()), list(a.captions()), cell(a.body())))
          .append('\n');
    }
    return out.toString();
  }

  private static String list(List<String> values) {
    return cell(String.join(" | ", values));
  }

  private static String cell(Object value) {
    return value == null ? "" : value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }
}
