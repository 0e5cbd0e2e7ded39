package org.paperscope.jobs.articles;

import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;
import org.paperscope.common.issue.Layout;
import org.paperscope.common.issue.ParserSettings;

/** Builds the parser's settings from the {@code parser.*} config keys (defaults where unset). */
final class ParserSettingsFactory {
  private ParserSettingsFactory() {}

  static ParserSettings from(Settings settings) {
    ParserSettings defaults = ParserSettings.defaults();
    try {
      String layout = settings.string("parser.layout", "auto");
      return new ParserSettings(
          "auto".equals(layout) ? null : Layout.fromCode(layout),
          settings.has("parser.boilerplate-markers")
              ? settings.list("parser.boilerplate-markers") : defaults.boilerplateMarkers(),
          intOr(settings, "parser.boilerplate-max-chars", defaults.boilerplateMaxChars()),
          intOr(settings, "parser.short-line-max-chars", defaults.shortLineMaxChars()),
          settings.has("parser.caption-prefixes")
              ? settings.list("parser.caption-prefixes") : defaults.captionPrefixes(),
          intOr(settings, "parser.caption-max-chars", defaults.captionMaxChars()),
          intOr(settings, "parser.duplicate-min-chars", defaults.duplicateMinChars()),
          settings.has("parser.stitch-fragments") ? settings.bool("parser.stitch-fragments")
              : defaults.stitchFragments());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  private static int intOr(Settings settings, String key, int fallback) {
    return settings.has(key) ? settings.integer(key) : fallback;
  }
}
