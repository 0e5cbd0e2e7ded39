package org.paperscope.common.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperscope.common.SharedData;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.IssueParser;
import org.paperscope.common.issue.ParsedIssue;
import org.paperscope.common.issue.ParserSettings;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

/** The trends acceptance counts on the real seed issue of 中国电子报 (read-only, in ../shared). */
class SeedTermsTest {
  private static final List<Found> FOUND = new ArrayList<>();

  private record Found(String headline, String topic, String term, ArticleText.Section section) {}

  @BeforeAll
  static void detectInSeed() throws IOException {
    Path file = Path.of(System.getProperty("paperscope.project.dir", ".."))
        .resolve("conf/terms/topics.txt");
    TermList terms = TermList.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    TermDetector<TopicTerm> detector = new TermDetector<>(TermMatcher.cachedFor(terms),
        HanlpTokenizer.cachedFor(new TokenizerSettings(Segmenter.VITERBI, terms.variants(), false)),
        HanlpTokenizer.cachedFor(new TokenizerSettings(Segmenter.VITERBI, terms.variants(), true)));
    ParsedIssue issue = IssueParser.parse(
        Files.readString(SharedData.seedIssue(), StandardCharsets.UTF_8), ParserSettings.defaults());
    for (Article article : issue.articles()) {
      detector.detect(new ArticleText(article.headline(), article.subheadings(), article.body()))
          .hits().forEach(h -> FOUND.add(new Found(article.headline(), h.hit().payload().topic(),
              h.hit().payload().term(), h.section())));
    }
  }

  @Test
  void countsNewQualityProductiveForcesThreeTimesInTheRoundTableArticle() {
    assertThat(FOUND).filteredOn(f -> f.topic().equals("新质生产力"))
        .extracting(Found::headline, Found::term)
        .containsExactly(
            tuple("工业和信息化部召开第十次中小企业圆桌会议", "新质生产力"),
            tuple("工业和信息化部召开第十次中小企业圆桌会议", "新质生产力"),
            tuple("工业和信息化部召开第十次中小企业圆桌会议", "新质生产力"));
  }

  @Test
  void countsInvolutionTwiceOnceAsNeijuanAndOnceAsNeijuanshi() {
    assertThat(FOUND).filteredOn(f -> f.topic().equals("内卷"))
        .extracting(Found::headline, Found::term)
        .containsExactly(
            tuple("工信部党组理论学习中心组学习习近平生态文明思想和习近平总书记关于国家能源安全的重要论述", "内卷"),
            tuple("三部门召开加强新能源汽车安全管理工作视频会", "内卷式"));
  }

  @Test
  void findsLatinTopicsInTheHeadlineAndBodyOfThe5gaArticle() {
    assertThat(FOUND).filteredOn(f -> f.headline().startsWith("5G-A"))
        .extracting(Found::term, Found::section)
        .contains(tuple("5G-A", ArticleText.Section.HEADLINE), tuple("AI", ArticleText.Section.HEADLINE),
            tuple("5G-A", ArticleText.Section.BODY), tuple("人形机器人", ArticleText.Section.BODY),
            tuple("IoT", ArticleText.Section.BODY));
  }

  @Test
  void countsEachCarbonGoalOnceInTheCombinedPhrase() {
    // 碳达峰碳中和目标: two topics, one hit each.
    assertThat(FOUND).filteredOn(f -> f.topic().equals("碳达峰") || f.topic().equals("碳中和"))
        .extracting(Found::term).containsExactly("碳达峰", "碳中和");
  }
}
