package org.paperscope.jobs.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.common.issue.ParserSettings;
import org.paperscope.jobs.spark.CountingIterator;

class ParseFilesTest {

  /** Parsing hands out each file's rows before it opens the next file: a task holds one file's text. */
  @Test
  void readsOneFilePerBatchOfRows(@TempDir Path dir) throws Exception {
    List<InputFileRow> files = new ArrayList<>();
    for (int day = 1; day <= 3; day++) {
      Path file = dir.resolve("2024030" + day + ".md");
      Files.writeString(file, "## 第" + day + "条新闻\n\n本报讯 今天的第" + day + "条消息内容较为简短。\n",
          StandardCharsets.UTF_8);
      InputFileRow row = new InputFileRow();
      row.setSourcePath(file.toUri().toString());
      row.setRelativePath(file.getFileName().toString());
      row.setPublication("测试报");
      row.setIssueDate(LocalDate.of(2024, 3, day));
      row.setIssueId("测试报-2024030" + day);
      row.setBytes(Files.size(file));
      files.add(row);
    }
    CountingIterator<InputFileRow> input = new CountingIterator<>(files);
    Iterator<ParsedFileRow> parsed =
        new ParseFiles(new ParseSettings(ParserSettings.defaults(), 1_000_000)).call(input);
    assertThat(input.taken()).isZero();
    assertThat(parsed.next().getIssueDate()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(input.taken()).isEqualTo(1);
    List<LocalDate> rest = new ArrayList<>();
    parsed.forEachRemaining(row -> rest.add(row.getIssueDate()));
    assertThat(rest).containsExactly(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 3));
    assertThat(input.taken()).isEqualTo(3);
  }
}
