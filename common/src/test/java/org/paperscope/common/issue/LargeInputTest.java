package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pathological inputs must finish (the lead's benchmark measures speed; this only guards hangs). */
class LargeInputTest {
  private static final int FIVE_MEGABYTES = 5 * 1024 * 1024;

  @Test
  void parsesAFiveMegabyteLineWithoutHeadings() {
    String sentence = "工业和信息化部召开会议，部署(下转第5版)订阅<b>重点</b>&nbsp;工作（耀文） ";
    String line = sentence.repeat(FIVE_MEGABYTES / sentence.length() + 1);

    ParsedIssue issue = IssueParser.parse(line, ParserSettings.defaults());

    assertThat(issue.articles()).isEmpty();
  }

  @Test
  void parsesAFiveMegabyteArticleOnOneLine() {
    String sentence = "截至目前,我国已有300多个城市实现5G-A覆盖,与AI双向奔赴的脚步越走越快。[链接](x) ";
    String body = sentence.repeat(FIVE_MEGABYTES / sentence.length() + 1);

    ParsedIssue issue = IssueParser.parse("## 标题\n\n" + body + "\n\n" + body, ParserSettings.defaults());

    assertThat(issue.articles()).singleElement().satisfies(a -> assertThat(a.duplicatesRemoved()).isEqualTo(1));
  }
}
