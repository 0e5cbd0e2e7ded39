package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;

/**
 * Broadcast layout (新闻联播): stories are {@code ### } headings under {@code ## 详细新闻}. The
 * {@code ## 新闻摘要} section is a table of contents and never an article; the {@code # } title
 * line is not content; a thematic break ({@code ---}) ends the last story and what follows it
 * (更新时间 …) is page trailer.
 */
final class BroadcastReader {
  private static final String SUMMARY = "新闻摘要";

  private BroadcastReader() {}

  static List<Draft> read(List<SourceLine> lines, ParserSettings settings) {
    List<Draft> drafts = new ArrayList<>();
    boolean inSummary = false;
    Draft current = null;
    for (SourceLine line : lines) {
      switch (line.kind()) {
        case HEADING -> {
          if (line.level() <= 2) {
            inSummary = line.level() == 2 && line.gluedText().startsWith(SUMMARY);
            current = null;
          } else if (line.level() == 3 && !inSummary) {
            // The story headline keeps its clause separators: 以总理称将全速推进战事 巴武装称…
            current = new Draft(line.text(), null);
            drafts.add(current);
          } else if (current != null && !current.ended) {
            current.openSection(line.gluedText(), false);
          }
        }
        case RULE -> {
          if (current != null) {
            current.ended = true;
          }
        }
        case CONTENT -> {
          if (current != null && !current.ended) {
            Paragraphs.add(current, line.text(), settings);
          }
        }
        case BOILERPLATE -> {
          if (current != null && !current.ended) {
            current.current().boilerplateRemoved++;
          }
        }
        default -> {
          // blank lines only separate paragraphs
        }
      }
    }
    return drafts;
  }
}
