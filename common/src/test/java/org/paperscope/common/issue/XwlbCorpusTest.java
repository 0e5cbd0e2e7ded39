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
import org.paperscope.common.text.TextNormalizer;

/**
 * The acceptance test on the 1,691 新闻联播 transcripts (read-only, in ../shared): every story is
 * an article, nothing of the summary or the link lines leaks into a body.
 */
class XwlbCorpusTest {
  private static final int CORPUS_FILES = 1691;
  private static final List<Issue> issues = new ArrayList<>();

  private record Issue(Path path, String text, ParsedIssue parsed) {
    @Override
    public String toString() {
      return path.toString();
    }
  }

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
    for (Issue issue : issues) {
      assertThat(issue.parsed().layout()).as(issue.toString()).isEqualTo(Layout.BROADCAST);
    }
  }

  @Test
  void makesOneArticlePerStoryHeading() {
    long stories = 0;
    for (Issue issue : issues) {
      int headings = storyHeadings(issue.text()).size();
      assertThat(issue.parsed().articles().size()).as(issue.toString()).isEqualTo(headings);
      stories += headings;
    }
    assertThat(stories).isGreaterThan(CORPUS_FILES * 10L);
  }

  @Test
  void keepsHeadlinesInOrderAndNeverEmpty() {
    for (Issue issue : issues) {
      List<Article> articles = issue.parsed().articles();
      for (int i = 0; i < articles.size(); i++) {
        Article article = articles.get(i);
        assertThat(article.seq()).as(issue.toString()).isEqualTo(i + 1);
        assertThat(article.headline()).as(issue + " #" + article.seq()).isNotBlank();
      }
      List<String> expected = storyHeadings(issue.text()).stream().map(XwlbCorpusTest::withoutSpaces).toList();
      assertThat(articles).extracting(a -> withoutSpaces(a.headline())).as(issue.toString())
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void leavesNoLinksMarkupOrMarkdownInBodies() {
    for (Issue issue : issues) {
      for (Article article : issue.parsed().articles()) {
        assertThat(article.body()).as(issue + " / " + article.headline())
            .doesNotContain("查看原文", "<p>", "](", "**", "<!--", "更新时间", "&#x");
      }
    }
  }

  @Test
  void neverTakesAnArticleFromTheSummarySection() {
    for (Issue issue : issues) {
      Set<String> summaryLines = summaryLines(issue.text());
      for (Article article : issue.parsed().articles()) {
        assertThat(article.body().lines()).as(issue + " / " + article.headline()).noneMatch(summaryLines::contains);
        assertThat(article.headline()).as(issue.toString()).isNotEqualTo("新闻摘要");
      }
    }
  }

  @Test
  void readsTheBroadcastLeadOffEveryBody() {
    long stories = 0;
    long withLead = 0;
    for (Issue issue : issues) {
      for (Article article : issue.parsed().articles()) {
        assertThat(article.body()).as(issue + " / " + article.headline())
            .doesNotStartWith("央视网消息").doesNotContain("（新闻联播）：");
        stories++;
        withLead += "央视网消息".equals(article.leadType()) ? 1 : 0;
      }
    }
    assertThat(withLead).isGreaterThan(stories * 99 / 100);
  }

  /**
   * Transcripts have no pages, columns or ads: repairs must stay (nearly) silent. The one join is
   * a real cut in 2022-11-17 (…新时代新征程中国 / 共产党的中心任务…).
   */
  @Test
  void repairsAlmostNothingInTranscripts() {
    int breaks = 0;
    int duplicates = 0;
    int boilerplate = 0;
    int captions = 0;
    for (Issue issue : issues) {
      for (Article article : issue.parsed().articles()) {
        breaks += article.breaksRepaired();
        duplicates += article.duplicatesRemoved();
        boilerplate += article.boilerplateRemoved();
        captions += article.captions().size();
        assertThat(article.authorTag()).as(issue + " / " + article.headline()).isNull();
      }
    }
    assertThat(breaks).isEqualTo(1);
    assertThat(duplicates).isZero();
    assertThat(boilerplate).isZero();
    assertThat(captions).isZero();
  }

  /**
   * A space between two Chinese characters of a story heading separates two clauses and is kept
   * as one space: in 8,048 of the 24,102 headlines (9,869 separators), e.g. 2023-11-04
   * 以总理称将全速推进战事 巴武装称在加沙地带打死多名以军士兵. Everything else is as before.
   */
  @Test
  void keepsTheClauseSeparatorsOfStoryHeadlines() {
    int articles = 0;
    int withSeparator = 0;
    int separators = 0;
    List<String> example = new ArrayList<>();
    for (Issue issue : issues) {
      for (Article article : issue.parsed().articles()) {
        String headline = article.headline();
        int here = 0;
        for (int i = 0; i < headline.length(); i++) {
          here += TextNormalizer.isClauseSeparator(headline, i) ? 1 : 0;
        }
        assertThat(headline).as(issue.toString()).doesNotContain("  ").isEqualTo(headline.strip());
        articles++;
        withSeparator += here > 0 ? 1 : 0;
        separators += here;
        if (headline.startsWith("以总理称将全速推进战事")) {
          example.add(headline);
        }
      }
    }
    assertThat(articles).isEqualTo(24102);
    assertThat(withSeparator).isEqualTo(8048);
    assertThat(separators).isEqualTo(9869);
    assertThat(example).containsExactly("以总理称将全速推进战事 巴武装称在加沙地带打死多名以军士兵");
  }

  private static List<String> storyHeadings(String text) {
    return text.lines().filter(line -> line.startsWith("### ")).toList();
  }

  /** A heading as written, compared without spaces, markdown and width differences. */
  private static String withoutSpaces(String heading) {
    String text = heading.startsWith("### ") ? heading.substring(4) : heading;
    return TextNormalizer.normalize(text).replace("**", "").replaceAll("\\s", "");
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
