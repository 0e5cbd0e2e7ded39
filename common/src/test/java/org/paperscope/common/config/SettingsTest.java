package org.paperscope.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
    assertThat(settings.list("input.extensions")).containsExactly("txt", "md");
  }

  @Test
  void filesNamedByAUserKeyResolveAgainstTheUserFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("terms.txt"), "内卷: 内卷, 内卷式\n");
    Path file = dir.resolve("my.properties");
    Files.writeString(file, "my.terms=terms.txt\n");
    assertThat(Settings.load(file).text("my.terms")).isEqualTo("内卷: 内卷, 内卷式\n");
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
    Settings settings = Settings.of(Map.of("a.number", "twelve", "a.flag", "maybe"));
    assertThatThrownBy(() -> settings.integer("a.number"))
        .hasMessage("Config key 'a.number' must be a whole number, got 'twelve'");
    assertThatThrownBy(() -> settings.bool("a.flag"))
        .hasMessage("Config key 'a.flag' must be true or false, got 'maybe'");
    assertThatThrownBy(() -> settings.string("no.such.key")).hasMessage("Missing config key 'no.such.key'");
  }

  @Test
  void unreadableFileNamedByAKeyIsAConfigError() {
    Settings settings = Settings.of(Map.of("my.terms", "/nonexistent/terms.txt"));
    assertThatThrownBy(() -> settings.text("my.terms"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Cannot read file '/nonexistent/terms.txt' named by config key 'my.terms'");
  }

  @Test
  void hashChangesWithAnyValue() {
    assertThat(Settings.of(Map.of("x", "1")).hash()).isNotEqualTo(Settings.of(Map.of("x", "2")).hash());
  }
}
