package org.paperscope.common.issue;

import java.io.Serializable;
import java.util.List;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;

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

  /** {@code parser.boilerplate-markers} of the bundled {@code conf/paperscope.properties}. */
  public static final List<String> DEFAULT_BOILERPLATE_MARKERS =
      Settings.defaults().list("parser.boilerplate-markers");
  /** {@code parser.caption-prefixes} of the bundled {@code conf/paperscope.properties}. */
  public static final List<String> DEFAULT_CAPTION_PREFIXES = Settings.defaults().list("parser.caption-prefixes");

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

  /** The settings of the bundled {@code conf/paperscope.properties} (the one place defaults live). */
  public static ParserSettings defaults() {
    return from(Settings.defaults());
  }

  /**
   * Reads every {@code parser.*} key.
   *
   * @throws ConfigException naming the key and the value
   */
  public static ParserSettings from(Settings settings) {
    String layout = settings.oneOf("parser.layout", List.of("auto", "newspaper", "broadcast"));
    try {
      return new ParserSettings(
          "auto".equals(layout) ? null : Layout.fromCode(layout),
          settings.list("parser.boilerplate-markers"),
          settings.integer("parser.boilerplate-max-chars"),
          settings.integer("parser.short-line-max-chars"),
          settings.list("parser.caption-prefixes"),
          settings.integer("parser.caption-max-chars"),
          settings.integer("parser.duplicate-min-chars"),
          settings.bool("parser.stitch-fragments"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Config key " + e.getMessage(), e);
    }
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
