package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperscope.common.input.RejectReason;

/** Near-duplicate issues: the similarity measure and which file of a day is kept. */
class DuplicateIssuesTest {
  private static final String FIRST = "国务院总理李强主持召开国务院常务会议，研究推动新质生产力发展的政策措施，部署下一阶段重点工作。";
  private static final String SECOND = "全国多地出台措施支持中小企业数字化转型，加快工业互联网平台建设和应用推广。";
  private static final String OTHER = "今年一季度我国外贸进出口保持稳定增长，货物贸易顺差继续扩大，民营企业表现活跃。";

  private static IssueSimilarity.Fingerprint issue(List<String> headlines, String... bodies) {
    return IssueSimilarity.fingerprint(headlines, List.of(bodies));
  }

  @Test
  void identicalBodiesScoreOneWhateverTheWhiteSpace() {
    IssueSimilarity.Comparison same = IssueSimilarity.compare(issue(List.of("甲", "乙"), FIRST, SECOND),
        issue(List.of("甲", "乙"), FIRST.replace("，", "， "), "\n" + SECOND));
    assertThat(same.jaccard()).isEqualTo(1.0);
    assertThat(same.describe()).isEqualTo("body shingle Jaccard 1.000, 2 of 2/2 headlines shared");
  }

  @Test
  void oneMisreadCharacterCostsOnlyTheShinglesAroundIt() {
    String reOcr = FIRST.replace("常务", "常呑");
    IssueSimilarity.Fingerprint original = issue(List.of("甲"), FIRST);
    // 47 characters give 43 shingles; the one misread character (务 -> 呑) is in 5 of them on each side.
    IssueSimilarity.Comparison comparison = IssueSimilarity.compare(original, issue(List.of("甲"), reOcr));
    assertThat(original.shingles()).hasSize(43);
    assertThat(comparison.jaccard()).isCloseTo(38.0 / 48.0, within(1e-9));
  }

  @Test
  void differentIssuesShareAlmostNothing() {
    assertThat(IssueSimilarity.compare(issue(List.of("甲"), FIRST, SECOND), issue(List.of("甲"), OTHER)).jaccard())
        .isEqualTo(0.0);
  }

  @Test
  void byteCopiesKeepTheSmallestPathAndNearCopiesKeepTheLongerText() {
    IssueSimilarity.Fingerprint full = issue(List.of("甲", "乙", "丙"), FIRST, SECOND, OTHER);
    IssueSimilarity.Fingerprint missingOne = issue(List.of("甲", "乙"), FIRST, SECOND + OTHER.substring(0, 30));
    Map<String, DuplicateIssues.Verdict> verdicts = DuplicateIssues.judge(List.of(
        new DuplicateIssues.Candidate("p/b.txt", "sha-full", full),
        new DuplicateIssues.Candidate("p/a.txt", "sha-full", full),
        new DuplicateIssues.Candidate("p/a.md", "sha-short", missingOne),
        new DuplicateIssues.Candidate("p/c.txt", "sha-other", issue(List.of("丁"), "完全不同的另一期节目内容，讲述了别的新闻事件和人物故事。"))),
        0.8);
    assertThat(verdicts).containsOnlyKeys("p/b.txt", "p/a.md");
    assertThat(verdicts.get("p/b.txt").reason()).isEqualTo(RejectReason.DUPLICATE_CONTENT);
    assertThat(verdicts.get("p/b.txt").detail())
        .isEqualTo("same bytes as p/a.txt (same publication and date), which was kept");
    assertThat(verdicts.get("p/a.md").reason()).isEqualTo(RejectReason.NEAR_DUPLICATE);
    assertThat(verdicts.get("p/a.md").detail()).isEqualTo("body shingle Jaccard 0.887, 2 of 2/3 headlines shared"
        + " with p/a.txt (same publication and date, 114 vs 123 body chars), which was kept; threshold 0.80");
  }

  @Test
  void belowTheThresholdBothFilesAreKept() {
    Map<String, DuplicateIssues.Verdict> verdicts = DuplicateIssues.judge(List.of(
        new DuplicateIssues.Candidate("p/a.txt", "1", issue(List.of("甲"), FIRST, SECOND)),
        new DuplicateIssues.Candidate("p/b.txt", "2", issue(List.of("甲"), FIRST, OTHER))), 0.8);
    assertThat(verdicts).isEmpty();
  }

  @Test
  void theVerdictDoesNotDependOnTheOrderOfTheFiles() {
    List<DuplicateIssues.Candidate> files = List.of(
        new DuplicateIssues.Candidate("p/a.txt", "1", issue(List.of("甲"), FIRST, SECOND)),
        new DuplicateIssues.Candidate("p/b.txt", "2", issue(List.of("甲"), FIRST, SECOND + "。")));
    assertThat(DuplicateIssues.judge(files, 0.8)).isEqualTo(DuplicateIssues.judge(List.of(files.get(1), files.get(0)), 0.8));
    assertThat(DuplicateIssues.judge(files, 0.8)).containsOnlyKeys("p/a.txt");
  }
}
