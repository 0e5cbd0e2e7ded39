package org.paperscope.common.input.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The shape of an input file. {@link #TEXT} is the Markdown-ish issue text (newspaper or broadcast
 * layout) that {@code IssueParser} reads; the others are read by the adapters of this package into
 * the same articles.
 */
public enum InputFormat {
  /** One issue as Markdown-ish text ({@code .txt}, {@code .md}). */
  TEXT("text"),
  /** An RSS 2.0 feed of one issue, one {@code <item>} per article. */
  RSS("rss"),
  /** An Atom feed of one issue, one {@code <entry>} per article. */
  ATOM("atom"),
  /** An HTML page of one article or of one issue page. */
  HTML("html"),
  /** One JSON object per line. */
  JSON_LINES("jsonl"),
  /** A JSON array of objects. */
  JSON_ARRAY("json"),
  /** A CSV file with a header row, one record per row. */
  CSV("csv"),
  /** A Parquet file, one record per row (read by the Spark jobs, which carry Parquet's library). */
  PARQUET("parquet");

  /** Bytes looked at when sniffing; the BOM, an XML declaration and comments fit easily. */
  private static final int SNIFF_BYTES = 4096;
  /** The magic number that opens (and closes) every Parquet file. */
  private static final byte[] PARQUET_MAGIC = {'P', 'A', 'R', '1'};
  private final String code;

  InputFormat(String code) {
    this.code = code;
  }

  /** The code used in {@code input.format} and in the published {@code input_format} column. */
  public String code() {
    return code;
  }

  /** True for the formats whose articles may carry their own dates (records, feed items, pages). */
  public boolean structured() {
    return this != TEXT;
  }

  /**
   * Parses {@code input.format}: {@code auto} (null: choose per file) or one of the codes; fails
   * naming the bad value.
   */
  public static InputFormat fromConfig(String value) {
    String code = value == null ? "auto" : value.strip().toLowerCase(Locale.ROOT);
    if (code.isEmpty() || code.equals("auto")) {
      return null;
    }
    for (InputFormat format : values()) {
      if (format.code.equals(code)) {
        return format;
      }
    }
    throw new IllegalArgumentException("Unknown input.format '" + value
        + "': expected auto, text, rss, atom, html, jsonl, json, csv or parquet");
  }

  /**
   * The format of one file: {@code override} when set, else by content (Parquet's {@code PAR1}
   * magic, an RSS or Atom root, an HTML document, a JSON array or object) and then by extension ({@code .gz} removed). Content
   * wins over the extension because crawlers save feeds as {@code .xml} or {@code .html} alike.
   */
  public static InputFormat choose(String fileName, byte[] bytes, InputFormat override) {
    if (override != null) {
      return override;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    String extension = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
    InputFormat sniffed = sniff(bytes, extension);
    if (sniffed != null) {
      return sniffed;
    }
    switch (extension) {
      case "rss":
        return RSS;
      case "atom":
        return ATOM;
      case "xml":
        return RSS;
      case "html":
      case "htm":
      case "xhtml":
        return HTML;
      case "jsonl":
      case "ndjson":
        return JSON_LINES;
      case "json":
        return JSON_ARRAY;
      case "csv":
        return CSV;
      case "parquet":
        return PARQUET;
      default:
        return TEXT;
    }
  }

  /** By the first non-blank characters; null when they say nothing (plain text, CSV). */
  private static InputFormat sniff(byte[] bytes, String extension) {
    if (bytes.length >= PARQUET_MAGIC.length
        && java.util.Arrays.equals(bytes, 0, PARQUET_MAGIC.length, PARQUET_MAGIC, 0, PARQUET_MAGIC.length)) {
      return PARQUET;
    }
    String head = head(bytes).toLowerCase(Locale.ROOT);
    String start = skipPrologue(head);
    if (start.startsWith("<rss") || start.startsWith("<rdf:rdf")) {
      return RSS;
    }
    if (start.startsWith("<feed")) {
      return ATOM;
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body")) {
      return HTML;
    }
    if (start.startsWith("<!doctype") || (head.startsWith("<?xml") && start.startsWith("<"))) {
      // A DOCTYPE that is not HTML, or another XML root: the feed reader refuses or names it.
      return extension.equals("atom") ? ATOM : RSS;
    }
    if (start.startsWith("[")) {
      return JSON_ARRAY;
    }
    if (start.startsWith("{")) {
      return JSON_LINES;
    }
    return null;
  }

  /** The head after an XML declaration, comments and white space. */
  private static String skipPrologue(String head) {
    String s = head.strip();
    while (true) {
      if (s.startsWith("<?")) {
        int end = s.indexOf("?>");
        s = end < 0 ? "" : s.substring(end + 2).strip();
      } else if (s.startsWith("<!--")) {
        int end = s.indexOf("-->");
        s = end < 0 ? "" : s.substring(end + 3).strip();
      } else {
        return s;
      }
    }
  }

  private static String head(byte[] bytes) {
    int length = Math.min(bytes.length, SNIFF_BYTES);
    int offset = 0;
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    if (length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
    }
    if (length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
    }
    // ASCII markup reads the same in UTF-8 and GB18030; a cut multi-byte tail does not matter here.
    return new String(bytes, offset, length - offset, StandardCharsets.UTF_8);
  }
}
