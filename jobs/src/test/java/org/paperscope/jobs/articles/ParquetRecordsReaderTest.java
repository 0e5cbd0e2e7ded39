package org.paperscope.jobs.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.common.input.RejectReason;
import org.paperscope.common.input.RejectedInputException;
import org.paperscope.common.input.formats.FormatSettings;
import org.paperscope.common.input.formats.InputAdapters;
import org.paperscope.common.input.formats.InputFormat;
import org.paperscope.common.input.formats.ItemReject;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.ParserSettings;

/** Parquet records: the same articles as the JSON records of the fixture, rejects per row, and a damaged file. */
class ParquetRecordsReaderTest {
  @TempDir
  Path dir;

  private static InputAdapters.Result adapt(ParquetRecordsReader.Records records, FormatSettings settings) {
    return InputAdapters.readRecords(InputFormat.PARQUET, ParquetRecordsReader.ENCODING, records.records(),
        records.rejects(), null, null, null, settings, ParserSettings.defaults());
  }

  private static InputAdapters.Result json() throws Exception {
    byte[] bytes;
    try (InputStream in = ParquetRecordsReaderTest.class.getResourceAsStream("/fixtures/inputs/records-20250308.json")) {
      bytes = in.readAllBytes();
    }
    return InputAdapters.read(bytes, InputFormat.JSON_ARRAY, ParquetFixtures.DAY, null, null, 1 << 20,
        FormatSettings.defaults(), ParserSettings.defaults());
  }

  @Test
  void isChosenByItsMagicNumberAndByExtension() throws IOException {
    byte[] bytes = Files.readAllBytes(ParquetFixtures.write(dir.resolve("records.bin")));

    assertThat(InputFormat.choose("records.bin", bytes, null)).isEqualTo(InputFormat.PARQUET);
    assertThat(InputFormat.choose("records.parquet", new byte[0], null)).isEqualTo(InputFormat.PARQUET);
    assertThat(InputFormat.fromConfig("parquet")).isEqualTo(InputFormat.PARQUET);
  }

  @Test
  void readsTheSameArticlesAsTheJsonRecords() throws Exception {
    byte[] bytes = Files.readAllBytes(ParquetFixtures.write(dir.resolve("records.parquet")));
    InputAdapters.Result parquet = adapt(ParquetRecordsReader.read(bytes, 1 << 20), FormatSettings.defaults());
    List<Article> expected = json().issues().get(0).articles();

    assertThat(parquet.issues()).extracting(InputAdapters.DatedArticles::date).containsExactly(ParquetFixtures.DAY);
    List<Article> read = parquet.issues().get(0).articles();
    assertThat(read).extracting(Article::headline, Article::body, Article::page, Article::section, Article::kicker,
            Article::subtitle, Article::leadType, Article::dateline)
        .isEqualTo(expected.stream().map(a -> tuple(a.headline(), a.body(), a.page(), a.section(), a.kicker(),
            a.subtitle(), a.leadType(), a.dateline())).toList());
    assertThat(read.get(0).url()).isEqualTo("https://paper.example.cn/2025-03/08/content_1.htm");
    assertThat(read.get(0).reporters()).containsExactly("李明");
    assertThat(parquet.rejects()).extracting(ItemReject::item, ItemReject::reason, ItemReject::detail).containsExactly(
        tuple(3, RejectReason.PLACEHOLDER_BODY,
            "item 3 「多国专家热议中国经济前景」: the body is a placeholder '正文无法提取' (input.placeholder-bodies)"),
        tuple(4, RejectReason.EMPTY_ITEM, "item 4: no headline"));
  }

  @Test
  void aRecordOverTheLimitIsRejectedAndTheOthersKept() throws Exception {
    byte[] bytes = Files.readAllBytes(ParquetFixtures.write(dir.resolve("records.parquet")));
    // Characters of the values: row 1 251, row 2 109, row 3 31, row 4 20.
    ParquetRecordsReader.Records records = ParquetRecordsReader.read(bytes, 200);

    assertThat(records.records()).extracting(r -> r.item()).containsExactly(2, 3, 4);
    assertThat(records.rejects()).extracting(ItemReject::item, ItemReject::reason, ItemReject::detail)
        .containsExactly(tuple(1, RejectReason.RECORD_TOO_LARGE,
            "row 1: 251 characters is more than input.max-record-chars=200"));
  }

  @Test
  void aDamagedFileIsMalformedNamingTheError() throws IOException {
    byte[] bytes = Files.readAllBytes(ParquetFixtures.write(dir.resolve("records.parquet")));
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 40);
    byte[] garbage = "PAR1 this is not a parquet file PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    for (byte[] damaged : List.of(truncated, garbage)) {
      assertThatThrownBy(() -> ParquetRecordsReader.read(damaged, 1 << 20))
          .isInstanceOfSatisfying(RejectedInputException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED);
            assertThat(e.detail()).startsWith("not a readable Parquet file: ");
          });
    }
  }
}
