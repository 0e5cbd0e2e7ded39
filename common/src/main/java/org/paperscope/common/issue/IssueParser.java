package org.paperscope.common.issue;

import java.util.List;
import org.paperscope.common.issue.SourceLine.Kind;

/**
 * Cuts the decoded text of one issue file into repaired {@link Article}s.
 *
 * <p>Two layouts ({@link Layout}): newspapers, where {@code ## } starts an article, and broadcast
 * transcripts (新闻联播), where stories are {@code ### } under {@code ## 详细新闻}. On the way it
 * strips HTML, folds full-width digits and letters, removes spaces between Chinese characters,
 * reads leads, bylines, author tags and page continuations, moves image captions out of the body,
 * drops ads, and repairs page breaks (cut paragraphs, page-overlap duplicates), counting every
 * repair per article.
 *
 * <p>Stateless and thread-safe; one pass over the lines plus per-article work.
 */
public final class IssueParser {
  private static final String BROADCAST_DETAIL = "详细新闻";
  private static final String BROADCAST_SUMMARY = "新闻摘要";
  private static final String BROADCAST_LEAD = "**央视网消息**";

  private IssueParser() {}

  /** Parses one issue; the layout is {@code settings.layoutOverride()} or detected. */
  public static ParsedIssue parse(String text, ParserSettings settings) {
    List<SourceLine> lines = Boilerplate.mark(SourceLines.read(text), settings);
    Layout layout = settings.layoutOverride() != null ? settings.layoutOverride() : detectLayout(lines);
    List<Draft> drafts = layout == Layout.BROADCAST
        ? BroadcastReader.read(lines, settings)
        : NewspaperReader.read(lines, settings);
    if (settings.stitchFragments()) {
      FragmentStitcher.stitch(drafts);
    }
    return new ParsedIssue(layout, ArticleAssembler.assemble(drafts, layout, settings));
  }

  /** Parses with {@link ParserSettings#defaults()}. */
  public static ParsedIssue parse(String text) {
    return parse(text, ParserSettings.defaults());
  }

  /**
   * {@link Layout#BROADCAST} when the text has the 新闻联播 structure (a {@code ## 详细新闻} or
   * {@code ## 新闻摘要} heading, or a {@code **央视网消息**} lead), else {@link Layout#NEWSPAPER}.
   */
  public static Layout detectLayout(String text) {
    return detectLayout(SourceLines.read(text));
  }

  private static Layout detectLayout(List<SourceLine> lines) {
    for (SourceLine line : lines) {
      boolean broadcastHeading = line.kind() == Kind.HEADING && line.level() == 2
          && (line.gluedText().startsWith(BROADCAST_DETAIL)
              || line.gluedText().startsWith(BROADCAST_SUMMARY));
      boolean broadcastLead = line.kind() == Kind.CONTENT && line.text().startsWith(BROADCAST_LEAD);
      if (broadcastHeading || broadcastLead) {
        return Layout.BROADCAST;
      }
    }
    return Layout.NEWSPAPER;
  }
}
