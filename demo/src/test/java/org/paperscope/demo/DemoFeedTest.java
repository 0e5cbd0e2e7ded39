package org.paperscope.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.common.input.RejectReason;
import org.paperscope.common.input.formats.FormatSettings;
import org.paperscope.common.input.formats.InputAdapters;
import org.paperscope.common.input.formats.InputFormat;
import org.paperscope.common.input.formats.ItemReject;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.ParserSettings;

/** The demo's feed publication read back with the input adapters: pages, sections, placeholders. */
class DemoFeedTest {
  @TempDir static Path corpus;
  private static final List<Article> ARTICLES = new ArrayList<>();
  private static final List<ItemReject> REJECTS = new ArrayList<>();
  private static final List<LocalDate> DATES = new ArrayList<>();
  private static int files;

  @BeforeAll
  static void generateAndRead() throws Exception {
    DemoCorpus.Summary summary = DemoCorpus.generate(corpus);
    files = summary.publication(DemoCorpus.FEED).files();
    List<Path> feeds;
    try (Stream<Path> walk = Files.walk(corpus.resolve(DemoCorpus.FEED))) {
      feeds = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path feed : feeds) {
      byte[] bytes = Files.readAllBytes(feed);
      LocalDate date = LocalDate.parse(feed.getFileName().toString().substring(0, 8),
          java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      InputAdapters.Result result = InputAdapters.read(bytes, InputFormat.choose(feed.toString(), bytes, null),
          date, null, null, 1 << 24, FormatSettings.defaults(), ParserSettings.defaults());
      assertThat(result.format()).isEqualTo(InputFormat.RSS);
      result.issues().forEach(issue -> {
        DATES.add(issue.date());
        ARTICLES.addAll(issue.articles());
      });
      REJECTS.addAll(result.rejects());
    }
  }

  @Test
  void isAWeeklyFeedOverTheThreeYearsDatedByItsPageLines() throws IOException {
    assertThat(files).isEqualTo(DATES.size()).isBetween(140, 160);
    assertThat(DATES).allMatch(d -> d.getDayOfWeek() == DayOfWeek.WEDNESDAY);
    assertThat(DATES).first().isEqualTo(LocalDate.of(2023, 1, 4));
  }

  @Test
  void everyIssueHasTwoFrontPageArticlesAndSectionedInnerPages() {
    assertThat(ARTICLES.stream().filter(a -> a.page() == 1).count()).isEqualTo(2L * files);
    assertThat(ARTICLES).allSatisfy(a -> {
      assertThat(a.section()).isIn("要闻", "综合", "产业", "科技", "评论", "区域");
      assertThat(a.page() == 1).isEqualTo(a.section().equals("要闻"));
      assertThat(a.url()).startsWith("https://demo.paperscope.invalid/");
      assertThat(a.body()).isNotEmpty().doesNotContain("&nbsp;", "&#13;", "<", "enpproperty", "text-indent");
    });
    assertThat(ARTICLES).anyMatch(a -> a.kicker() != null);
    assertThat(ARTICLES).anyMatch(a -> "本报讯".equals(a.leadType()));
  }

  @Test
  void placeholderItemsAreRejectedNotCounted() {
    assertThat(REJECTS).isNotEmpty().allSatisfy(r -> {
      assertThat(r.reason()).isEqualTo(RejectReason.PLACEHOLDER_BODY);
      assertThat(r.detail()).contains("「图片新闻」");
    });
    assertThat(ARTICLES).noneMatch(a -> a.headline().equals("图片新闻"));
  }
}
