package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperscope.common.SharedData;

/**
 * The acceptance test on the 1,691 新闻联播 transcripts (read-only, in ../shared): every story is
 * an article, nothing of the summary or the link lines leaks into a body.
 */
class XwlbCorpusTest {
  private static final int CORPUS_FILES = 1691;
  private static final List<Issue> issues = new ArrayList<>();

  private record Issue(Path path, String text, ParsedIssue parsed) {}

  @BeforeAll
  static void parseCorpus() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SharedData.xwlbCorpus())) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    ParserSettings settings = ParserSettings.defaults();
    for (Path file : files) {
      String text = read(file);
      issues.add(new Issue(file, text, IssueParser.parse(text, settings)));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  @Test
  void readsEveryTranscriptAsBroadcast() {
    assertThat(issues).hasSize(CORPUS_FILES);
    assertThat(issues).allSatisfy(i -> assertThat(i.parsed().layout()).as(i.path().toString()).isEqualTo(Layout.BROADCAST));
  }

  @Test
  void makesOneArticlePerStoryHeading() {
    assertThat(issues).allSatisfy(i -> assertThat(i.parsed().articles())
        .as(i.path().toString()).hasSize(storyHeadings(i.text()).size()));
    long stories = issues.stream().mapToLong(i -> i.parsed().articles().size()).sum();
    assertThat(stories).isEqualTo(issues.stream().mapToLong(i -> storyHeadings(i.text()).size()).sum());
  }

  @Test
  void keepsHeadlinesInOrderAndNeverEmpty() {
    for (Issue issue : issues) {
      List<Article> articles = issue.parsed().articles();
      assertThat(articles).as(issue.path().toString()).allSatisfy(a -> assertThat(a.headline()).isNotBlank());
      assertThat(articles).extracting(Article::seq).as(issue.path().toString())
          .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, articles.size()).boxed().toList());
    }
  }

  @Test
  void leavesNoLinksMarkupOrMarkdownInBodies() {
    assertThat(issues).allSatisfy(i -> assertThat(i.parsed().articles()).as(i.path().toString())
        .allSatisfy(a -> assertThat(a.body()).doesNotContain("查看原文", "<p>", "](", "**", "<!--", "更新时间", "&#x")));
  }

  @Test
  void neverTakesAnArticleFromTheSummarySection() {
    for (Issue issue : issues) {
      Set<String> summaryLines = summaryLines(issue.text());
      for (Article article : issue.parsed().articles()) {
        assertThat(article.body().lines()).as(issue.path() + " / " + article.headline())
            .noneMatch(summaryLines::contains);
      }
    }
  }

  @Test
  void readsTheBroadcastLeadOffEveryBody() {
    assertThat(issues).allSatisfy(i -> assertThat(i.parsed().articles()).as(i.path().toString())
        .allSatisfy(a -> assertThat(a.body()).doesNotStartWith("央视网消息").doesNotContain("（新闻联播）：")));
    long withLead = issues.stream().flatMap(i -> i.parsed().articles().stream())
        .filter(a -> "央视网消息".equals(a.leadType())).count();
    long stories = issues.stream().mapToLong(i -> i.parsed().articles().size()).sum();
    assertThat(withLead).isGreaterThan(stories * 9 / 10);
  }

  private static List<String> storyHeadings(String text) {
    return text.lines().filter(line -> line.startsWith("### ")).toList();
  }

  /** Lines of the 新闻摘要 section that are long enough to be told apart from story text. */
  private static Set<String> summaryLines(String text) {
    Set<String> lines = new HashSet<>();
    boolean inSummary = false;
    for (String line : text.lines().toList()) {
      if (line.startsWith("## ")) {
        inSummary = line.startsWith("## 新闻摘要");
      } else if (inSummary && line.strip().length() > 20) {
        lines.add(line.strip());
      }
    }
    return lines;
  }
}
