package org.paperscope.common.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseWindowTest {
  @Test
  void endsAtTheNearestSentenceEndOrClausePunctuationOutsideTheSpan() {
    ClauseWindow sentence = ClauseWindow.around("第一句。各地财政部门！第三句", 6, 9);
    assertThat(sentence.from()).isEqualTo(4);
    assertThat(sentence.to()).isEqualTo(10);
    assertThat(sentence.text()).isEqualTo("各地财政部门");

    assertThat(ClauseWindow.around("要求各地，财政部门、商务部门", 5, 8).text()).isEqualTo("财政部门");
    assertThat(ClauseWindow.around("财政部", 0, 3).text()).isEqualTo("财政部");
    assertThat(ClauseWindow.around("会议指出：“国家发展改革委（发改委）会同”", 6, 13).text())
        .isEqualTo("国家发展改革委");
  }

  @Test
  void charsInsideTheSpanDoNotEndIt() {
    // 《》 inside the span: the window still reaches the clause ends outside it
    ClauseWindow window = ClauseWindow.around("他说，读《人民日报》评论。", 3, 11);
    assertThat(window.text()).isEqualTo("读《人民日报》评论");
  }

  @Test
  void tokensAreTheWindowsOwnWithOffsetsRelativeToItsStart() {
    List<String> asked = new ArrayList<>();
    Tokenizer chars = new Tokenizer() {
      @Override
      public List<Token> tokenize(String text) {
        asked.add(text);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
          tokens.add(new Token(text.substring(i, i + 1), i, i + 1, "x"));
        }
        return tokens;
      }

      @Override
      public TokenizerSettings settings() {
        return TokenizerSettings.of(TokenizerSettings.Segmenter.VITERBI);
      }
    };
    ClauseWindow window = ClauseWindow.around("首先，工信部发布", 3, 6);

    assertThat(window.local(3)).isZero();
    assertThat(window.tokens(chars)).extracting(Token::text)
        .containsExactly("工", "信", "部", "发", "布");
    assertThat(asked).containsExactly("工信部发布");
  }

  @Test
  void refusesASpanOutsideTheText() {
    assertThatThrownBy(() -> ClauseWindow.around("财政部", 2, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Span [2, 5) is not inside a text of 3 chars");
  }
}
