package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.common.issue.SourceLine.Kind;
import org.paperscope.common.text.TextNormalizer;

/**
 * Turns {@link ArticleParts} from a structured source into an {@link Article} with the same rules
 * as the newspaper layout: every body line is cleaned and classified like an issue line, ads are
 * marked, leads, bylines, datelines, captions, author tags and continuations are read, and the
 * page-break repairs run. So the same article gives the same headline and body whether it came
 * from a feed item or from a {@code ## } section of an issue file.
 */
public final class StructuredArticles {
  private StructuredArticles() {}

  /**
   * The article at position {@code seq}; its body may come out empty (a headline over nothing, or
   * over ads only), which the caller treats as an empty item.
   */
  public static Article assemble(ArticleParts parts, int seq, ParserSettings settings) {
    Draft draft = new Draft(cleanOneLine(parts.headline()), parts.page());
    draft.kicker = emptyToNull(cleanOneLine(parts.kicker()));
    draft.subtitle = emptyToNull(cleanOneLine(parts.subtitle()));
    draft.section = emptyToNull(cleanOneLine(parts.section()));
    draft.url = emptyToNull(parts.url() == null ? null : parts.url().strip());
    List<SourceLine> lines = new ArrayList<>();
    for (String paragraph : parts.paragraphs()) {
      // Record bodies may hold HTML (<p>…</p>) or plain lines; both end up one paragraph per line.
      for (String line : TextNormalizer.breakHtmlBlocks(TextNormalizer.normalizeLineEnds(paragraph)).split("\n", -1)) {
        SourceLine source = SourceLines.classify(line);
        // A body line that looks like a markdown heading is still body text in a structured source.
        lines.add(source.kind() == Kind.HEADING || source.kind() == Kind.RULE
            ? new SourceLine(Kind.CONTENT, 0, TextNormalizer.clean(line).strip()) : source);
      }
      lines.add(new SourceLine(Kind.BLANK, 0, ""));
    }
    for (SourceLine line : Boilerplate.mark(lines, settings)) {
      if (line.kind() == Kind.CONTENT) {
        Paragraphs.add(draft, line.text(), settings);
      } else if (line.kind() == Kind.BOILERPLATE) {
        draft.current().boilerplateRemoved++;
      }
    }
    String dateline = emptyToNull(cleanOneLine(parts.dateline()));
    if (dateline != null && draft.dateline == null) {
      draft.dateline = dateline;
      if (draft.leadType == null) {
        draft.leadType = Leads.sourceOfDateline(dateline);
      }
    }
    String author = emptyToNull(cleanOneLine(parts.author()));
    if (author != null && draft.reporters.isEmpty()) {
      List<String> names = new ArrayList<>();
      String role = Leads.readByline(author, names);
      if (role == null) {
        names.clear();
        for (String name : author.split("[\\s\u3000、，,/]+")) {
          if (!name.isEmpty()) {
            names.add(name);
          }
        }
      }
      draft.reporters.addAll(names);
    }
    return ArticleAssembler.assemble(draft, seq, Layout.NEWSPAPER, settings);
  }

  private static String cleanOneLine(String text) {
    if (text == null) {
      return "";
    }
    String line = TextNormalizer.normalizeLineEnds(text).replace('\n', ' ');
    return SourceLines.headingText(Markdown.dropLinks(TextNormalizer.clean(Markdown.unescape(line))).strip());
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
