package org.paperscope.common.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.common.SharedData;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.IssueParser;
import org.paperscope.common.issue.ParserSettings;
import org.paperscope.common.match.ArticleText;

/** The ministries named in the seed issue of 中国电子报 (read-only, ../shared/seed). */
class SeedMinistriesTest {
  private static final LocalDate SEED_DATE = LocalDate.of(2025, 6, 24);

  private static List<String> namesIn(String headline) throws IOException {
    String text = Files.readString(SharedData.seedIssue(), StandardCharsets.UTF_8);
    Article article = IssueParser.parse(text, ParserSettings.defaults()).articles().stream()
        .filter(a -> a.headline().equals(headline)).findFirst().orElseThrow(
            () -> new AssertionError("No seed article headed " + headline));
    ArticleMinistries found = MinistryDetectorTest.detector().detect(
        new ArticleText(article.headline(), article.subheadings(), article.body()), SEED_DATE);
    return found.mentions().stream().map(m -> m.ministry().canonicalName()).distinct().toList();
  }

  @Test
  void smartFactoryArticleNamesExactlySixBodies() throws IOException {
    assertThat(namesIn("2025年度智能工厂梯度培育行动启动")).containsExactlyInAnyOrder(
        "工业和信息化部", "国家发展和改革委员会", "财政部", "国务院国有资产监督管理委员会",
        "国家市场监督管理总局", "国家数据局");
  }

  @Test
  void threeDepartmentsArticleNamesExactlyThreeBodies() throws IOException {
    assertThat(namesIn("三部门召开加强新能源汽车安全管理工作视频会")).containsExactlyInAnyOrder(
        "工业和信息化部", "国家市场监督管理总局", "国家消防救援局");
  }

  @Test
  void partyGroupMeetingNamesTheMinistryAndTheDisciplineCommission() throws IOException {
    assertThat(namesIn("工业和信息化部党组召开深入贯彻中央八项规定精神学习教育征求意见座谈会"))
        .containsExactlyInAnyOrder("工业和信息化部", "中央纪委国家监委");
  }
}
