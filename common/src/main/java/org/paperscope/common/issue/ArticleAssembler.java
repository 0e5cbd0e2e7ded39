package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;

/** Turns read drafts into {@link Article}s: repairs, author tag, body. */
final class ArticleAssembler {
  private ArticleAssembler() {}

  /**
   * Newspaper articles whose body ends up empty (a headline over nothing but ads) are dropped;
   * broadcast stories are always kept, one per {@code ### }.
   */
  static List<Article> assemble(List<Draft> drafts, Layout layout, ParserSettings settings) {
    List<Article> articles = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      Article article = assemble(draft, articles.size() + 1, layout, settings);
      if (layout == Layout.BROADCAST || !article.body().isEmpty()) {
        articles.add(article);
      }
    }
    return articles;
  }

  static Article assemble(Draft draft, int seq, Layout layout, ParserSettings settings) {
    for (Section section : draft.sections) {
      ParagraphRepairs.repair(section, settings.duplicateMinChars());
    }
    // Transcripts are not signed: a closing (维吾尔族) there is text.
    String authorTag = layout == Layout.NEWSPAPER ? takeAuthorTag(draft) : null;
    List<String> subheadings = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    Integer continuedTo = null;
    Integer continuedFrom = null;
    int breaks = 0;
    int duplicates = 0;
    int boilerplate = 0;
    for (Section section : draft.sections) {
      if (section.subheading != null && !section.subheading.isEmpty()) {
        subheadings.add(section.subheading);
      }
      for (Paragraph paragraph : section.paragraphs) {
        if (!paragraph.text().isEmpty()) {
          paragraphs.add(paragraph.text());
        }
      }
      captions.addAll(section.captions);
      continuedTo = section.continuedToPage != null ? section.continuedToPage : continuedTo;
      continuedFrom = continuedFrom == null ? section.continuedFromPage : continuedFrom;
      breaks += section.breaksRepaired;
      duplicates += section.duplicatesRemoved;
      boilerplate += section.boilerplateRemoved;
    }
    return new Article(seq, draft.headline, subheadings, draft.leadType, draft.reporters, authorTag,
        String.join("\n", paragraphs), captions, draft.page, continuedTo, continuedFrom, breaks, duplicates, boilerplate,
        draft.section, draft.kicker, draft.subtitle, draft.url, draft.dateline);
  }

  /**
   * Removes the author tag from the paragraph that ends the article's own text: the last one
   * before any stray section that stayed behind, else the last one.
   */
  private static String takeAuthorTag(Draft draft) {
    Paragraph end = null;
    Section endSection = null;
    for (Section section : draft.sections) {
      if (section.stray && end != null) {
        break;
      }
      if (!section.paragraphs.isEmpty()) {
        endSection = section;
        end = section.paragraphs.get(section.paragraphs.size() - 1);
      }
    }
    if (end == null) {
      return null;
    }
    int start = Markers.authorTagStart(end.text());
    if (start < 0) {
      return null;
    }
    String tag = Markers.authorTag(end.text());
    endSection.paragraphs.set(endSection.paragraphs.size() - 1, end.withText(end.text().substring(0, start).strip()));
    return tag;
  }
}
