package org.paperscope.jobs.articles;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;
import org.paperscope.common.input.formats.FieldMapping;
import org.paperscope.common.input.formats.FormatSettings;
import org.paperscope.common.input.formats.InputFormat;
import org.paperscope.common.input.formats.RecordField;

/** Builds the input adapters' settings from {@code input.format}, {@code input.fields.*} and limits. */
final class FormatSettingsFactory {
  private static final String FIELDS_PREFIX = "input.fields.";

  private FormatSettingsFactory() {}

  static FormatSettings from(Settings settings) {
    Map<RecordField, List<String>> names = new EnumMap<>(RecordField.class);
    for (String key : settings.asMap().keySet()) {
      if (key.startsWith(FIELDS_PREFIX) && settings.has(key)) {
        try {
          names.put(RecordField.ofKey(key.substring(FIELDS_PREFIX.length())), settings.list(key));
        } catch (IllegalArgumentException e) {
          throw new ConfigException("Config key '" + key + "': " + e.getMessage(), e);
        }
      }
    }
    InputFormat format;
    try {
      format = InputFormat.fromConfig(settings.string("input.format"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Config key 'input.format': " + e.getMessage(), e);
    }
    return new FormatSettings(format, new FieldMapping(names), settings.list("input.placeholder-bodies"),
        positive(settings, "input.placeholder-max-chars"), positive(settings, "input.max-record-chars"));
  }

  private static int positive(Settings settings, String key) {
    int value = settings.integer(key);
    if (value < 1) {
      throw new ConfigException("Config key '" + key + "' must be >= 1, got " + value);
    }
    return value;
  }
}
