package org.paperscope.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @Test
  void userFileOverridesOnlyTheKeysItSets(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my.properties");
    Files.writeString(file, "input.on-no-input=succeed-empty\n");
    Settings settings = Settings.load(file);
    assertThat(settings.string("input.on-no-input")).isEqualTo("succeed-empty");
    assertThat(settings.list("input.extensions"))
        .containsExactly("txt", "md", "xml", "rss", "atom", "html", "htm", "jsonl", "ndjson", "json", "csv", "parquet");
  }

  @Test
  void filesNamedByAUserKeyResolveAgainstTheUserFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("terms.txt"), "内卷: 内卷, 内卷式\n");
    Path file = dir.resolve("my.properties");
    Files.writeString(file, "trends.terms=terms.txt\n");
    assertThat(Settings.load(file).text("trends.terms")).isEqualTo("内卷: 内卷, 内卷式\n");
  }

  @Test
  void missingUserFileIsAConfigError(@TempDir Path dir) {
    Path missing = dir.resolve("nope.properties");
    assertThatThrownBy(() -> Settings.load(missing))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Cannot read config file " + missing);
  }

  @Test
  void typedGettersNameTheBadValue() {
    Settings settings = Settings.of(Map.of("trends.burst.cost", "twelve", "trends.second-opinion", "maybe",
        "input.max-file-bytes", "64MB", "input.on-no-input", "succed-empty"));
    assertThatThrownBy(() -> settings.integer("trends.burst.cost"))
        .hasMessage("Config key 'trends.burst.cost' must be a whole number, got 'twelve'");
    assertThatThrownBy(() -> settings.bool("trends.second-opinion"))
        .hasMessage("Config key 'trends.second-opinion' must be true or false, got 'maybe'");
    assertThatThrownBy(() -> settings.bytes("input.max-file-bytes"))
        .hasMessage("Config key 'input.max-file-bytes' must be a whole number of bytes (e.g. 67108864 for 64 MiB;"
            + " no units), got '64MB'");
    assertThatThrownBy(() -> settings.oneOf("input.on-no-input", List.of("fail", "succeed-empty")))
        .hasMessage("Config key 'input.on-no-input' must be one of fail, succeed-empty, got 'succed-empty';"
            + " did you mean 'succeed-empty'?");
    assertThatThrownBy(() -> settings.string("no.such.key")).hasMessage("Missing config key 'no.such.key'");
  }

  @Test
  void unreadableFileNamedByAKeyIsAConfigError() {
    Settings settings = Settings.of(Map.of("trends.terms", "/nonexistent/terms.txt"));
    assertThatThrownBy(() -> settings.text("trends.terms"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Cannot read file '/nonexistent/terms.txt' named by config key 'trends.terms'");
  }

  @Test
  void hashChangesWithAnyValue() {
    assertThat(Settings.of(Map.of("trends.burst.cost", "1")).hash())
        .isNotEqualTo(Settings.of(Map.of("trends.burst.cost", "2")).hash());
  }

  @Test
  void anUnknownKeyInAUserFileNamesTheNearestKnownKey(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("typo.properties");
    Files.writeString(file, "trends.segmentr=standard\ninput.on-no-input=fail\n");
    assertThatThrownBy(() -> Settings.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Unknown config key 'trends.segmentr' (did you mean 'trends.segmenter'?) in config file " + file
            + "; the known keys and their defaults are in conf/paperscope.properties");
  }

  @Test
  void everyUnknownKeyIsNamedAndFarOnesSayNoKeyIsClose() {
    assertThatThrownBy(() -> Settings.of(Map.of("zzz", "1", "parser.layuot", "auto")))
        .hasMessage("Unknown config keys 'parser.layuot' (did you mean 'parser.layout'?), 'zzz' (no known key is close)"
            + " in the overrides; the known keys and their defaults are in conf/paperscope.properties");
    assertThatThrownBy(() -> Settings.defaults().with("input.extension", "txt"))
        .hasMessageContaining("'input.extension' (did you mean 'input.extensions'?) in an override");
  }

  @Test
  void anEmptyListValueIsAnEmptyList(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("empty.properties");
    Files.writeString(file, "ministries.blocking-prefixes=\n");
    assertThat(Settings.load(file).list("ministries.blocking-prefixes")).isEmpty();
    assertThat(Settings.defaults().list("ministries.blocking-prefixes")).contains("美", "以");
    assertThat(Settings.defaults().list("ministries.local-prefixes")).contains("省");
  }

  @Test
  void suggestionsAreNearestByEditDistanceAndOnlyWhenClose() {
    assertThat(Suggestions.nearest("--frmo", List.of("--from", "--to", "--output"))).contains("--from");
    assertThat(Suggestions.nearest("trend", List.of("ingest", "trends", "ministries"))).contains("trends");
    assertThat(Suggestions.nearest("--colour", List.of("--from", "--to"))).isEmpty();
  }
}
