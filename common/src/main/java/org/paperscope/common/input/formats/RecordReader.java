package org.paperscope.common.input.formats;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.common.input.RejectReason;
import org.paperscope.common.input.RejectedInputException;
import org.paperscope.common.issue.ArticleParts;

/**
 * Reads per-article records: JSON Lines, a JSON array of objects, or CSV with a header row. Field
 * names come from {@link FieldMapping}. Each record is cut out of the stream by
 * {@link RecordSplitter} with a size limit before Gson parses it, so one huge line is a
 * {@code record_too_large} reject and not an out-of-memory error. A record that cannot be read
 * (not an object, a bad date, a CSV row with the wrong number of fields) is a {@code bad_record}
 * reject; the other records are kept.
 */
final class RecordReader {
  private static final Pattern DATE = Pattern.compile(
      "\\s*([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?.*");
  private static final Pattern COMPACT_DATE = Pattern.compile("\\s*([0-9]{4})([0-9]{2})([0-9]{2})\\s*");
  /** 1, "01", "第01版", "A01", "第3版：要闻". */
  private static final Pattern PAGE = Pattern.compile("\\s*第?\\s*[A-Za-z]?\\s*([0-9]{1,3})\\s*(?:版.*)?");
  private static final int MAX_DETAIL_CHARS = 80;

  private RecordReader() {}

  static SourceRead read(String text, String encoding, InputFormat format, FormatSettings settings)
      throws RejectedInputException {
    List<SourceItem> items = new ArrayList<>();
    List<ItemReject> rejects = new ArrayList<>();
    RecordSplitter splitter = new RecordSplitter(new StringReader(text), settings.maxRecordChars());
    switch (format) {
      case JSON_LINES -> readLines(splitter, settings, items, rejects);
      case JSON_ARRAY -> readArray(splitter, settings, items, rejects);
      case CSV -> readCsv(splitter, settings, items, rejects);
      default -> throw new IllegalArgumentException("Not a record format: " + format);
    }
    return new SourceRead(format, encoding, items, rejects);
  }

