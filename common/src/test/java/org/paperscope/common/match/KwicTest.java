package org.paperscope.common.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KwicTest {

  @Test
  void takesUpToWidthCharsEitherSide() {
    Kwic kwic = Kwic.of("加快形成新质生产力的重要阵地", 4, 9, 2);

    assertThat(kwic).isEqualTo(new Kwic("形成", "新质生产力", "的重"));
    assertThat(kwic.bracketed()).isEqualTo("形成[新质生产力]的重");
  }

  @Test
  void stopsAtTheEdgesOfTheText() {
    assertThat(Kwic.of("算力", 0, 2, 30)).isEqualTo(new Kwic("", "算力", ""));
  }

  @Test
  void turnsLineBreaksIntoSpaces() {
    assertThat(Kwic.of("第一段。\n算力\n第二段", 5, 7, 3)).isEqualTo(new Kwic("段。 ", "算力", " 第二"));
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "\uD840\uDC00算力\uD840\uDC01";  // 𠀀算力𠀁: two chars outside the BMP

    Kwic kwic = Kwic.of(text, 2, 4, 1);
    assertThat(kwic.left()).isEqualTo("\uD840\uDC00");
    assertThat(kwic.right()).isEqualTo("\uD840\uDC01");
  }
}
