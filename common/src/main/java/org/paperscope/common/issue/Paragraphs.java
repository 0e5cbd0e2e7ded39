package org.paperscope.common.issue;

import org.paperscope.common.issue.Leads.Lead;
import org.paperscope.common.text.TextNormalizer;

/** Adds one content line to the article being read: lead, sub-heading, caption or paragraph. */
final class Paragraphs {
  private static final int MAX_LEAD_LINES = 2;

  private Paragraphs() {}

  static void add(Draft draft, String line, ParserSettings settings) {
    Section section = draft.current();
    Markers.Continuations continuations = Markers.extractContinuations(line);
    if (continuations.toPage() != null) {
      section.continuedToPage = continuations.toPage();
    }
    if (continuations.fromPage() != null && section.continuedFromPage == null) {
      section.continuedFromPage = continuations.fromPage();
    }
    String text = continuations.text();
    if (text.isEmpty()) {
      return;
    }
    // A lead opens the text; a well-known one is also found after title lines that some
    // transcripts repeat before it (庆祝…招待会在京举行 / 习近平发表重要讲话 / 央视网消息（新闻联播）：…).
    boolean leadPossible = !draft.hasParagraphs() || draft.leadType == null && Leads.startsWithPlainLead(text);
    if (leadPossible && draft.leadLinesSeen < MAX_LEAD_LINES) {
      Lead lead = Leads.read(text);
      if (lead != null && (draft.leadType == null || lead.byline())) {
        draft.leadLinesSeen++;
        if (draft.leadType == null) {
          draft.leadType = lead.leadType();
          draft.dateline = lead.dateline();
        }
        draft.reporters.addAll(lead.reporters());
        text = lead.rest();
        if (text.isEmpty()) {
          return;
        }
      }
    }
    String bold = Markdown.boldOnly(text);
    if (bold != null) {
      draft.openSection(SourceLines.headingText(bold), draft.closedByAuthorTag());
      return;
    }
    text = Markdown.stripBold(text).strip();
    if (text.isEmpty()) {
      return;
    }
    if (Captions.isCaption(text, settings)) {
      section.addCaption(TextNormalizer.foldSpaces(text));
      return;
    }
    int tag = Markers.authorTagStart(text);
    // The space rules would glue two names of a tag together: (耀文 布轩) keeps its space.
    String normalized = tag < 0
        ? TextNormalizer.foldSpaces(text)
        : TextNormalizer.foldSpaces(text.substring(0, tag)) + Markers.collapseSpaces(text.substring(tag));
    if (!normalized.isEmpty()) {
      section.addParagraph(normalized);
    }
  }
}
