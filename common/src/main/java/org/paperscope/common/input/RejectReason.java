package org.paperscope.common.input;

import java.util.Locale;

/**
 * Why an input file did not become an issue. The lower-case {@link #code()} is what the
 * {@code rejects} table publishes; the list is fixed so that dashboards can count by it.
 */
public enum RejectReason {
  /** No issue date in the path (nor in the manifest). */
  UNDATED,
  /** Zero bytes. */
  EMPTY,
  /** Only white space after decoding. */
  WHITESPACE_ONLY,
  /** Binary content (image, archive, NUL bytes in an 8-bit encoding). */
  BINARY,
  /** Bytes that are neither UTF-8, UTF-16 with BOM, nor GB18030 text. */
  UNDECODABLE,
  /** Larger than {@code input.max-file-bytes}. */
  TOO_LARGE,
  /** The file could not be opened or read (permissions, I/O error, broken gzip). */
  UNREADABLE,
  /** A directory whose name looks like an issue file. */
  NOT_A_FILE,
  /** Readable text, but the parser found no article in it (no headings, only ads). */
  NO_ARTICLES,
  /** Byte-identical to another file of the same publication and date, which was kept. */
  DUPLICATE_CONTENT,
  /**
   * Mostly the same articles as another file of the same publication and date, which was kept (a
   * re-OCR, a {@code .txt} and {@code .md} twin, a re-scrape); the detail gives the similarity.
   */
  NEAR_DUPLICATE,
  /** The parser failed on this file; the detail names the error. */
  PARSE_ERROR;

  /** The published code, e.g. {@code whitespace_only}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
