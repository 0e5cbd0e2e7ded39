package org.paperscope.jobs.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperscope.common.token.Token;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

class EmergingSettingsTest {
  private static final EmergingSettings SETTINGS = new EmergingSettings(
      TokenizerSettings.of(Segmenter.VITERBI), EmergingSettings.DEFAULT_POS,
      EmergingSettings.DEFAULT_EXCLUDED_POS, Set.of("表示"), 2, 12, 3, 3, 50);

  private static boolean counts(String text, String pos) {
    return SETTINGS.counts(new Token(text, 0, text.length(), pos));
  }

  @Test
  void countsNounsAndVerbsOfTwoCharsOrMore() {
    assertThat(counts("低空经济", "nz")).isTrue();
    assertThat(counts("加沙", "ns")).isTrue();
    assertThat(counts("整治", "vn")).isTrue();
    assertThat(counts("审议", "v")).isTrue();
  }

  @Test
  void skipsShortWordsOtherTagsNamesStopWordsAndNumbers() {
    assertThat(counts("会", "v")).isFalse();
    assertThat(counts("非常", "d")).isFalse();
    assertThat(counts("李强", "nr")).isFalse();
    assertThat(counts("表示", "v")).isFalse();
    assertThat(counts("2024", "n")).isFalse();
    assertThat(counts("是", "vshi")).isFalse();
  }

  @Test
  void readsStopWordsWithComments() {
    assertThat(EmergingSettings.parseStopwords("# head\n表示 # reporting\n\n 进行 \r\n"))
        .containsExactly("表示", "进行");
  }
}
