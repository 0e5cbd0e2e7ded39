package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.common.issue.SourceLine.Kind;

/**
 * Finds ad and promotional lines: a short line that contains a configured marker (扫码关注,
 * 微信号, 订阅 …), plus the short lines around it that belong to the same ad block (在这里 /
 * 让我们一起 / 把握行业脉动). Long lines are prose even when they mention 订阅, and a short line is
 * only removed when it touches a marker line, so short lines elsewhere (names, dates) stay.
 */
final class Boilerplate {
  private static final String SENTENCE_ENDS = "。！？!?";

  private Boilerplate() {}

  /** Returns the lines with ad lines turned into {@link Kind#BOILERPLATE}. */
  static List<SourceLine> mark(List<SourceLine> lines, ParserSettings settings) {
    List<SourceLine> out = new ArrayList<>(lines);
    List<Integer> markerLines = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      SourceLine line = out.get(i);
      if (line.kind() == Kind.CONTENT && length(line.text()) <= settings.boilerplateMaxChars()
          && containsMarker(line.text(), settings.boilerplateMarkers())) {
        out.set(i, line.asBoilerplate());
        markerLines.add(i);
      }
    }
    for (int index : markerLines) {
      spread(out, index, -1, settings);
      spread(out, index, +1, settings);
    }
    return out;
  }

  private static void spread(List<SourceLine> lines, int from, int step, ParserSettings settings) {
    for (int i = from + step; i >= 0 && i < lines.size(); i += step) {
      SourceLine line = lines.get(i);
      if (line.kind() == Kind.BLANK || line.kind() == Kind.BOILERPLATE) {
        continue;
      }
      if (line.kind() != Kind.CONTENT || !isShortAdLine(line.text(), settings)) {
        return;
      }
      lines.set(i, line.asBoilerplate());
    }
  }

  /**
   * Short, not a finished sentence, and not something the article needs (author tag,
   * continuation, bold lead).
   */
  private static boolean isShortAdLine(String text, ParserSettings settings) {
    char last = text.charAt(text.length() - 1);
    return length(text) <= settings.shortLineMaxChars()
        && SENTENCE_ENDS.indexOf(last) < 0
        && Markers.authorTagStart(text) < 0
        && Markers.extractContinuations(text).text().equals(text)
        && !text.startsWith("**");
  }

  static boolean containsMarker(String text, List<String> markers) {
    for (String marker : markers) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
