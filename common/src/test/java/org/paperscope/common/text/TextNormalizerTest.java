package org.paperscope.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void turnsCrLfAndLoneCrIntoLf() {
    assertThat(TextNormalizer.normalize("第一行\r\n第二行\r第三行\n第四行")).isEqualTo("第一行\n第二行\n第三行\n第四行");
    assertThat(TextNormalizer.normalizeLineEnds("a\r\r\nb")).isEqualTo("a\n\nb");
  }

  @Test
  void dropsTheByteOrderMark() {
    assertThat(TextNormalizer.normalize("\uFEFF本报讯")).isEqualTo("本报讯");
  }

  @Test
  void foldsFullWidthDigitsAndLatinLetters() {
    assertThat(TextNormalizer.normalize("２０２５年ＡＩ大模型与ｉｏｔ")).isEqualTo("2025年AI大模型与iot");
  }

  @Test
  void keepsChineseAndAsciiPunctuationAsWritten() {
    assertThat(TextNormalizer.normalize("会议指出，要“稳中求进”（耀文）(布轩),完成率９８％。"))
        .isEqualTo("会议指出，要“稳中求进”（耀文）(布轩),完成率98％。");
  }

  @Test
  void removesSpacesBetweenChineseCharacters() {
    assertThat(TextNormalizer.normalize("深入贯彻 中央八项规定精神")).isEqualTo("深入贯彻中央八项规定精神");
    assertThat(TextNormalizer.normalize("深入贯彻\u00A0\u00A0中央")).isEqualTo("深入贯彻中央");
  }

  @Test
  void keepsSpacesNextToLatinLettersDigitsAndPunctuation() {
    assertThat(TextNormalizer.normalize("5G-A 与 AI“共赴山海”")).isEqualTo("5G-A 与 AI“共赴山海”");
    assertThat(TextNormalizer.normalize("“碳硅融合创新” 打开新思路")).isEqualTo("“碳硅融合创新” 打开新思路");
    assertThat(TextNormalizer.normalize("共有 300 多个城市")).isEqualTo("共有 300 多个城市");
  }

  @Test
  void keepsAnIdeographicSpaceBetweenNamesAsOneSpace() {
    assertThat(TextNormalizer.normalize("习近平　李强　赵乐际")).isEqualTo("习近平 李强 赵乐际");
    assertThat(TextNormalizer.normalize("&#x3000;&#x3000;讲话指出")).isEqualTo("讲话指出");
  }

  @Test
  void collapsesSpaceRunsAndTrimsLines() {
    assertThat(TextNormalizer.normalize("  AI   技术\t与  IoT  \n  第二行 ")).isEqualTo("AI 技术与 IoT\n第二行");
  }

  @Test
  void stripsHtmlTagsAndComments() {
    assertThat(TextNormalizer.normalize("<span class=\"x\">工业</span><b>互联网</b><!--repaste.body.begin-->平台"))
        .isEqualTo("工业互联网平台");
  }

  @Test
  void turnsHtmlBlocksIntoParagraphs() {
    assertThat(TextNormalizer.normalize("<p>第一段。</p><p>第二段。</p>")).isEqualTo("\n\n第一段。\n\n\n\n第二段。\n\n");
    assertThat(TextNormalizer.normalize("一行<br/>二行")).isEqualTo("一行\n二行");
  }

  @Test
  void decodesEntities() {
    assertThat(TextNormalizer.normalize("A&amp;B&nbsp;公司&ldquo;智造&rdquo;&#x65B0;&#26032;&hellip;"))
        .isEqualTo("A&B 公司“智造”新新…");
    assertThat(TextNormalizer.normalize("&unknown; &#xZZ; & 与")).isEqualTo("&unknown; &#xZZ; & 与");
  }

  @Test
  void stripsDoubleEscapedTags() {
    assertThat(TextNormalizer.normalize("&lt;p&gt;正文&lt;/p&gt;")).isEqualTo("正文");
  }

  @Test
  void keepsALessThanSignThatOpensNoTag() {
    assertThat(TextNormalizer.normalize("增速 a<b 且 3 < 5")).isEqualTo("增速 a<b 且 3 < 5");
    assertThat(TextNormalizer.normalize("<没有结束")).isEqualTo("<没有结束");
  }

  @Test
  void removesZeroWidthCharacters() {
    assertThat(TextNormalizer.normalize("新质\u200B生产\u200C力\uFEFF。\u2060")).isEqualTo("新质生产力。");
  }

  @Test
  void recognisesChineseCharactersIncludingExtensions() {
    assertThat(TextNormalizer.isHan('中')).isTrue();
    assertThat(TextNormalizer.isHan(0x20000)).isTrue();
    assertThat(TextNormalizer.isHan('A')).isFalse();
    assertThat(TextNormalizer.isHan('，')).isFalse();
  }

  @Test
  void finishesOnAFiveMegabyteLineFullOfTagOpeners() {
    String line = "<a 工业".repeat(1_000_000);

    String normalized = TextNormalizer.normalize(line);

    assertThat(normalized).startsWith("<a 工业<a 工业").hasSize(line.length());
  }

  @Test
  void keepsOneSpaceBetweenHeadlineClausesWhenAsked() {
    assertThat(TextNormalizer.normalizeKeepingClauses("以总理称将全速推进战事   巴武装称　打死"))
        .isEqualTo("以总理称将全速推进战事 巴武装称 打死");
    assertThat(TextNormalizer.normalizeKeepingClauses("以总理称将全速推进战事 巴武装称"))
        .isEqualTo("以总理称将全速推进战事 巴武装称");
    assertThat(TextNormalizer.normalize("以总理称将全速推进战事 巴武装称"))
        .isEqualTo("以总理称将全速推进战事巴武装称");
  }

  @Test
  void tellsAClauseSeparatorFromOtherSpaces() {
    String text = "推进战事 巴武装 5G-A 与AI";

    assertThat(TextNormalizer.isClauseSeparator(text, 4)).isTrue();
    assertThat(TextNormalizer.isClauseSeparator(text, 8)).isFalse();
    assertThat(TextNormalizer.isClauseSeparator(text, 13)).isFalse();
    assertThat(TextNormalizer.isClauseSeparator(text, 0)).isFalse();
  }
}
