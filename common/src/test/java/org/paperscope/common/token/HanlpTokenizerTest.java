package org.paperscope.common.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

class HanlpTokenizerTest {

  private static List<String> words(Tokenizer tokenizer, String text) {
    return tokenizer.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void keepsInjectedTermsWhole() {
    Tokenizer plain = HanlpTokenizer.cachedFor(TokenizerSettings.of(Segmenter.VITERBI));
    Tokenizer withTerms = HanlpTokenizer.cachedFor(
        new TokenizerSettings(Segmenter.VITERBI, List.of("新质生产力", "内卷式")));

    assertThat(words(plain, "形成新质生产力，不搞内卷式竞争")).doesNotContain("新质生产力", "内卷式");
    assertThat(words(withTerms, "形成新质生产力，不搞内卷式竞争")).contains("新质生产力", "内卷式");
  }

  @Test
  void neverLeaksTermsIntoOtherTokenizersOrHanlpsGlobalDictionary() {
    HanlpTokenizer.cachedFor(new TokenizerSettings(Segmenter.VITERBI, List.of("卷中卷")));

    assertThat(words(HanlpTokenizer.create(TokenizerSettings.of(Segmenter.VITERBI)), "卷中卷"))
        .doesNotContain("卷中卷");
    assertThat(com.hankcs.hanlp.dictionary.CustomDictionary.contains("卷中卷")).isFalse();
  }

  @Test
  void tokensCoverTheTextWithOffsets() {
    for (Segmenter segmenter : Segmenter.values()) {
      Tokenizer tokenizer = HanlpTokenizer.cachedFor(TokenizerSettings.of(segmenter));
      String text = "各地财政部门要加强5G-A网络建设。";
      List<Token> tokens = tokenizer.tokenize(text);

      int offset = 0;
      StringBuilder joined = new StringBuilder();
      for (Token token : tokens) {
        assertThat(token.start()).as(segmenter + " " + token).isEqualTo(offset);
        assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        offset = token.end();
        joined.append(token.text());
      }
      assertThat(joined.toString()).isEqualTo(text);
    }
  }

  @Test
  void splitsTheDepartmentTrapSoThatTheMinistryIsCut() {
    Tokenizer tokenizer = HanlpTokenizer.cachedFor(
        new TokenizerSettings(Segmenter.VITERBI, List.of("财政部")));

    assertThat(words(tokenizer, "各地财政部门要加强管理")).containsSubsequence("财政", "部门");
    assertThat(words(tokenizer, "财政部部长出席")).startsWith("财政部", "部长");
  }

  @Test
  void sharesOneTokenizerPerSettingsValue() {
    TokenizerSettings a = new TokenizerSettings(Segmenter.VITERBI, List.of("算力"));
    TokenizerSettings b = new TokenizerSettings(Segmenter.VITERBI, List.of("算力"));

    assertThat(HanlpTokenizer.cachedFor(a)).isSameAs(HanlpTokenizer.cachedFor(b));
    assertThat(HanlpTokenizer.cachedFor(a))
        .isNotSameAs(HanlpTokenizer.cachedFor(TokenizerSettings.of(Segmenter.STANDARD)));
  }

  @Test
  void tokenizesAnEmptyTextToNothing() {
    assertThat(HanlpTokenizer.cachedFor(TokenizerSettings.of(Segmenter.VITERBI)).tokenize(""))
        .isEmpty();
  }

  @Test
  void refusesAnEmptyCustomTerm() {
    assertThatThrownBy(() -> HanlpTokenizer.create(
        new TokenizerSettings(Segmenter.VITERBI, List.of("算力", ""))))
        .hasMessage("Cannot add custom term '' to the HanLP dictionary of viterbi");
  }

  @Test
  void parsesSegmenterNamesAndNamesABadOne() {
    assertThat(Segmenter.fromCode(" Viterbi ")).isEqualTo(Segmenter.VITERBI);
    assertThatThrownBy(() -> Segmenter.fromCode("crf"))
        .hasMessage("Unknown segmenter 'crf': expected one of viterbi, standard, dictionary");
  }
}
