package org.paperscope.common.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the ministries gazetteer TSV ({@code conf/gazetteer/ministries.tsv}): '#' comment lines
 * and blank lines are skipped, the first other line is the column header, every data line has
 * {@value #COLUMNS} tab-separated columns. Errors name the line and the bad value. Cross-row checks
 * (successors exist, aliases not claimed twice) are done by {@link MinistryGazetteer#of}.
 */
public final class GazetteerReader {
  static final int COLUMNS = 9;
  static final List<String> HEADER = List.of("ministry_id", "canonical_name", "aliases", "kind",
      "valid_from", "valid_to", "successor_id", "parent_id", "notes");
  /** The kinds the file may use; a typo fails loudly instead of creating a new category. */
  public static final Set<String> KINDS = Set.of("state_council_department", "central_bank",
      "special_body", "directly_affiliated_institution", "national_bureau", "state_council_office",
      "public_institution", "party_npc_cppcc", "judicial");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  private GazetteerReader() {}

  /** Reads and validates a gazetteer file. */
  public static MinistryGazetteer read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gazetteer " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses and validates gazetteer text (the file's content). */
  public static MinistryGazetteer parse(String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Ministry> rows = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (!headerSeen) {
        List<String> header = Arrays.stream(cols).map(String::trim).toList();
        if (!header.equals(HEADER)) {
          throw new IllegalArgumentException("Cannot read gazetteer line " + lineNo
              + ": expected the header " + String.join(" ", HEADER) + ", got "
              + String.join(" ", header));
        }
        headerSeen = true;
        continue;
      }
      if (cols.length != COLUMNS) {
        throw new IllegalArgumentException("Cannot read gazetteer line " + lineNo + ": expected "
            + COLUMNS + " columns, got " + cols.length);
      }
      rows.add(row(cols, lineNo));
    }
    if (!headerSeen) {
      throw new IllegalArgumentException("Cannot read gazetteer: no header line "
          + String.join(" ", HEADER));
    }
    return MinistryGazetteer.of(rows);
  }

  private static Ministry row(String[] cols, int lineNo) {
    String id = cols[0].trim();
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Cannot read gazetteer line " + lineNo
          + ": ministry_id '" + id + "' must match " + ID.pattern());
    }
    String name = cols[1].trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("Cannot read gazetteer line " + lineNo
          + ": canonical_name is empty for " + id);
    }
    List<String> aliases = new ArrayList<>();
    for (String alias : cols[2].split("\\|", -1)) {
      String trimmed = alias.trim();
      if (!trimmed.isEmpty() && !trimmed.equals(name) && !aliases.contains(trimmed)) {
        aliases.add(trimmed);
      }
    }
    String kind = cols[3].trim();
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("Cannot read gazetteer line " + lineNo + ": kind '" + kind
          + "' of " + id + " is not one of " + String.join(", ", KINDS.stream().sorted().toList()));
    }
    LocalDate from = date(cols[4], "valid_from", lineNo);
    LocalDate to = date(cols[5], "valid_to", lineNo);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("Cannot read gazetteer line " + lineNo + ": valid_from "
          + from + " of " + id + " is not before valid_to " + to);
    }
    return new Ministry(id, name, aliases, kind, from, to, blankToNull(cols[6]),
        blankToNull(cols[7]), null, cols[8].trim());
  }

  private static LocalDate date(String value, String column, int lineNo) {
    String trimmed = value.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Cannot read gazetteer line " + lineNo + ": " + column
          + " '" + trimmed + "' is not a yyyy-MM-dd date", e);
    }
  }

  private static String blankToNull(String value) {
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
