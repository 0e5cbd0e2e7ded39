package org.paperscope.jobs.ministries;

import java.io.Serializable;
import java.util.List;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;
import org.paperscope.common.gazetteer.GazetteerReader;
import org.paperscope.common.gazetteer.MentionKind;
import org.paperscope.common.gazetteer.MinistryDetectorSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

/**
 * The {@code ministries.*} configuration, read and validated once on the driver (the gazetteer file
 * is read here and its content shipped inside {@link #detector()}).
 *
 * @param detector           what executors build the detector from
 * @param cooccurrenceKinds  the mention kinds that make a body present in a unit of
 *                           {@code ministry_cooccurrence} (default name, alias, unit)
 * @param minTogether        pairs named together in fewer units are left out of
 *                           {@code ministry_cooccurrence}
 * @param networkMeasure     the column that ranks and weighs {@code ministry_network} edges
 * @param networkTopN        edges kept per scope, granularity, period and publication
 * @param networkMinTogether edges need at least this many units together
 */
public record MinistriesOptions(
    MinistryDetectorSettings detector,
    List<String> cooccurrenceKinds,
    long minTogether,
    String networkMeasure,
    int networkTopN,
    long networkMinTogether) implements Serializable {

  public static final String GAZETTEER = "ministries.gazetteer";
  public static final String SEGMENTER = "ministries.segmenter";
  public static final String BLOCKING_PREFIXES = "ministries.blocking-prefixes";
  public static final String LOCAL_PREFIXES = "ministries.local-prefixes";
  public static final String SHARED_NAMES = "ministries.shared-names";
  public static final String FOREIGN_CUES = "ministries.foreign-cues";
  public static final String CHINESE_ANCHORS = "ministries.chinese-anchors";
  public static final String TITLE_WORDS = "ministries.title-words";
  public static final String TRANSLITERATION_CHARS = "ministries.transliteration-chars";
  public static final String COOCCURRENCE_KINDS = "ministries.cooccurrence.kinds";
  public static final String PLACE_TAGS = "ministries.place-tags";
  public static final String ALLOWED_PLACES = "ministries.allowed-places";
  public static final String PREFIX_GLUE = "ministries.prefix-glue";
  public static final String UNIT_SUFFIXES = "ministries.unit-suffixes";
  public static final String UNIT_MAX_CHARS = "ministries.unit-max-chars";
  public static final String MIN_TOGETHER = "ministries.cooccurrence.min-together";
  public static final String NETWORK_MEASURE = "ministries.network.measure";
  public static final String NETWORK_TOP_N = "ministries.network.top-n";
  public static final String NETWORK_MIN_TOGETHER = "ministries.network.min-together";
  /** Columns of ministry_cooccurrence that can weigh network edges. */
  public static final List<String> MEASURES = List.of("npmi", "pmi", "lift", "jaccard", "g2",
      "together");

  /** Reads and checks every ministries key; errors name the key and the value. */
  public static MinistriesOptions from(Settings settings) {
    String gazetteerText = settings.text(GAZETTEER);
    try {
      GazetteerReader.parse(gazetteerText);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Gazetteer '" + settings.string(GAZETTEER) + "' (config key "
          + GAZETTEER + ") is invalid: " + e.getMessage(), e);
    }
    Segmenter segmenter;
    try {
      segmenter = Segmenter.fromCode(settings.string(SEGMENTER));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Config key " + SEGMENTER + ": " + e.getMessage(), e);
    }
    int unitMaxChars = settings.integer(UNIT_MAX_CHARS);
    if (unitMaxChars < 1) {
      throw new ConfigException("Config key " + UNIT_MAX_CHARS + " must be >= 1, got "
          + unitMaxChars);
    }
    List<String> cues;
    try {
      cues = MinistryDetectorSettings.parseCues(settings.text(FOREIGN_CUES));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Foreign cue list '" + settings.string(FOREIGN_CUES)
          + "' (config key " + FOREIGN_CUES + ") is invalid: " + e.getMessage(), e);
    }
    MinistryDetectorSettings detector = new MinistryDetectorSettings(
        settings.string(GAZETTEER), gazetteerText, segmenter,
        settings.list(BLOCKING_PREFIXES),
        settings.list(LOCAL_PREFIXES),
        settings.list(PLACE_TAGS),
        settings.list(ALLOWED_PLACES),
        settings.list(PREFIX_GLUE),
        settings.list(UNIT_SUFFIXES),
        unitMaxChars,
        settings.list(SHARED_NAMES),
        cues,
        settings.list(CHINESE_ANCHORS),
        settings.list(TITLE_WORDS),
        settings.string(TRANSLITERATION_CHARS).trim());
    List<String> kinds = settings.list(COOCCURRENCE_KINDS);
    for (String kind : kinds) {
      if (!MentionKind.codes().contains(kind)) {
        throw new ConfigException("Config key " + COOCCURRENCE_KINDS + ": '" + kind
            + "' is not a mention kind; expected some of " + String.join(", ", MentionKind.codes()));
      }
    }
    String measure = settings.oneOf(NETWORK_MEASURE, MEASURES);
    long minTogether = positive(settings, MIN_TOGETHER);
    int topN = (int) positive(settings, NETWORK_TOP_N);
    long networkMin = positive(settings, NETWORK_MIN_TOGETHER);
    return new MinistriesOptions(detector, List.copyOf(kinds), minTogether, measure, topN,
        networkMin);
  }

  private static long positive(Settings settings, String key) {
    long value = settings.integer(key);
    if (value < 1) {
      throw new ConfigException("Config key " + key + " must be >= 1, got " + value);
    }
    return value;
  }
}
