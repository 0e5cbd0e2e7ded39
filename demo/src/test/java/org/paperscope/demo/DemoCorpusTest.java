package org.paperscope.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.demo.DemoCorpus.PublicationSummary;
import org.paperscope.demo.DemoCorpus.Summary;

class DemoCorpusTest {

  @TempDir static Path corpus;
  private static Summary summary;
  /** Relative path (with / separators) → file text, for the corpus generated once. */
  private static Map<String, String> texts;

  @BeforeAll
  static void generateOnce() {
    summary = DemoCorpus.generate(corpus);
    texts = readTexts(corpus);
  }

  @Test
  void generatesByteIdenticalTreesAndRerunsIdempotently(@TempDir Path other) throws IOException {
    DemoCorpus.generate(other);
    assertThat(digests(other)).isEqualTo(digests(corpus));

    Path stale = other.resolve("demo-daily/2022/20221230.txt");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "## 旧版本留下的文件\n");
    Path notes = other.resolve("demo-daily/README-notes.txt");
    Files.writeString(notes, "not an issue file");
    Files.writeString(other.resolve("demo-daily/2024/20240105.txt"), "damaged");
    DemoCorpus.generate(other);

    assertThat(stale).doesNotExist();
    assertThat(notes).exists();
    Files.delete(notes);
    assertThat(digests(other)).isEqualTo(digests(corpus));
  }

  @Test
  void coversThreeFullYearsInBothPublications() {
    assertThat(summary.firstIssue()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(summary.lastIssue()).isEqualTo(LocalDate.of(2025, 12, 31));
    PublicationSummary daily = summary.publication(DemoCorpus.NEWSPAPER);
    PublicationSummary broadcast = summary.publication(DemoCorpus.BROADCAST);
    assertThat(daily.files()).isBetween(290, 320);
    assertThat(broadcast.files()).isBetween(460, 480);
    for (int year = 2023; year <= 2025; year++) {
      String y = Integer.toString(year);
      assertThat(texts.keySet().stream().filter(p -> p.startsWith("demo-daily/" + y + "/")))
          .hasSizeGreaterThan(95);
      assertThat(texts.keySet().stream().filter(p -> p.startsWith("demo-broadcast/" + y + "/")))
          .hasSizeGreaterThan(150);
    }
    assertThat(texts).hasSize(summary.totalFiles());
    assertThat(texts.keySet()).allMatch(p -> p.matches(
        "demo-daily/(\\d{4})/\\1\\d{4}\\.txt|demo-broadcast/(\\d{4})/\\2\\d{4}\\.md|demo-feed/(\\d{4})/\\3\\d{4}\\.xml"));
  }

  @Test
  void staysBetweenThreeAndSixMegabytesAndReportsItsBytes() throws IOException {
    long onDisk = 0;
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        onDisk += Files.size(file);
      }
    }
    assertThat(summary.totalBytes()).isEqualTo(onDisk).isBetween(3_000_000L, 6_000_000L);
  }

  @Test
  void writesUtf8WithoutBomAndSomeFilesWithCrlf() {
    assertThat(texts.values()).noneMatch(t -> t.startsWith("\uFEFF"));
    long crlf = texts.values().stream().filter(t -> t.contains("\r\n")).count();
    assertThat(crlf).isBetween(30L, texts.size() / 3L);
    assertThat(texts.values()).filteredOn(t -> t.contains("\r\n"))
        .allMatch(t -> !t.replace("\r\n", "").contains("\n"));
  }

  @Test
  void newspaperHasEveryLayoutArtifact() {
    String all = String.join("\n", publication("demo-daily").values());

    assertThat(all).contains("\n## ", "\n### ", "**本报讯** ", "**本报记者 ", "**本报通讯员 ",
        "(下转第", "(上接第1版)", "图为", "扫码关注", "微信号:", "订阅", "<p>", "&nbsp;", "ＡＩ",
        "各地财政部门", "商务部门", "工业和信息化、市场监管", "工业和信息化部装备工业司",
        "国家市场监督管理总局缺陷产品召回技术中心", "等三部门");
    assertThat(all).containsPattern("[０-９]{4}");
    assertThat(all).containsPattern("(?m)\\(\\p{IsHan}{2}\\)\\r?$");
    assertThat(all).containsPattern("(?m)（\\p{IsHan}{2}）\\r?$");
    // A paragraph cut mid-word by a page break: Han, three blank lines, Han.
    assertThat(all).containsPattern("\\p{IsHan}(\\r?\\n){4}\\p{IsHan}");
    // A stray space inside a Chinese headline.
    assertThat(all).containsPattern("(?m)^## [^\\r\\n]*\\p{IsHan} \\p{IsHan}");
    assertThat(publication("demo-daily").values()).anyMatch(DemoCorpusTest::hasRepeatedParagraph);
    assertThat(publication("demo-daily").values()).anyMatch(DemoCorpusTest::hasRepeatedTail);
  }

  @Test
  void broadcastHasEveryLayoutArtifactAndOneStoryPerSummaryItem() {
    Map<String, String> broadcast = publication("demo-broadcast");
    String all = String.join("\n", broadcast.values());

    assertThat(all).contains("# 《演示新闻》（", "## 新闻摘要", "## 详细新闻",
        "[查看原文](https://example.org/", "**演示台消息**（演示新闻）：", "**央视网消息**（新闻联播）：",
        "&#xA0;", "### 产业快讯");
    for (Map.Entry<String, String> file : broadcast.entrySet()) {
      String text = file.getValue();
      String summaryPart = text.substring(0, text.indexOf("## 详细新闻"));
      long items = Pattern.compile("(?m)^\\d+\\.").matcher(summaryPart).results().count();
      long stories = Pattern.compile("(?m)^### ").matcher(text).results().count();
      assertThat(stories).as(file.getKey()).isEqualTo(items).isBetween(6L, 10L);
    }
  }

  @Test
  void newQualityProductiveForcesAppearsFromSeptember2023AndGrowsEveryYear() {
    assertThat(count("新质生产力", LocalDate.of(2000, 1, 1), LocalDate.of(2023, 9, 7))).isZero();
    long y2023 = countInYear("新质生产力", 2023);
    long y2024 = countInYear("新质生产力", 2024);
    long y2025 = countInYear("新质生产力", 2025);

    assertThat(y2023).isPositive();
    assertThat(y2024).isGreaterThan(y2023 * 3);
    assertThat(y2025).isGreaterThan(y2024);
  }

  @Test
  void newTermsStartOnTheirDatesAndRise() {
    assertThat(countInYear("低空经济", 2023)).isZero();
    assertThat(countInYear("低空经济", 2024)).isGreaterThan(100);
    assertThat(countInYear("5G-A", 2023)).isZero();
    assertThat(countInYear("5G-A", 2024)).isGreaterThan(100);
    assertThat(count("国家数据局", LocalDate.of(2000, 1, 1), LocalDate.of(2023, 10, 24))).isZero();
    assertThat(count("数据要素", LocalDate.of(2000, 1, 1), LocalDate.of(2023, 10, 24))).isZero();
    assertThat(count("国家金融监督管理总局", LocalDate.of(2000, 1, 1), LocalDate.of(2023, 5, 17)))
        .isZero();
    assertThat(count("银保监会", LocalDate.of(2023, 6, 1), LocalDate.of(2025, 12, 31))).isZero();
    assertThat(count("反内卷", LocalDate.of(2000, 1, 1), LocalDate.of(2025, 2, 28))).isZero();
    assertThat(countInYear("内卷", 2025)).isGreaterThan(countInYear("内卷", 2024) * 2);
    assertThat(countInYear("内卷", 2024)).isGreaterThan(countInYear("内卷", 2023) * 2);
    long ai2023 = countInYear("人工智能", 2023) + countInYear("大模型", 2023);
    long ai2025 = countInYear("人工智能", 2025) + countInYear("大模型", 2025);
    assertThat(ai2025).isGreaterThan(ai2023 * 13 / 10);
  }

  @Test
  void carbonPeakStaysFlat() {
    long y2023 = countInYear("碳达峰", 2023);
    for (int year = 2024; year <= 2025; year++) {
      assertThat(countInYear("碳达峰", year)).as("碳达峰 in %d", year)
          .isBetween(y2023 * 7 / 10, y2023 * 13 / 10);
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static Map<String, String> publication(String name) {
    Map<String, String> selected = new TreeMap<>();
    texts.forEach((path, text) -> {
      if (path.startsWith(name + "/")) {
        selected.put(path, text);
      }
    });
    return selected;
  }

  private static long countInYear(String term, int year) {
    return count(term, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static long count(String term, LocalDate from, LocalDate to) {
    long total = 0;
    for (Map.Entry<String, String> file : texts.entrySet()) {
      String name = file.getKey().substring(file.getKey().lastIndexOf('/') + 1);
      LocalDate date = LocalDate.of(Integer.parseInt(name.substring(0, 4)),
          Integer.parseInt(name.substring(4, 6)), Integer.parseInt(name.substring(6, 8)));
      if (!date.isBefore(from) && !date.isAfter(to)) {
        total += Pattern.compile(Pattern.quote(term)).matcher(file.getValue()).results().count();
      }
    }
    return total;
  }

  private static boolean hasRepeatedParagraph(String text) {
    String[] paragraphs = text.replace("\r\n", "\n").split("\n\n+");
    for (int i = 1; i < paragraphs.length; i++) {
      if (paragraphs[i].length() > 20 && paragraphs[i].equals(paragraphs[i - 1])) {
        return true;
      }
    }
    return false;
  }

  /** A paragraph that repeats the end of the one before it, starting mid-sentence. */
  private static boolean hasRepeatedTail(String text) {
    String[] paragraphs = text.replace("\r\n", "\n").split("\n\n+");
    for (int i = 1; i < paragraphs.length; i++) {
      String previous = paragraphs[i - 1];
      String current = paragraphs[i];
      if (current.length() > 10 && current.length() < previous.length()
          && previous.endsWith(current)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> readTexts(Path root) {
    Map<String, String> result = new TreeMap<>();
    forEachFile(root, (relative, bytes) -> {
      try {
        result.put(relative, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString());
      } catch (CharacterCodingException e) {
        throw new AssertionError("Demo file " + relative + " is not valid UTF-8", e);
      }
    });
    return result;
  }

  private static Map<String, String> digests(Path root) {
    Map<String, String> result = new TreeMap<>();
    forEachFile(root, (relative, bytes) -> {
      try {
        result.put(relative,
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    });
    return result;
  }

  private interface FileVisitor {
    void visit(String relative, byte[] bytes);
  }

  private static void forEachFile(Path root, FileVisitor visitor) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        visitor.visit(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
