package org.paperscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;
import org.paperscope.jobs.ministries.MinistriesOptions;
import org.paperscope.jobs.trends.TrendsOptions;

/** Every key of conf/paperscope.properties is checked before Spark starts, whatever the command. */
class ConfigCheckTest {
  /** Keys whose value may be any text: a name, or lists of words (empty = none). */
  private static final Set<String> FREE_TEXT = Set.of("input.publication", "parser.boilerplate-markers",
      "parser.caption-prefixes", "ministries.blocking-prefixes", "ministries.place-tags", "ministries.allowed-places",
      "ministries.prefix-glue", "ministries.unit-suffixes", "trends.emerging.pos", "trends.emerging.excluded-pos",
      "input.placeholder-bodies", "ministries.local-prefixes", "ministries.shared-names",
      "ministries.chinese-anchors", "ministries.title-words", "ministries.transliteration-chars");
  private static final String NONSENSE = "x?y";

  @Test
  void theBundledDefaultsPass() {
    ConfigCheck.checkAll(Settings.defaults());
  }

  @Test
  void aNonsenseValueOfAnyOtherKeyIsRefusedNamingTheKey() {
    for (String key : Settings.defaults().knownKeys()) {
      if (FREE_TEXT.contains(key)) {
        continue;
      }
      Settings bad = Settings.of(Map.of(key, NONSENSE));
      assertThatThrownBy(() -> ConfigCheck.checkAll(bad)).as(key)
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining(key);
    }
  }

  @Test
  void emptyListsAreEmptyNotTheDefaults() {
    Map<String, String> empty = new LinkedHashMap<>();
    for (String key : FREE_TEXT) {
      empty.put(key, "");
    }
    Settings settings = Settings.of(empty);
    ConfigCheck.checkAll(settings);
    MinistriesOptions ministries = MinistriesOptions.from(settings);
    assertThat(ministries.detector().blockingPrefixes()).isEmpty();
    assertThat(ministries.detector().unitSuffixes()).isEmpty();
    assertThat(TrendsOptions.from(settings).emerging().posPrefixes()).isEmpty();
  }
}
