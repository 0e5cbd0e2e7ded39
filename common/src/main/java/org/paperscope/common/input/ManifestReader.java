package org.paperscope.common.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.common.config.ConfigException;

/**
 * Reads the optional input manifest: a CSV with the header {@code path,date,publication,edition}
 * (publication and edition may be empty). Paths are relative to the input root, '/'-separated.
 */
public final class ManifestReader {
  private static final int COLUMNS = 4;

  private ManifestReader() {}

  /** Parses the manifest into entries keyed by path; fails naming the bad line. */
  public static Map<String, ManifestEntry> parse(String content, String sourceName) {
    Map<String, ManifestEntry> entries = new LinkedHashMap<>();
    String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n");
    int lineNumber = 0;
    for (String line : lines) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = splitCsv(line);
      if (lineNumber == 1 && cells.get(0).trim().equalsIgnoreCase("path")) {
        continue;
      }
      if (cells.size() < 2 || cells.size() > COLUMNS) {
        throw new ConfigException("Cannot read manifest " + sourceName + " line " + lineNumber
            + ": expected path,date,publication,edition, got " + cells.size() + " columns");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(cells.get(1).trim());
      } catch (DateTimeParseException e) {
        throw new ConfigException("Cannot read manifest " + sourceName + " line " + lineNumber
            + ": date '" + cells.get(1).trim() + "' is not yyyy-MM-dd");
      }
      String path = cells.get(0).trim().replace('\\', '/');
      entries.put(path, new ManifestEntry(path, date, cell(cells, 2), cell(cells, 3)));
    }
    return entries;
  }

  private static String cell(List<String> cells, int index) {
    if (index >= cells.size() || cells.get(index).isBlank()) {
      return null;
    }
    return cells.get(index).trim();
  }

  private static List<String> splitCsv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