  /**
   * Records another reader took apart (Parquet), through the same field mapping, dates and pages;
   * {@code rejects} are those it already had to drop.
   */
  static SourceRead fromFields(InputFormat format, String encoding, List<FieldRecord> records,
      List<ItemReject> rejects, FormatSettings settings) {
    List<SourceItem> items = new ArrayList<>();
    List<ItemReject> dropped = new ArrayList<>(rejects);
    for (FieldRecord fields : records) {
      Map<String, String> record = new HashMap<>();
      fields.fields().forEach((name, value) -> record.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), value));
      record(record, fields.item(), "row " + fields.item(), settings, items, dropped);
    }
    return new SourceRead(format, encoding, items, dropped);
  }

  private static void readLines(RecordSplitter splitter, FormatSettings settings, List<SourceItem> items,
      List<ItemReject> rejects) {
    int line = 0;
    RecordSplitter.Piece piece;
    while ((piece = splitter.nextLine(++line)) != null) {
      if (piece.tooLarge()) {
        rejects.add(tooLarge(line, "line " + line, piece.chars(), settings));
      } else if (!piece.text().isBlank()) {
        json(piece.text(), line, "line " + line, settings, items, rejects);
      }
    }
  }

  private static void readArray(RecordSplitter splitter, FormatSettings settings, List<SourceItem> items,
      List<ItemReject> rejects) throws RejectedInputException {
    if (splitter.peekNonBlank() != '[') {
      throw new RejectedInputException(RejectReason.MALFORMED, "a JSON array file must start with '['");
    }
    splitter.take();
    int[] end = new int[1];
    int number = 0;
    while (true) {
      RecordSplitter.Piece piece = splitter.nextArrayElement(++number, end);
      String where = "element " + number;
      if (piece.tooLarge()) {
        rejects.add(tooLarge(number, where, piece.chars(), settings));
      } else if (!piece.text().isEmpty()) {
        if (end[0] < 0) {
          rejects.add(new ItemReject(number, null, RejectReason.BAD_RECORD,
              where + ": the file ends inside it (no closing ']')"));
          return;
        }
        json(piece.text(), number, where, settings, items, rejects);
      }
      if (end[0] != ',') {
        return;
      }
    }
  }

  private static void readCsv(RecordSplitter splitter, FormatSettings settings, List<SourceItem> items,
      List<ItemReject> rejects) throws RejectedInputException {
    long[] length = new long[1];
    String[] header = splitter.nextCsvRow(length);
    if (header == null || header.length == 0) {
      throw new RejectedInputException(RejectReason.MALFORMED, "a CSV file needs a header row naming its fields");
    }
    List<String> names = new ArrayList<>();
    for (String name : header) {
      names.add(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
    }
    int row = 0;
    String[] fields;
    while ((fields = splitter.nextCsvRow(length)) != null) {
      row++;
      String where = "row " + row;
      if (fields.length == 0) {
        rejects.add(tooLarge(row, where, length[0], settings));
        continue;
      }
      if (fields.length == 1 && fields[0].isBlank()) {
        continue;
      }
      if (fields.length != names.size()) {
        rejects.add(new ItemReject(row, null, RejectReason.BAD_RECORD,
            where + " has " + fields.length + " fields, the header has " + names.size()));
        continue;
      }
      Map<String, String> record = new HashMap<>();
      for (int i = 0; i < fields.length; i++) {
        record.putIfAbsent(names.get(i), fields[i]);
      }
      record(record, row, where, settings, items, rejects);
    }
  }

  private static ItemReject tooLarge(int number, String where, long chars, FormatSettings settings) {
    return new ItemReject(number, null, RejectReason.RECORD_TOO_LARGE, where + ": " + chars
        + " characters is more than input.max-record-chars=" + settings.maxRecordChars());
  }

  private static void json(String text, int number, String where, FormatSettings settings, List<SourceItem> items,
      List<ItemReject> rejects) {
    JsonElement element;
    try {
      element = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      rejects.add(new ItemReject(number, null, RejectReason.BAD_RECORD, where + ": not valid JSON ("
          + shorten(e.getMessage()) + ")"));
      return;
    }
    if (!element.isJsonObject()) {
      rejects.add(new ItemReject(number, null, RejectReason.BAD_RECORD, where + ": a JSON "
          + kind(element) + ", expected an object with fields"));
      return;
    }
    Map<String, String> record = new HashMap<>();
    for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
      String value = value(member.getValue());
      if (value != null) {
        record.putIfAbsent(member.getKey().strip().toLowerCase(Locale.ROOT), value);
      }
    }
    record(record, number, where, settings, items, rejects);
  }

  private static String kind(JsonElement element) {
    return element.isJsonArray() ? "array" : element.isJsonNull() ? "null" : "value";
  }

  /** A string or number as text, an array of them one per line, anything else null. */
  private static String value(JsonElement value) {
    if (value.isJsonPrimitive()) {
      return value.getAsString();
    }
    if (value.isJsonArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonElement element : (JsonArray) value) {
        if (element.isJsonPrimitive()) {
          parts.add(element.getAsString());
        }
      }
      return String.join("\n", parts);
    }
    if (value.isJsonObject()) {
      JsonObject object = value.getAsJsonObject();
      // {"author": {"name": "张三"}}
      return object.has("name") && object.get("name").isJsonPrimitive() ? object.get("name").getAsString() : null;
    }
    return null;
  }

  private static void record(Map<String, String> record, int number, String where, FormatSettings settings,
      List<SourceItem> items, List<ItemReject> rejects) {
    FieldMapping fields = settings.fields();
    String dateText = field(record, fields, RecordField.DATE);
    LocalDate date = null;
    if (dateText != null) {
      date = parseDate(dateText);
      if (date == null) {
        rejects.add(new ItemReject(number, null, RejectReason.BAD_RECORD, where + ": date '" + shorten(dateText)
            + "' is not a date (expected 2025-03-08, 2025/3/8, 2025年3月8日 or 20250308)"));
        return;
      }
    }
    String pageText = field(record, fields, RecordField.PAGE);
    Integer page = pageText == null ? null : parsePage(pageText);
    String section = field(record, fields, RecordField.SECTION);
    if (section == null && pageText != null) {
      // "第01版：要闻" names both
      int colon = Math.max(pageText.indexOf('：'), pageText.indexOf(':'));
      section = colon >= 0 && colon + 1 < pageText.length() ? pageText.substring(colon + 1).strip() : null;
    }
    String body = field(record, fields, RecordField.BODY);
    ArticleParts parts = new ArticleParts(field(record, fields, RecordField.TITLE),
        field(record, fields, RecordField.KICKER), field(record, fields, RecordField.SUBTITLE),
        body == null ? List.of() : List.of(body), page, section, field(record, fields, RecordField.URL),
        field(record, fields, RecordField.DATELINE), field(record, fields, RecordField.AUTHOR));
    items.add(new SourceItem(number, parts, date));
  }

  private static String field(Map<String, String> record, FieldMapping fields, RecordField field) {
    for (String name : fields.namesOf(field)) {
      String value = record.get(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** 2025-03-08, 2025/3/8, 2025.03.08, 2025年3月8日, 20250308, 2025-03-08T06:00:00+08:00 (the date as written). */
  static LocalDate parseDate(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      m = COMPACT_DATE.matcher(text);
      if (!m.matches()) {
        return null;
      }
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The page number of 1, "01", "第01版", "A01"; null when the value names none (the article is kept). */
  static Integer parsePage(String text) {
    Matcher m = PAGE.matcher(text);
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  private static String shorten(String text) {
    String oneLine = text == null ? "" : text.replace('\n', ' ');
    return oneLine.length() <= MAX_DETAIL_CHARS ? oneLine : oneLine.substring(0, MAX_DETAIL_CHARS) + "…";
  }
}
