package org.paperscope.common.gazetteer;

import java.io.Serializable;
import java.util.ArrayList;
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
 * @param blockingPrefixes  tokens that, right before a name, make it a foreign body and not a
 *                          central Chinese one (美, 俄, 以, 土, 该国, 等国, 联邦 …)
 * @param localPrefixes     tokens that, right before a name, make it a local body (省, 市, 各地 …)
 * @param placeTags         part-of-speech tags of place names (ns, nsf): a place-name token right
 *                          before a name blocks it too (北京市发改委, 以色列卫生部) …
 * @param allowedPlaces     … except these (中国外交部, 我国, 中华人民共和国)
 * @param prefixGlue        tokens looked through on the way left to that prefix: 巴基斯坦副总理兼外交部长,
 *                          黎巴嫩公共卫生部, 美国前财政部长, 法国经济与财政部长 are foreign too
 * @param unitSuffixes      endings of a sub-unit name after a body (司, 局, 中心, 办公室 …)
 * @param unitMaxChars      longest sub-unit name looked for, in chars
 * @param sharedNames       names that foreign states also give their own bodies (外交部, 国防部,
 *                          财政部 …): a mention of one is checked against its sentence's context
 * @param foreignCues       strings that make a sentence about a foreign state (以色列, 北约, 访华的有 …)
 * @param chineseAnchors    strings that make a sentence about the Chinese body even when it has a
 *                          foreign cue (中国, 中方, 国务委员 …)
 * @param titleWords        tokens right after a name that make the mention a title (部长, 委员长,
 *                          主席 …): {@code mention_kind = title}
 * @param transliterationChars the chars transliterated foreign names are written with: an office
 *                          holder after a shared title written only with these (国防部长加兰特) is
 *                          foreign
 */
public record MinistryDetectorSettings(
    String gazetteerSource,
    String gazetteerText,
    Segmenter segmenter,
    List<String> blockingPrefixes,
    List<String> localPrefixes,
    List<String> placeTags,
    List<String> allowedPlaces,
    List<String> prefixGlue,
    List<String> unitSuffixes,
    int unitMaxChars,
    List<String> sharedNames,
    List<String> foreignCues,
    List<String> chineseAnchors,
    List<String> titleWords,
    String transliterationChars) implements Serializable {

  /** {@code ministries.blocking-prefixes} of the bundled conf (defaults live in one place only). */
  public static final List<String> DEFAULT_BLOCKING_PREFIXES = bundled().list("ministries.blocking-prefixes");
  public static final List<String> DEFAULT_LOCAL_PREFIXES = bundled().list("ministries.local-prefixes");
  public static final List<String> DEFAULT_PLACE_TAGS = bundled().list("ministries.place-tags");
  public static final List<String> DEFAULT_ALLOWED_PLACES = bundled().list("ministries.allowed-places");
  public static final List<String> DEFAULT_PREFIX_GLUE = bundled().list("ministries.prefix-glue");
  public static final List<String> DEFAULT_UNIT_SUFFIXES = bundled().list("ministries.unit-suffixes");
  public static final int DEFAULT_UNIT_MAX_CHARS = bundled().integer("ministries.unit-max-chars");
  public static final List<String> DEFAULT_SHARED_NAMES = bundled().list("ministries.shared-names");
  public static final List<String> DEFAULT_CHINESE_ANCHORS = bundled().list("ministries.chinese-anchors");
  public static final List<String> DEFAULT_TITLE_WORDS = bundled().list("ministries.title-words");
  /**
   * Chars of the usual transliteration tables (Xinhua's 译名 practice) that are rare as a whole
   * Chinese given name ({@code ministries.transliteration-chars}).
   */
  public static final String DEFAULT_TRANSLITERATION_CHARS =
      bundled().string("ministries.transliteration-chars").trim();

  public MinistryDetectorSettings {
    Objects.requireNonNull(gazetteerSource, "gazetteerSource");
    Objects.requireNonNull(gazetteerText, "gazetteerText");
    Objects.requireNonNull(segmenter, "segmenter");
    blockingPrefixes = List.copyOf(blockingPrefixes);
    localPrefixes = List.copyOf(localPrefixes);
    placeTags = List.copyOf(placeTags);
    allowedPlaces = List.copyOf(allowedPlaces);
    prefixGlue = List.copyOf(prefixGlue);
    unitSuffixes = List.copyOf(unitSuffixes);
    sharedNames = List.copyOf(sharedNames);
    foreignCues = List.copyOf(foreignCues);
    chineseAnchors = List.copyOf(chineseAnchors);
    titleWords = List.copyOf(titleWords);
    Objects.requireNonNull(transliterationChars, "transliterationChars");
    if (unitMaxChars < 1) {
      throw new IllegalArgumentException("unitMaxChars must be >= 1, got " + unitMaxChars);
    }
  }

  /**
   * The default rules over a gazetteer text and a foreign-cue list text
   * ({@code conf/gazetteer/foreign-cues.txt}), with the Viterbi segmenter.
   */
  public static MinistryDetectorSettings defaults(String gazetteerSource, String gazetteerText,
      String foreignCuesText) {
    return new MinistryDetectorSettings(gazetteerSource, gazetteerText, Segmenter.VITERBI,
        DEFAULT_BLOCKING_PREFIXES, DEFAULT_LOCAL_PREFIXES, DEFAULT_PLACE_TAGS,
        DEFAULT_ALLOWED_PLACES, DEFAULT_PREFIX_GLUE, DEFAULT_UNIT_SUFFIXES, DEFAULT_UNIT_MAX_CHARS,
        DEFAULT_SHARED_NAMES, parseCues(foreignCuesText), DEFAULT_CHINESE_ANCHORS,
        DEFAULT_TITLE_WORDS, DEFAULT_TRANSLITERATION_CHARS);
  }

  /**
   * The entries of a cue list text: one per line, {@code #} comments and blank lines skipped,
   * surrounding spaces trimmed. A line with a tab or an inner space fails naming its number.
   */
  public static List<String> parseCues(String text) {
    List<String> cues = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.contains("\t") || line.contains(" ")) {
        throw new IllegalArgumentException("Cannot read foreign cue line " + (i + 1)
            + ": expected one cue without spaces, got '" + line + "'");
      }
      cues.add(line);
    }
    return List.copyOf(cues);
  }

  private static org.paperscope.common.config.Settings bundled() {
    return org.paperscope.common.config.Settings.defaults();
  }
}
