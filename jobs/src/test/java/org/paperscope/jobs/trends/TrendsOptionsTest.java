package org.paperscope.jobs.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

class TrendsOptionsTest {

  @Test
  void readsTheBundledDefaults() {
    TrendsOptions options = TrendsOptions.from(Settings.load(null));

    assertThat(options.terms().dictionary()).containsKeys("新质生产力", "内卷式", "AI");
    assertThat(options.segmenter()).isEqualTo(Segmenter.VITERBI);
    assertThat(options.secondOpinion()).isTrue();
    assertThat(options.granularities()).containsExactly("day", "week", "month", "quarter", "year");
    assertThat(options.emerging()).isNotNull();
    assertThat(options.emerging().stopwords()).contains("表示", "进行");
    assertThat(options.secondOpinionTokenizer().forceCustomTerms()).isTrue();
    assertThat(options.tokenizer().forceCustomTerms()).isFalse();
  }

  @Test
  void namesTheTermListAndTheBadLine(@TempDir Path dir) throws Exception {
    Path terms = dir.resolve("bad.txt");
    Files.writeString(terms, "# ok\n内卷: 内卷,, 内卷式\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> TrendsOptions.from(Settings.of(Map.of(TrendsOptions.TERMS,
        terms.toString()))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("(config key trends.terms) is invalid: Cannot read term list line 2: "
            + "empty variant in '内卷: 内卷,, 内卷式'");
  }

  @Test
  void namesABadSegmenterAndGranularity() {
    assertThatThrownBy(() -> TrendsOptions.from(Settings.of(Map.of(TrendsOptions.SEGMENTER, "crf"))))
        .hasMessage("Config key trends.segmenter: Unknown segmenter 'crf': expected one of "
            + "viterbi, standard, dictionary");
    assertThatThrownBy(() -> TrendsOptions.from(Settings.of(Map.of(TrendsOptions.GRANULARITIES,
        "month,decade"))))
        .hasMessage("Config key trends.granularities: 'decade' is not one of day, week, month, "
            + "quarter, year");
  }

  @Test
  void switchesTheOpenVocabularyOff() {
    assertThat(TrendsOptions.from(Settings.of(Map.of(TrendsOptions.EMERGING_ENABLED, "false")))
        .emerging()).isNull();
  }

  @Test
  void refusesABaselineShorterThanItsMinimum() {
    assertThatThrownBy(() -> TrendsOptions.from(Settings.of(Map.of(
        TrendsOptions.EMERGING_BASELINE_MONTHS, "2", TrendsOptions.EMERGING_MIN_BASELINE_MONTHS, "3"))))
        .hasMessage("Config key trends.emerging.min-baseline-months (3) must not exceed "
            + "trends.emerging.baseline-months (2)");
  }
}
