package org.paperscope.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.IssueParser;
import org.paperscope.common.issue.Layout;
import org.paperscope.common.issue.ParsedIssue;
import org.paperscope.common.issue.ParserSettings;

/** The demo corpus read back with the real parser: every artifact is repaired or removed. */
class DemoCorpusParsingTest {

  private static final Pattern HAN_SPACE_HAN = Pattern.compile("\\p{IsHan} \\p{IsHan}");
  private static final Pattern CLOSED = Pattern.compile("[。！？”）)…：:；;]$");

  @TempDir static Path corpus;
  /** Relative path → raw text and parsed issue. */
  private static final Map<String, String> RAW = new TreeMap<>();
  private static final Map<String, ParsedIssue> PARSED = new TreeMap<>();

  @BeforeAll
  static void generateAndParse() throws IOException {
    DemoCorpus.generate(corpus);
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = corpus.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith(DemoCorpus.FEED + "/")) {
          continue; // feeds are read by the input adapters: DemoFeedTest
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        RAW.put(relative, text);
        PARSED.put(relative, IssueParser.parse(text, ParserSettings.defaults()));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Test
  void everyFileParsesWithItsOwnLayoutIntoHeadlinedArticles() {
    assertThat(PARSED).hasSizeGreaterThan(700);
    PARSED.forEach((path, issue) -> {
      Layout expected = path.startsWith(DemoCorpus.BROADCAST) ? Layout.BROADCAST : Layout.NEWSPAPER;
      assertThat(issue.layout()).as(path).isEqualTo(expected);
      assertThat(issue.articles()).as(path).isNotEmpty()
          .allSatisfy(a -> assertThat(a.headline()).as(path).isNotBlank());
    });
  }

  @Test
  void noBodyKeepsAdsLinksOrHtml() {
    for (Map.Entry<String, ParsedIssue> issue : PARSED.entrySet()) {
      for (Article article : issue.getValue().articles()) {
        assertThat(article.body()).as(issue.getKey() + " / " + article.headline())
            .doesNotContain("扫码关注", "微信号", "订阅", "查看原文", "](", "<p>", "</p>", "<br",
                "&nbsp;", "&#xA0;", "(下转第", "(上接第", "图为", "**");
      }
    }
  }

  @Test
  void broadcastYieldsOneArticlePerStoryAndNeverTheSummary() {
    PARSED.forEach((path, issue) -> {
      if (path.startsWith(DemoCorpus.BROADCAST)) {
        long stories = Pattern.compile("(?m)^### ").matcher(RAW.get(path)).results().count();
        assertThat(issue.articles()).as(path).hasSize((int) stories)
            .noneMatch(a -> a.headline().contains("新闻摘要"));
      }
    });
  }

  @Test
  void newspaperRepairsAreCountedAndMarkersRead() {
    List<Article> articles = new ArrayList<>();
    PARSED.forEach((path, issue) -> {
      if (path.startsWith(DemoCorpus.NEWSPAPER)) {
        articles.addAll(issue.articles());
      }
    });

    assertThat(articles).anyMatch(a -> a.breaksRepaired() > 0)
        .anyMatch(a -> a.duplicatesRemoved() > 0)
        .anyMatch(a -> a.boilerplateRemoved() > 0)
        .anyMatch(a -> !a.captions().isEmpty())
        .anyMatch(a -> a.continuedToPage() != null)
        .anyMatch(a -> a.continuedFromPage() != null && a.continuedFromPage() == 1)
        .anyMatch(a -> !a.subheadings().isEmpty())
        .anyMatch(a -> a.reporters().size() == 2)
        .anyMatch(a -> "本报讯".equals(a.leadType()))
        .anyMatch(a -> a.authorTag() != null);
    assertThat(articles).extracting(Article::headline)
        .noneMatch(h -> HAN_SPACE_HAN.matcher(h).find());
    assertThat(articles).extracting(Article::body)
        .noneMatch(b -> b.contains("ＡＩ") || b.contains("２０"));
  }

  @Test
  void pageBreaksAreJoinedAndOverlapsDroppedInNewspaperBodies() {
    int unfinished = 0;
    int repeated = 0;
    for (Map.Entry<String, ParsedIssue> issue : PARSED.entrySet()) {
      if (!issue.getKey().startsWith(DemoCorpus.NEWSPAPER)) {
        continue;
      }
      for (Article article : issue.getValue().articles()) {
        String[] paragraphs = article.body().split("\n");
        for (int i = 0; i < paragraphs.length; i++) {
          if (!CLOSED.matcher(paragraphs[i]).find()) {
            unfinished++;
          }
          if (i > 0 && paragraphs[i - 1].endsWith(paragraphs[i])) {
            repeated++;
          }
        }
      }
    }
    // The few left are stray fragments with two possible homes, which the parser rightly leaves.
    assertThat(unfinished).isLessThanOrEqualTo(10);
    assertThat(repeated).isZero();
  }

  @Test
  void parsedBodiesKeepTheNewQualityProductiveForcesTrend() {
    long[] perYear = new long[3];
    PARSED.forEach((path, issue) -> {
      int year = Integer.parseInt(path.substring(path.indexOf('/') + 1, path.indexOf('/') + 5));
      for (Article article : issue.articles()) {
        perYear[year - 2023] += Pattern.compile("新质生产力").matcher(article.body()).results().count();
      }
    });

    assertThat(perYear[0]).isPositive();
    assertThat(perYear[1]).isGreaterThan(perYear[0]);
    assertThat(perYear[2]).isGreaterThan(perYear[1]);
  }
}
