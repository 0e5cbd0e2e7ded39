package org.paperscope.jobs.ministries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

class MinistriesOptionsTest {
  @Test
  void readsTheBundledDefaults() {
    MinistriesOptions options = MinistriesOptions.from(Settings.load(null));

    assertThat(options.detector().segmenter()).isEqualTo(Segmenter.VITERBI);
    assertThat(options.detector().gazetteerText()).contains("工业和信息化部");
    assertThat(options.detector().unitSuffixes()).contains("司", "中心");
    assertThat(options.networkMeasure()).isEqualTo("npmi");
    assertThat(options.networkTopN()).isEqualTo(50);
    assertThat(options.networkMinTogether()).isEqualTo(5);
    assertThat(options.minTogether()).isEqualTo(1);
  }

  @Test
  void rejectsAnUnknownNetworkMeasure() {
    Settings settings = Settings.of(Map.of(MinistriesOptions.NETWORK_MEASURE, "chi2"));
    assertThatThrownBy(() -> MinistriesOptions.from(settings))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Config key 'ministries.network.measure' must be one of "
            + "npmi, pmi, lift, jaccard, g2, together, got 'chi2'");
  }

  @Test
  void rejectsANonPositiveTopN() {
    Settings settings = Settings.of(Map.of(MinistriesOptions.NETWORK_TOP_N, "0"));
    assertThatThrownBy(() -> MinistriesOptions.from(settings))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Config key ministries.network.top-n must be >= 1, got 0");
  }

  @Test
  void rejectsABrokenGazetteerNamingTheLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws Exception {
    java.nio.file.Path bad = tmp.resolve("bad.tsv");
    java.nio.file.Files.writeString(bad, "ministry_id\tcanonical_name\taliases\tkind\tvalid_from"
        + "\tvalid_to\tsuccessor_id\tparent_id\tnotes\nmof\t财政部\n");
    Settings settings = Settings.of(Map.of(MinistriesOptions.GAZETTEER, bad.toString()));
    assertThatThrownBy(() -> MinistriesOptions.from(settings))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Cannot read gazetteer line 2: expected 9 columns, got 2");
  }
}
