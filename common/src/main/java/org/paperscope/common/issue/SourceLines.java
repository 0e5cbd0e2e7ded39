package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.common.issue.SourceLine.Kind;
import org.paperscope.common.text.TextNormalizer;

/** Splits an issue text into cleaned, classified lines. */
final class SourceLines {
  private static final int MAX_HEADING_LEVEL = 6;

  private SourceLines() {}

  static List<SourceLine> read(String text) {
    String prepared = TextNormalizer.breakHtmlBlocks(TextNormalizer.normalizeLineEnds(text));
    List<SourceLine> lines = new ArrayList<>();
    int start = 0;
    while (start <= prepared.length()) {
      int end = prepared.indexOf('\n', start);
      if (end < 0) {
        end = prepared.length();
      }
      lines.add(classify(prepared.substring(start, end)));
      start = end + 1;
    }
    return lines;
  }

  static SourceLine classify(String raw) {
    String line = Markdown.dropLinks(TextNormalizer.clean(Markdown.unescape(raw))).strip();
    if (line.isEmpty()) {
      return new SourceLine(Kind.BLANK, 0, "");
    }
    int level = 0;
    while (level < line.length() && line.charAt(level) == '#') {
      level++;
    }
    if (level > 0 && level <= MAX_HEADING_LEVEL
        && (level == line.length() || Character.isWhitespace(line.charAt(level)))) {
      String heading = line.substring(level).strip();
      int trailing = heading.length();
      while (trailing > 0 && heading.charAt(trailing - 1) == '#') {
        trailing--;
      }
      String text = Markdown.stripBold(heading.substring(0, trailing)).strip();
      return new SourceLine(Kind.HEADING, level, TextNormalizer.foldSpacesKeepingClauses(text));
    }
    if (isRule(line)) {
      return new SourceLine(Kind.RULE, 0, line);
    }
    return new SourceLine(Kind.CONTENT, 0, line);
  }

  /** Normalized text of a heading or sub-heading. */
  static String headingText(String heading) {
    return TextNormalizer.foldSpaces(Markdown.stripBold(heading).strip());
  }

  private static boolean isRule(String line) {
    char first = line.charAt(0);
    if (first != '-' && first != '*' && first != '_') {
      return false;
    }
    int marks = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == first) {
        marks++;
      } else if (c != ' ') {
        return false;
      }
    }
    return marks >= 3;
  }
}
