package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IssueIdsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 4, 20);

  private static IssueIds.Source source(String relativePath, String edition) {
    return new IssueIds.Source(relativePath, "xwlb", DAY, edition);
  }

  @Test
  void aFileAloneWithItsStemKeepsThePlainId() {
    assertThat(IssueIds.assign(List.of(source("2025/20250420.md", "20250420"), source("2025/20250421.md", "20250421"))))
        .containsExactly("xwlb/2025-04-20/20250420", "xwlb/2025-04-20/20250421");
  }

  @Test
  void aTxtAndMdTwinGetTheirExtensions() {
    assertThat(IssueIds.assign(List.of(source("2025/20250420.md", "20250420"), source("2025/20250420.txt", "20250420"))))
        .containsExactly("xwlb/2025-04-20/20250420.md", "xwlb/2025-04-20/20250420.txt");
  }

  @Test
  void theSameNameInTwoFoldersKeepsThePathFormOfEarlierReleases() {
    assertThat(IssueIds.assign(List.of(source("a/20250420.txt", "20250420"), source("b/20250420.txt", "20250420"))))
        .containsExactly("xwlb/2025-04-20/a_20250420", "xwlb/2025-04-20/b_20250420");
  }

  @Test
  void mixedCollisionsFallBackUntilEveryIdIsUnique() {
    List<String> ids = IssueIds.assign(List.of(source("a/x.txt", "x"), source("a/x.md", "x"), source("b/x.txt", "x"),
        source("a/x.txt.gz", "x"), source("a_x.txt", "a_x")));
    assertThat(ids).containsExactly("xwlb/2025-04-20/a_x.txt", "xwlb/2025-04-20/x.md", "xwlb/2025-04-20/b_x",
        "xwlb/2025-04-20/x.txt.gz", "xwlb/2025-04-20/a_x");
  }

  @Test
  void formsThatCollideAcrossMembersFallBackToThePaths() {
    // a/x.txt.gz and c/x.txt.gz share ".txt.gz"; a/x.txt.gz's next form "a_x.txt" is a/x.txt's third form.
    List<String> ids = IssueIds.assign(List.of(source("a/x.txt", "x"), source("a/x.md", "x"), source("a/x.txt.gz", "x"),
        source("c/x.txt.gz", "x"), source("b/x.txt", "x")));
    assertThat(ids).containsExactly("xwlb/2025-04-20/a/x.txt", "xwlb/2025-04-20/a/x.md", "xwlb/2025-04-20/a/x.txt.gz",
        "xwlb/2025-04-20/c/x.txt.gz", "xwlb/2025-04-20/b/x.txt");
  }

  @Test
  void idsDoNotDependOnTheOrderOfTheListing() {
    List<IssueIds.Source> sources = List.of(source("2025/20250420.md", "20250420"), source("2025/20250420.txt", "20250420"));
    assertThat(IssueIds.assign(List.of(sources.get(1), sources.get(0))))
        .containsExactly("xwlb/2025-04-20/20250420.txt", "xwlb/2025-04-20/20250420.md");
  }

  @Test
  void articleIdsUseAsciiDigitsWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
      assertThat(IssueIds.articleId("xwlb/2024-04-14/20240414", 6)).isEqualTo("xwlb/2024-04-14/20240414-006");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void articleIdsGoPast999() {
    assertThat(IssueIds.articleId("p/2024-01-01/x", 999)).isEqualTo("p/2024-01-01/x-999");
    assertThat(IssueIds.articleId("p/2024-01-01/x", 1000)).isEqualTo("p/2024-01-01/x-1000");
    assertThat(IssueIds.articleId("p/2024-01-01/x", 12345)).isEqualTo("p/2024-01-01/x-12345");
    assertThatThrownBy(() -> IssueIds.articleId("p/2024-01-01/x", 0))
        .hasMessage("Article position must be >= 1, got 0 in p/2024-01-01/x");
  }
}
