package org.paperscope.common.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;

class IssuePathsTest {
  private final IssuePaths paths = IssuePaths.of(Settings.load(null).string("input.date-patterns"));

  @Test
  void readsTheDefaultDateLayouts() {
    assertThat(paths.dateOf("2024/20240105.md")).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(paths.dateOf("中国电子报/2025-06-20.txt")).isEqualTo(LocalDate.of(2025, 6, 20));
    assertThat(paths.dateOf("cena/2025/06/20/issue.txt")).isEqualTo(LocalDate.of(2025, 6, 20));
    assertThat(paths.dateOf("20250620_000_c9a42c12dc24582c.txt.gz")).isEqualTo(LocalDate.of(2025, 6, 20));
  }

  @Test
  void theDateThatEndsLastInThePathWins() {
    assertThat(paths.dateOf("batch-20240101/20240105.md")).isEqualTo(LocalDate.of(2024, 1, 5));
  }

  @Test
  void skipsImpossibleDatesAndUndatedNames() {
    assertThat(paths.dateOf("2024/20241399.md")).isNull();
    assertThat(paths.dateOf("notes/readme.txt")).isNull();
    assertThat(paths.dateOf("000_c9a42c12dc24582c.txt")).isNull();
  }

  @Test
  void rejectsAPatternWithoutTheNamedGroups() {
    assertThatThrownBy(() -> IssuePaths.of("(\\d{4})(\\d{2})(\\d{2})"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("lacks the named group (?<y>...)");
  }

  @Test
  void rejectsAnInvalidRegex() {
    assertThatThrownBy(() -> IssuePaths.of("(?<y>\\d{4}"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("is not a valid regex");
  }

  @Test
  void publicationIsTheFirstFolderUnlessItIsAYear() {
    assertThat(IssuePaths.publicationOf("中国电子报/2025/20250620.txt", "corpus", null)).isEqualTo("中国电子报");
    assertThat(IssuePaths.publicationOf("2024/20240105.md", "xwlb", null)).isEqualTo("xwlb");
    assertThat(IssuePaths.publicationOf("20240105.md", "xwlb", null)).isEqualTo("xwlb");
    assertThat(IssuePaths.publicationOf("2024/20240105.md", "xwlb", "新闻联播")).isEqualTo("新闻联播");
  }

  @Test
  void knowsIssueExtensionsAndStems() {
    assertThat(IssuePaths.hasIssueExtension("20240105.MD", List.of("txt", "md"))).isTrue();
    assertThat(IssuePaths.hasIssueExtension("20240105.txt.gz", List.of("txt", "md"))).isTrue();
    assertThat(IssuePaths.hasIssueExtension("20240105.png", List.of("txt", "md"))).isFalse();
    assertThat(IssuePaths.stemOf("2024/20240105.txt.gz")).isEqualTo("20240105");
  }
}
