package org.paperscope.common.input.formats;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Cuts a character stream into records without holding more than one record of at most
 * {@code maxChars} characters: JSON lines, the elements of a JSON array, CSV rows (quotes
 * respected). A longer record is skipped to its end and reported as {@link Piece#tooLarge()}.
 */
final class RecordSplitter {
  /**
   * One record, or the end of a record that was too large.
   *
   * @param number   1-based record number (line for JSON lines, element for arrays, data row for CSV)
   * @param text     the record, or null when too large
   * @param tooLarge the record had more than the limit
   * @param chars    its length (counted to the end even when too large)
   */
  record Piece(int number, String text, boolean tooLarge, long chars) {}

  private final Reader reader;
  private final int maxChars;
  private int pushedBack = -2;

  RecordSplitter(Reader reader, int maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  private int read() {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    try {
      return reader.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next non-blank line, or null at the end. */
  Piece nextLine(int number) {
    StringBuilder out = new StringBuilder();
    long chars = 0;
    int c = read();
    if (c < 0) {
      return null;
    }
    while (c >= 0 && c != '\n') {
      chars++;
      if (chars <= maxChars) {
        out.append((char) c);
      }
      c = read();
    }
    return chars > maxChars ? new Piece(number, null, true, chars) : new Piece(number, out.toString(), false, chars);
  }

  /** Skips white space; returns the next character without consuming it, or -1. */
  int peekNonBlank() {
    int c = read();
    while (c >= 0 && Character.isWhitespace(c) || c == '\uFEFF') {
      c = read();
    }
    pushedBack = c;
    return c;
  }

  /** Consumes one character. */
  int take() {
    return read();
  }

  /**
   * The next element of a JSON array, positioned after {@code [} or {@code ,}: the text up to the
   * {@code ,} or {@code ]} at depth zero, which is consumed and returned in {@code end[0]} (-1 when
   * the input ended inside the element).
   */
  Piece nextArrayElement(int number, int[] end) {
    StringBuilder out = new StringBuilder();
    long chars = 0;
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    while (true) {
      int c = read();
      if (c < 0) {
        end[0] = -1;
        break;
      }
      if (!inString && depth == 0 && (c == ',' || c == ']')) {
        end[0] = c;
        break;
      }
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
      chars++;
      if (chars <= maxChars) {
        out.append((char) c);
      }
    }
    return chars > maxChars ? new Piece(number, null, true, chars) : new Piece(number, out.toString().strip(), false, chars);
  }

  /**
   * The next CSV row (RFC 4180: quoted fields may hold commas, quotes as {@code ""} and line
   * breaks), split into fields, or null at the end. A too-large row has null fields.
   */
  String[] nextCsvRow(long[] length) {
    java.util.List<String> fields = new java.util.ArrayList<>();
    StringBuilder field = new StringBuilder();
    long chars = 0;
    boolean quoted = false;
    int c = read();
    if (c < 0) {
      return null;
    }
    while (true) {
      if (c < 0) {
        break;
      }
      chars++;
      if (quoted) {
        if (c == '"') {
          int next = read();
          if (next == '"') {
            append(field, '"', chars);
          } else {
            quoted = false;
            pushedBack = next;
          }
        } else {
          append(field, (char) c, chars);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        break;
      } else if (c != '\r') {
        append(field, (char) c, chars);
      }
      c = read();
    }
    fields.add(field.toString());
    length[0] = chars;
    return chars > maxChars ? new String[0] : fields.toArray(new String[0]);
  }

  private void append(StringBuilder field, char c, long chars) {
    if (chars <= maxChars) {
      field.append(c);
    }
  }
}
