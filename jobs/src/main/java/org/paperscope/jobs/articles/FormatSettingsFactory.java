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
    FormatSettings defaults = FormatSettings.defaults();
    try {
      Map<RecordField, List<String>> names = new EnumMap<>(RecordField.class);
      for (String key : settings.asMap().keySet()) {
        if (key.startsWith(FIELDS_PREFIX) && settings.has(key)) {
          names.put(RecordField.ofKey(key.substring(FIELDS_PREFIX.length())), settings.list(key));
        }
      }
      return new FormatSettings(
          InputFormat.fromConfig(settings.string("input.format", "auto")),
          new FieldMapping(names),
          settings.has("input.placeholder-bodies") ? settings.list("input.placeholder-bodies")
              : defaults.placeholderBodies(),
          settings.has("input.placeholder-max-chars") ? settings.integer("input.placeholder-max-chars")
              : defaults.placeholderMaxChars(),
          settings.has("input.max-record-chars") ? settings.integer("input.max-record-chars")
              : defaults.maxRecordChars());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }
}
