package org.paperscope.common.gazetteer;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

/**
 * Everything a {@link MinistryDetector} is built from: small immutable values, read on the driver
 * and shipped to executors, and the key of the per-JVM detector cache.
 *
 * @param gazetteerSource   where the gazetteer came from (for messages)
 * @param gazetteerText     the gazetteer TSV content
 * @param segmenter         the HanLP segmenter that confirms candidates
 * @param blockingPrefixes  tokens that, right before a name, make it a foreign or local body and
 *                          not a central Chinese one (美国, 俄, 省, 各地, 该国 …)
 * @param placeTags         part-of-speech tags of place names (ns, nsf): a place-name token right
 *                          before a name blocks it too (北京市发改委, 以色列卫生部) …
 * @param allowedPlaces     … except these (中国外交部, 我国, 中华人民共和国)
 * @param prefixGlue        tokens looked through on the way left to that prefix: 巴基斯坦副总理兼外交部长,
 *                          黎巴嫩公共卫生部, 美国前财政部长, 法国经济与财政部长 are foreign too
 * @param unitSuffixes      endings of a sub-unit name after a body (司, 局, 中心, 办公室 …)
 * @param unitMaxChars      longest sub-unit name looked for, in chars
 */
public record MinistryDetectorSettings(
    String gazetteerSource,
    String gazetteerText,
    Segmenter segmenter,
    List<String> blockingPrefixes,
    List<String> placeTags,
    List<String> allowedPlaces,
    List<String> prefixGlue,
    List<String> unitSuffixes,
    int unitMaxChars) implements Serializable {

  /** {@code ministries.blocking-prefixes} of the bundled conf (defaults live in one place only). */
  public static final List<String> DEFAULT_BLOCKING_PREFIXES = bundled().list("ministries.blocking-prefixes");
  public static final List<String> DEFAULT_PLACE_TAGS = bundled().list("ministries.place-tags");
  public static final List<String> DEFAULT_ALLOWED_PLACES = bundled().list("ministries.allowed-places");
  public static final List<String> DEFAULT_PREFIX_GLUE = bundled().list("ministries.prefix-glue");
  public static final List<String> DEFAULT_UNIT_SUFFIXES = bundled().list("ministries.unit-suffixes");
  public static final int DEFAULT_UNIT_MAX_CHARS = bundled().integer("ministries.unit-max-chars");

  public MinistryDetectorSettings {
    Objects.requireNonNull(gazetteerSource, "gazetteerSource");
    Objects.requireNonNull(gazetteerText, "gazetteerText");
    Objects.requireNonNull(segmenter, "segmenter");
    blockingPrefixes = List.copyOf(blockingPrefixes);
    placeTags = List.copyOf(placeTags);
    allowedPlaces = List.copyOf(allowedPlaces);
    prefixGlue = List.copyOf(prefixGlue);
    unitSuffixes = List.copyOf(unitSuffixes);
    if (unitMaxChars < 1) {
      throw new IllegalArgumentException("unitMaxChars must be >= 1, got " + unitMaxChars);
    }
  }

  /** The default rules over a gazetteer text, with the Viterbi segmenter. */
  public static MinistryDetectorSettings defaults(String gazetteerSource, String gazetteerText) {
    return new MinistryDetectorSettings(gazetteerSource, gazetteerText, Segmenter.VITERBI,
        DEFAULT_BLOCKING_PREFIXES, DEFAULT_PLACE_TAGS, DEFAULT_ALLOWED_PLACES, DEFAULT_PREFIX_GLUE,
        DEFAULT_UNIT_SUFFIXES, DEFAULT_UNIT_MAX_CHARS);
  }

  private static org.paperscope.common.config.Settings bundled() {
    return org.paperscope.common.config.Settings.defaults();
  }
}
