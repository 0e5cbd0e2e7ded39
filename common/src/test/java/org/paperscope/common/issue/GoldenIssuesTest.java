package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Golden fixtures of our own writing, in the seed's style, with every artifact on purpose:
 * {@code <name>.txt|.md} next to {@code <name>.expected.tsv} (see {@link ArticleTsv}).
 */
class GoldenIssuesTest {
  @Test
  void repairsTheNewspaperFixture() {
    assertGolden("issues/newspaper-repairs.txt", "issues/newspaper-repairs.expected.tsv", Layout.NEWSPAPER);
  }

  @Test
  void readsTheBroadcastFixture() {
    assertGolden("issues/broadcast-day.md", "issues/broadcast-day.expected.tsv", Layout.BROADCAST);
  }

  private static void assertGolden(String input, String expected, Layout layout) {
    ParsedIssue issue = IssueParser.parse(Fixtures.text(input), ParserSettings.defaults());

    assertThat(issue.layout()).isEqualTo(layout);
    assertThat(ArticleTsv.of(issue.articles())).isEqualTo(Fixtures.text(expected));
  }
}
