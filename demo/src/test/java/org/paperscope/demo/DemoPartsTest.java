package org.paperscope.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DemoPartsTest {

  @Test
  void curveIsZeroBeforeItsFirstKnotLinearBetweenAndLevelAfter() {
    Curve curve = Curve.of("2024-01-01:1.0", "2024-01-11:2.0");

    assertThat(curve.at(LocalDate.of(2023, 12, 31))).isZero();
    assertThat(curve.at(LocalDate.of(2024, 1, 1))).isEqualTo(1.0);
    assertThat(curve.at(LocalDate.of(2024, 1, 6))).isEqualTo(1.5);
    assertThat(curve.at(LocalDate.of(2030, 1, 1))).isEqualTo(2.0);
  }

  @Test
  void curveRejectsKnotsOutOfOrderNamingTheKnot() {
    assertThatThrownBy(() -> Curve.of("2024-02-01:1", "2024-01-01:2"))
        .hasMessage("Curve knot '2024-01-01:2' is not after the one before");
  }

  @Test
  void templateGatesLimitDatesAndMonths() {
    Template from = Template.parse("@2023-09-08 加快形成新质生产力。");
    Template range = Template.parse("@2023-04-01~2023-12-31 5.5G。");
    Template winter = Template.parse("@M12-2 温暖过冬。");

    assertThat(from.text()).isEqualTo("加快形成新质生产力。");
    assertThat(from.validOn(LocalDate.of(2023, 9, 7))).isFalse();
    assertThat(from.validOn(LocalDate.of(2023, 9, 8))).isTrue();
    assertThat(range.validOn(LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(winter.validOn(LocalDate.of(2024, 1, 15))).isTrue();
    assertThat(winter.validOn(LocalDate.of(2024, 12, 1))).isTrue();
    assertThat(winter.validOn(LocalDate.of(2024, 3, 1))).isFalse();
  }

  @Test
  void templateWithUnknownPlaceholderFailsNamingIt() {
    TemplateRenderer renderer = new TemplateRenderer(
        LocalDate.of(2024, 6, 20), LocalDate.of(2024, 6, 19), new SplittableRandom(1));

    assertThatThrownBy(() -> renderer.render("{城市}发布方案。"))
        .hasMessage("Unknown placeholder {城市} in demo template '{城市}发布方案。'");
    assertThat(renderer.render("{日}，{年}年")).isEqualTo("6月19日，2024年");
  }

  @Test
  void jointNoticeLeavesOutBodiesThatDoNotExistYetAndUsesPredecessors() {
    List<String> keys = List.of("MIIT", "NDA", "NFRA");
    for (long seed = 0; seed < 20; seed++) {
      String before = new DemoMinistries(LocalDate.of(2023, 3, 1), new SplittableRandom(seed))
          .joint(keys);
      String after = new DemoMinistries(LocalDate.of(2024, 3, 1), new SplittableRandom(seed))
          .joint(keys);

      assertThat(before).doesNotContain("国家数据局", "金融监管总局", "等三部门")
          .containsAnyOf("银保监会", "中国银行保险监督管理委员会");
      assertThat(after).contains("国家数据局").containsAnyOf("金融监管总局", "国家金融监督管理总局")
          .doesNotContain("银保监会");
    }
  }

  @Test
  void pageBreaksNeverCutBracketsOrBoldMarkers() {
    String text = "**本报讯** 会议要求加强协同形成合力(下转第5版)。企业代表发言（晓岚）";

    List<Integer> joins = TextArtifacts.hanJoins(text, 0.0, 1.0);

    assertThat(joins).isNotEmpty().allSatisfy(i -> {
      String left = text.substring(0, i);
      assertThat(left.chars().filter(c -> c == '(').count())
          .isEqualTo(left.chars().filter(c -> c == ')').count());
      assertThat(left.chars().filter(c -> c == '（').count())
          .isEqualTo(left.chars().filter(c -> c == '）').count());
      assertThat(left).doesNotEndWith("本报讯").doesNotEndWith("本报").doesNotEndWith("本");
    });
  }

  @Test
  void fullWidthConvertsDigitsLettersAndPercentOnly() {
    assertThat(TextArtifacts.fullWidth("2025年AI增长5.5%")).isEqualTo("２０２５年ＡＩ增长５.５％");
  }
}
