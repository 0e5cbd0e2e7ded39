package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrayFragmentTest {
  private static final String ISSUE = """
      ## 展会现场见闻

      **本报记者 张三**
      开幕首日,记者在展馆里看到,各类新产品同台亮相。

      图为展出的机器人正在搬运物品

      过的观众互动,引来阵阵掌声。会议期间,多家企业发布了新品。(下转第5版)

      ## 另一篇短讯

      **本报讯** 某部门近日印发通知,部署相关工作。(宗文)

      ### 新思路

      在某展位上,人形机器人不断变化表情,与每一位路
      """;

  @Test
  void movesAStraySectionToTheArticleItContinues() {
    List<Article> articles = IssueParser.parse(ISSUE, ParserSettings.defaults()).articles();

    Article home = articles.get(0);
    assertThat(home.subheadings()).containsExactly("新思路");
    assertThat(home.body()).isEqualTo("开幕首日,记者在展馆里看到,各类新产品同台亮相。\n"
        + "在某展位上,人形机器人不断变化表情,与每一位路过的观众互动,引来阵阵掌声。会议期间,多家企业发布了新品。");
    assertThat(home.breaksRepaired()).isEqualTo(1);
    assertThat(home.continuedToPage()).isEqualTo(5);
    Article host = articles.get(1);
    assertThat(host.subheadings()).isEmpty();
    assertThat(host.body()).isEqualTo("某部门近日印发通知,部署相关工作。");
    assertThat(host.authorTag()).isEqualTo("宗文");
  }

  @Test
  void leavesTheSectionWhereItIsWhenStitchingIsOff() {
    ParserSettings off = new ParserSettings(null, ParserSettings.DEFAULT_BOILERPLATE_MARKERS, 60, 12,
        ParserSettings.DEFAULT_CAPTION_PREFIXES, 80, 10, false);

    List<Article> articles = IssueParser.parse(ISSUE, off).articles();

    assertThat(articles).hasSize(2);
    Article host = articles.get(1);
    assertThat(host.subheadings()).containsExactly("新思路");
    assertThat(host.authorTag()).isEqualTo("宗文");
    assertThat(host.body()).isEqualTo("某部门近日印发通知,部署相关工作。\n在某展位上,人形机器人不断变化表情,与每一位路");
  }

  @Test
  void leavesTheSectionWhereItIsWhenNoPlaceFits() {
    String issue = ISSUE.replace("图为展出的机器人正在搬运物品\n", "");

    Article host = IssueParser.parse(issue, ParserSettings.defaults()).articles().get(1);

    assertThat(host.subheadings()).containsExactly("新思路");
    assertThat(host.authorTag()).isEqualTo("宗文");
  }
}
