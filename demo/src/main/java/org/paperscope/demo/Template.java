package org.paperscope.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of demo text with the dates on which it may be used. A line may start with gates:
 * {@code @2023-09-08} (from that day), {@code @~2024-06-30} (until that day),
 * {@code @2023-04-01~2023-12-31} (both), {@code @M6-9} (only in June to September; {@code @M12-2}
 * wraps over the new year). The text holds placeholders such as {@code {省}} that
 * {@link TemplateRenderer} fills.
 */
record Template(String text, LocalDate from, LocalDate until, int fromMonth, int untilMonth) {

  /** True when the line may be used in an issue dated {@code date}. */
  boolean validOn(LocalDate date) {
    if (from != null && date.isBefore(from)) {
      return false;
    }
    if (until != null && date.isAfter(until)) {
      return false;
    }
    if (fromMonth == 0) {
      return true;
    }
    int month = date.getMonthValue();
    return fromMonth <= untilMonth
        ? month >= fromMonth && month <= untilMonth
        : month >= fromMonth || month <= untilMonth;
  }

  /** Parses a text block, one template per non-blank line. */
  static List<Template> lines(String block) {
    List<Template> templates = new ArrayList<>();
    for (String raw : block.split("\n")) {
      String line = raw.strip();
      if (!line.isEmpty()) {
        templates.add(parse(line));
      }
    }
    return List.copyOf(templates);
  }

  static Template parse(String line) {
    LocalDate from = null;
    LocalDate until = null;
    int fromMonth = 0;
    int untilMonth = 0;
    String rest = line;
    while (rest.startsWith("@")) {
      int space = rest.indexOf(' ');
      if (space < 0) {
        throw new IllegalArgumentException("Template gate without text: '" + line + "'");
      }
      String gate = rest.substring(1, space);
      rest = rest.substring(space + 1).strip();
      try {
        if (gate.startsWith("M")) {
          String[] months = gate.substring(1).split("-");
          fromMonth = Integer.parseInt(months[0]);
          untilMonth = Integer.parseInt(months[1]);
        } else {
          int tilde = gate.indexOf('~');
          if (tilde < 0) {
            from = LocalDate.parse(gate);
          } else {
            from = tilde == 0 ? null : LocalDate.parse(gate.substring(0, tilde));
            until = LocalDate.parse(gate.substring(tilde + 1));
          }
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Bad template gate '@" + gate + "' in '" + line + "'", e);
      }
    }
    return new Template(rest, from, until, fromMonth, untilMonth);
  }
}
