package org.paperscope.jobs.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.jobs.ExitCode;
import org.paperscope.jobs.TestCorpus;
import org.paperscope.jobs.spark.SparkTestSession;

/**
 * The bad-input suite of issue 5, generated here (no checked-in binaries): every file is either
 * read correctly or lands in rejects with a specific reason, the run exits 0, and the good files
 * of the same run are processed completely.
 */
@Tag("spark")
class BadInputSparkTest {
  private static final String GOOD = "## 工信部部署中小企业数字化转型工作\n\n**本报讯** 近日，工业和信息化部印发通知，"
      + "部署中小企业数字化转型工作，提出加快形成新质生产力。(文轩)\n\n## 第二篇文章\n\n**本报讯** 这是第二篇文章的正文。(晓文)\n";
  /** A longer issue for the near-duplicate cases: three articles of about a hundred characters. */
  private static final String LONG = "## 国务院常务会议研究推动新质生产力发展\n\n**本报讯** 国务院总理主持召开国务院常务会议，"
      + "研究推动新质生产力发展的政策措施，部署下一阶段稳就业、稳外贸和扩大内需的重点工作，要求各地区各部门抓好落实。\n\n"
      + "## 中小企业数字化转型加快推进\n\n**本报讯** 全国多地出台措施支持中小企业数字化转型，加快工业互联网平台建设和"
      + "应用推广，一批专精特新企业借助数字技术提升了生产效率和产品质量。\n\n"
      + "## 一季度外贸进出口稳中有升\n\n**本报讯** 今年一季度我国外贸进出口保持稳定增长，货物贸易顺差继续扩大，"
      + "民营企业进出口表现活跃，对共建一带一路国家进出口占比进一步提高。\n";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
      'D', 'R', 0, 0, 0, 1};

  @BeforeAll
  static void startSpark() {
    SparkTestSession.get();
  }

  @Test
  void everyBadFileIsReadOrRejectedWithItsReasonAndGoodFilesAreComplete(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("in");
    Path pub = Files.createDirectories(input.resolve("坏样本报/2025"));
    Map<String, String> expectedRejects = new HashMap<>();
    Map<String, String> expectedEncodings = new HashMap<>();

    write(pub.resolve("20250401.txt"), GOOD.getBytes(StandardCharsets.UTF_8));
    expectedEncodings.put("20250401.txt", "UTF-8");
    write(pub.resolve("20250402.txt"), new byte[0]);
    expectedRejects.put("20250402.txt", "empty");
    write(pub.resolve("20250403.txt"), " \n\t\r\n\u3000 \n".getBytes(StandardCharsets.UTF_8));
    expectedRejects.put("20250403.txt", "whitespace_only");
    write(pub.resolve("20250404.txt"), PNG);
    expectedRejects.put("20250404.txt", "binary");
    write(pub.resolve("20250405.txt"), GOOD.getBytes(Charset.forName("GB18030")));
    expectedEncodings.put("20250405.txt", "GB18030");
    write(pub.resolve("20250406.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, GOOD.getBytes(StandardCharsets.UTF_16LE)));
    expectedEncodings.put("20250406.txt", "UTF-16LE");
    write(pub.resolve("20250407.txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, GOOD.getBytes(StandardCharsets.UTF_16BE)));
    expectedEncodings.put("20250407.txt", "UTF-16BE");
    byte[] truncated = (GOOD.trim() + "正文末尾").getBytes(StandardCharsets.UTF_8);
    write(pub.resolve("20250408.txt"), Arrays.copyOf(truncated, truncated.length - 1));
    expectedEncodings.put("20250408.txt", "UTF-8 (truncated)");
    write(pub.resolve("20250409.txt"), GOOD.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    expectedEncodings.put("20250409.txt", "UTF-8");
    write(pub.resolve("20250410.txt"), GOOD.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
    expectedEncodings.put("20250410.txt", "UTF-8");
    write(pub.resolve("20250411.txt"), "这是一行没有标点也没有标题的很长的文字".repeat(20 * 1024 * 1024 / 57)
        .getBytes(StandardCharsets.UTF_8));
    expectedRejects.put("20250411.txt", "no_articles");
    write(pub.resolve("20250412.txt"), "本报讯 今天天气晴朗。这篇稿子没有任何标题标记。\n\n第二段也没有标题。\n"
        .getBytes(StandardCharsets.UTF_8));
    expectedRejects.put("20250412.txt", "no_articles");
    write(pub.resolve("20250413.txt"), "扫码关注\n微信号:demo2025\n微订阅 更方便\n".getBytes(StandardCharsets.UTF_8));
    expectedRejects.put("20250413.txt", "no_articles");
    write(pub.resolve("readme.txt"), GOOD.getBytes(StandardCharsets.UTF_8));
    expectedRejects.put("readme.txt", "undated");
    write(pub.resolve("20250414.txt"), GOOD.getBytes(StandardCharsets.UTF_8));
    write(pub.resolve("2025-04-14.txt"), GOOD.getBytes(StandardCharsets.UTF_8));
    expectedEncodings.put("2025-04-14.txt", "UTF-8");
    expectedRejects.put("20250414.txt", "duplicate_content");
    // Another edition of the day: one article in common, the other different, so not a near-duplicate.
    write(pub.resolve("20250414-b.txt"), GOOD
        .replace("这是第二篇文章的正文。", "这一篇是完全不同的报道，讲述了一座小城如何用十年时间把废弃矿山变成公园。")
        .replace("第二篇文章", "小城的另一篇")
        .getBytes(StandardCharsets.UTF_8));
    expectedEncodings.put("20250414-b.txt", "UTF-8");
    write(pub.resolve("20250415.txt"), ("<p>## 带有网页标签的文章</p>\n\n<p>**本报讯** 正文&nbsp;里有<b>标签</b>和&amp;实体。(文轩)</p>\n")
        .getBytes(StandardCharsets.UTF_8));
    expectedEncodings.put("20250415.txt", "UTF-8");
    // A .txt/.md twin with different bytes: same bodies, so the smaller path (.md) is kept.
    write(pub.resolve("20250419.md"), LONG.getBytes(StandardCharsets.UTF_8));
    expectedEncodings.put("20250419.md", "UTF-8");
    write(pub.resolve("20250419.txt"), LONG.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    expectedRejects.put("20250419.txt", "near_duplicate");
    // A re-OCR that lost a character and misread another: the fuller original is kept.
    write(pub.resolve("20250420.txt"), LONG.getBytes(StandardCharsets.UTF_8));
    expectedEncodings.put("20250420.txt", "UTF-8");
    write(pub.resolve("20250420-ocr.txt"), LONG.replace("稳就业、", "稳就亚").getBytes(StandardCharsets.UTF_8));
    expectedRejects.put("20250420-ocr.txt", "near_duplicate");
    // Two different issues that share a stem: both kept, with ids that do not collide.
    write(pub.resolve("20250421.txt"), GOOD.getBytes(StandardCharsets.UTF_8));
    expectedEncodings.put("20250421.txt", "UTF-8");
    write(pub.resolve("20250421.md"), LONG.getBytes(StandardCharsets.UTF_8));
    expectedEncodings.put("20250421.md", "UTF-8");
    Path unreadable = pub.resolve("20250416.txt");
    if ("root".equals(System.getProperty("user.name"))) {
      // root reads any file whatever its mode: a link to nowhere is the unreadable file here.
      Files.createSymbolicLink(unreadable, dir.resolve("missing-target.txt"));
    } else {
      write(unreadable, GOOD.getBytes(StandardCharsets.UTF_8));
      Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    }
    expectedRejects.put("20250416.txt", "unreadable");
    Path folder = Files.createDirectories(pub.resolve("20250417.txt"));
    write(folder.resolve("20250418.txt"), GOOD.getBytes(StandardCharsets.UTF_8));
    expectedRejects.put("20250417.txt", "not_a_file");
    expectedEncodings.put("20250418.txt", "UTF-8");

    Path warehouse = dir.resolve("wh");
    int code = TestCorpus.run("ingest", List.of("--input", input.toString(), "--output", warehouse.toString()));

    assertThat(code).isEqualTo(ExitCode.OK);
    Map<String, String> rejects = new HashMap<>();
    Map<String, String> details = new HashMap<>();
    for (Row row : SparkTestSession.get().read().parquet(warehouse.resolve("rejects").toString()).collectAsList()) {
      String path = row.<String>getAs("source_path");
      rejects.put(path.substring(path.lastIndexOf('/') + 1), row.<String>getAs("reason"));
      details.put(path.substring(path.lastIndexOf('/') + 1), row.<String>getAs("detail"));
      assertThat(row.<String>getAs("detail")).as("detail of %s", path).isNotBlank();
    }
    assertThat(rejects).isEqualTo(expectedRejects);
    String kept = "file:" + pub.resolve("20250420.txt");
    assertThat(details.get("20250420-ocr.txt")).isEqualTo("body shingle Jaccard 0.942, 3 of 3/3 headlines shared"
        + " with " + kept + " (same publication and date, 196 vs 197 body chars), which was kept; threshold 0.80");
    assertThat(details.get("20250419.txt")).startsWith("body shingle Jaccard 1.000, 3 of 3/3 headlines shared with ")
        .contains("20250419.md");

    Map<String, String> encodings = new HashMap<>();
    Map<String, Integer> articleCounts = new HashMap<>();
    for (Row row : SparkTestSession.get().read().parquet(warehouse.resolve("issues").toString()).collectAsList()) {
      String path = row.<String>getAs("source_path");
      String name = path.substring(path.lastIndexOf('/') + 1);
      encodings.put(name, row.<String>getAs("encoding"));
      articleCounts.put(name, row.<Integer>getAs("article_count"));
    }
    assertThat(encodings).isEqualTo(expectedEncodings);
    assertThat(articleCounts).containsEntry("20250401.txt", 2).containsEntry("20250405.txt", 2)
        .containsEntry("20250406.txt", 2).containsEntry("20250407.txt", 2).containsEntry("20250408.txt", 2)
        .containsEntry("20250409.txt", 2).containsEntry("20250410.txt", 2).containsEntry("20250418.txt", 2)
        .containsEntry("20250415.txt", 1).containsEntry("20250419.md", 3).containsEntry("20250420.txt", 3)
        .containsEntry("20250421.txt", 2).containsEntry("20250421.md", 3);

    List<Row> articles = SparkTestSession.get().read().parquet(warehouse.resolve("articles").toString())
        .collectAsList();
    assertThat(articles).allSatisfy(row -> assertThat(row.<String>getAs("body"))
        .doesNotContain("<p>", "<b>", "&nbsp;", "&amp;", "\r"));
    assertThat(articles).filteredOn(row -> row.<String>getAs("issue_id").endsWith("/20250405"))
        .extracting(row -> row.<String>getAs("headline"))
        .containsExactly("工信部部署中小企业数字化转型工作", "第二篇文章");
    assertThat(articles).extracting(row -> row.<String>getAs("article_id")).doesNotHaveDuplicates()
        .contains("坏样本报/2025-04-19/20250419.md-001", "坏样本报/2025-04-20/20250420-001",
            "坏样本报/2025-04-21/20250421.txt-002", "坏样本报/2025-04-21/20250421.md-003",
            "坏样本报/2025-04-14/2025-04-14-001", "坏样本报/2025-04-14/20250414-b-002");
  }

  @Test
  void moreParseErrorsThanTheAllowedShareFailTheRunNamingTheFiles() {
    List<ParsedFileRow> files = List.of(parsed("file:/in/20250401.txt", null, null),
        parsed("file:/in/20250402.txt", "parse_error", "IllegalStateException: stack empty"),
        parsed("file:/in/20250403.txt", "no_articles", "no article found"),
        parsed("file:/in/20250404.txt", null, null));
    Dataset<ParsedFileRow> dataset = SparkTestSession.get().createDataset(files, ParsedFileRow.ENCODER);

    ParseErrorGuard.check(dataset, files.size(), 0.25);
    assertThatThrownBy(() -> ParseErrorGuard.check(dataset, files.size(), 0.2))
        .isInstanceOf(ParseErrorGuard.TooManyParseErrorsException.class)
        .hasMessage("1 of 4 files read (25.0%) failed with parse_error, more than input.max-parse-error-share=0.2"
            + " allows: the parser is likely broken, so nothing was written; first: file:/in/20250402.txt"
            + " (IllegalStateException: stack empty)");
  }

  private static ParsedFileRow parsed(String path, String reason, String detail) {
    ParsedFileRow row = new ParsedFileRow();
    row.setSourcePath(path);
    row.setPublication("坏样本报");
    row.setIssueDate(java.time.LocalDate.of(2025, 4, 1));
    row.setRejectReason(reason);
    row.setRejectDetail(detail);
    row.setArticles(List.of());
    return row;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
