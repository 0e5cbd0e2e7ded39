package org.paperscope.common.issue;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link IssueParser} needs to know beyond the text; plain values, safe to ship to executors.
 * Built by the jobs from the {@code parser.*} keys of {@code conf/paperscope.properties}.
 *
 * @param layoutOverride      layout for every file ({@code parser.layout}); null = detect per file
 * @param boilerplateMarkers  a short line containing one of these is an ad
 *                            ({@code parser.boilerplate-markers}, comma-separated)
 * @param boilerplateMaxChars a line longer than this is prose even when it contains a marker
 *                            ({@code parser.boilerplate-max-chars})
 * @param shortLineMaxChars   a line of at most this many characters next to an ad line is part of
 *                            the ad block ({@code parser.short-line-max-chars})
 * @param captionPrefixes     a short paragraph starting with one of these is an image caption
 *                            ({@code parser.caption-prefixes}, comma-separated)
 * @param captionMaxChars     a longer paragraph is never a caption ({@code parser.caption-max-chars})
 * @param duplicateMinChars   shorter paragraphs are never dropped as page-overlap duplicates
 *                            ({@code parser.duplicate-min-chars})
 * @param stitchFragments     move a stray {@code ###} section that ends mid-sentence to the article
 *                            it continues ({@code parser.stitch-fragments})
 */
public record ParserSettings(
    Layout layoutOverride,
    List<String> boilerplateMarkers,
    int boilerplateMaxChars,
    int shortLineMaxChars,
    List<String> captionPrefixes,
    int captionMaxChars,
    int duplicateMinChars,
    boolean stitchFragments) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Markers of promotional lines found in Chinese newspapers (WeChat, subscription, shop). */
  public static final List<String> DEFAULT_BOILERPLATE_MARKERS = List.of(
      "扫码关注", "扫描二维码", "长按识别二维码", "长按二维码", "识别二维码", "微信号", "微信公众号",
      "公众号", "官方店", "微订阅", "订阅", "欢迎关注", "邮发代号", "广告热线", "广告联系");
  public static final List<String> DEFAULT_CAPTION_PREFIXES = List.of(
      "图为", "图片为", "图片：", "图片:", "图片来源", "图片由", "图：", "图:", "上图为", "下图为", "左图为",
      "右图为", "上图：", "下图：", "题图：", "配图：", "摄影：", "摄影:");
  public static final int DEFAULT_BOILERPLATE_MAX_CHARS = 60;
  public static final int DEFAULT_SHORT_LINE_MAX_CHARS = 12;
  public static final int DEFAULT_CAPTION_MAX_CHARS = 80;
  public static final int DEFAULT_DUPLICATE_MIN_CHARS = 10;

  public ParserSettings {
    boilerplateMarkers = List.copyOf(boilerplateMarkers);
    captionPrefixes = List.copyOf(captionPrefixes);
    requirePositive("parser.boilerplate-max-chars", boilerplateMaxChars);
    requirePositive("parser.short-line-max-chars", shortLineMaxChars);
    requirePositive("parser.caption-max-chars", captionMaxChars);
    requirePositive("parser.duplicate-min-chars", duplicateMinChars);
    for (String marker : boilerplateMarkers) {
      if (marker.isBlank()) {
        throw new IllegalArgumentException("parser.boilerplate-markers contains an empty marker: " + boilerplateMarkers);
      }
    }
    for (String prefix : captionPrefixes) {
      if (prefix.isBlank()) {
        throw new IllegalArgumentException("parser.caption-prefixes contains an empty prefix: " + captionPrefixes);
      }
    }
  }

  /** Auto-detected layout and the default lists and limits. */
  public static ParserSettings defaults() {
    return new ParserSettings(null, DEFAULT_BOILERPLATE_MARKERS, DEFAULT_BOILERPLATE_MAX_CHARS,
        DEFAULT_SHORT_LINE_MAX_CHARS, DEFAULT_CAPTION_PREFIXES, DEFAULT_CAPTION_MAX_CHARS,
        DEFAULT_DUPLICATE_MIN_CHARS, true);
  }

  /** The same settings with a fixed layout (null = detect per file). */
  public ParserSettings withLayout(Layout layout) {
    return new ParserSettings(layout, boilerplateMarkers, boilerplateMaxChars, shortLineMaxChars,
        captionPrefixes, captionMaxChars, duplicateMinChars, stitchFragments);
  }

  private static void requirePositive(String key, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(key + " must be a positive number of characters, got " + value);
    }
  }
}
