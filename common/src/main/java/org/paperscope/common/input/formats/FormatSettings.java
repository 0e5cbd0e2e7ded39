package org.paperscope.common.input.formats;

import java.io.Serializable;
import java.util.List;

/**
 * What the adapters need beyond the bytes; plain values, safe to ship to executors. Built by the
 * jobs from the {@code input.*} keys.
 *
 * @param override            {@code input.format}: the format of every file, or null to choose per file
 * @param fields              {@code input.fields.*}: record field names
 * @param placeholderBodies   {@code input.placeholder-bodies}: a short body containing one of these
 *                            (正文无法提取 …) is a placeholder, not an article
 * @param placeholderMaxChars {@code input.placeholder-max-chars}: a longer body is text even when it
 *                            contains such a phrase
 * @param maxRecordChars      {@code input.max-record-chars}: a longer record (JSON line, array
 *                            element, CSV row) is rejected without being held in memory
 */
public record FormatSettings(
    InputFormat override,
    FieldMapping fields,
    List<String> placeholderBodies,
    int placeholderMaxChars,
    int maxRecordChars) implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final List<String> DEFAULT_PLACEHOLDER_BODIES = List.of(
      "正文无法提取", "正文暂无", "暂无正文", "内容无法显示", "原文无法显示", "请点击查看原文", "详见附件", "本文暂无内容");
  public static final int DEFAULT_PLACEHOLDER_MAX_CHARS = 60;
  public static final int DEFAULT_MAX_RECORD_CHARS = 4 * 1024 * 1024;

  public FormatSettings {
    placeholderBodies = List.copyOf(placeholderBodies);
    for (String phrase : placeholderBodies) {
      if (phrase.isBlank()) {
        throw new IllegalArgumentException("input.placeholder-bodies contains an empty phrase: " + placeholderBodies);
      }
    }
    if (placeholderMaxChars <= 0) {
      throw new IllegalArgumentException("input.placeholder-max-chars must be positive, got " + placeholderMaxChars);
    }
    if (maxRecordChars <= 0) {
      throw new IllegalArgumentException("input.max-record-chars must be positive, got " + maxRecordChars);
    }
  }

  /** Format chosen per file, default field names and limits. */
  public static FormatSettings defaults() {
    return new FormatSettings(null, FieldMapping.defaults(), DEFAULT_PLACEHOLDER_BODIES,
        DEFAULT_PLACEHOLDER_MAX_CHARS, DEFAULT_MAX_RECORD_CHARS);
  }

  /** The same settings with a fixed format. */
  public FormatSettings withFormat(InputFormat format) {
    return new FormatSettings(format, fields, placeholderBodies, placeholderMaxChars, maxRecordChars);
  }
}
