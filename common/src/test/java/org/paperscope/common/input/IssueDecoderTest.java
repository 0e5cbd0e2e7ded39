package org.paperscope.common.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class IssueDecoderTest {
  private static final String ISSUE = "## 工信部召开座谈会\n\n**本报讯** 会议强调，要加快形成新质生产力。(耀文)\n";
  private static final long LIMIT = 1 << 20;

  @Test
  void readsPlainUtf8() throws Exception {
    DecodedText decoded = IssueDecoder.decode(ISSUE.getBytes(StandardCharsets.UTF_8), LIMIT);
    assertThat(decoded.text()).isEqualTo(ISSUE);
    assertThat(decoded.encoding()).isEqualTo("UTF-8");
  }

  @Test
  void dropsUtf8ByteOrderMark() throws Exception {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ISSUE.getBytes(StandardCharsets.UTF_8));
    DecodedText decoded = IssueDecoder.decode(bytes, LIMIT);
    assertThat(decoded.text()).isEqualTo(ISSUE);
    assertThat(decoded.encoding()).isEqualTo("UTF-8-BOM");
  }

  @Test
  void readsUtf16WithEitherByteOrderMark() throws Exception {
    byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ISSUE.getBytes(StandardCharsets.UTF_16LE));
    byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ISSUE.getBytes(StandardCharsets.UTF_16BE));
    assertThat(IssueDecoder.decode(little, LIMIT)).isEqualTo(new DecodedText(ISSUE, "UTF-16LE"));
    assertThat(IssueDecoder.decode(big, LIMIT)).isEqualTo(new DecodedText(ISSUE, "UTF-16BE"));
  }

  @Test
  void detectsGb18030AndGbk() throws Exception {
    DecodedText gb = IssueDecoder.decode(ISSUE.getBytes(Charset.forName("GB18030")), LIMIT);
    DecodedText gbk = IssueDecoder.decode(ISSUE.getBytes(Charset.forName("GBK")), LIMIT);
    assertThat(gb).isEqualTo(new DecodedText(ISSUE, "GB18030"));
    assertThat(gbk.text()).isEqualTo(ISSUE);
  }

  @Test
  void keepsEverythingBeforeAUtf8CutInsideTheLastCharacter() throws Exception {
    String text = "## 工信部召开座谈会\n\n**本报讯** 会议强调，要加快形成新质生产力";
    byte[] full = text.getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(full, full.length - 2);
    DecodedText decoded = IssueDecoder.decode(cut, LIMIT);
    assertThat(decoded.encoding()).isEqualTo("UTF-8 (truncated)");
    assertThat(decoded.text()).isEqualTo("## 工信部召开座谈会\n\n**本报讯** 会议强调，要加快形成新质生产");
  }

  @Test
  void unpacksGzip() throws Exception {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
      gzip.write(ISSUE.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(IssueDecoder.decode(packed.toByteArray(), LIMIT).text()).isEqualTo(ISSUE);
  }

  @Test
  void rejectsEmptyFile() {
    assertRejected(new byte[0], RejectReason.EMPTY, "0 bytes");
  }

  @Test
  void rejectsWhitespaceOnly() {
    assertRejected(" \r\n\t\u3000\n".getBytes(StandardCharsets.UTF_8), RejectReason.WHITESPACE_ONLY, "white space");
  }

  @Test
  void rejectsPngAsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    assertRejected(png, RejectReason.BINARY, "PNG signature");
  }

  @Test
  void rejectsNulBytesWithoutByteOrderMark() {
    byte[] bytes = ISSUE.getBytes(StandardCharsets.UTF_16LE);
    assertRejected(bytes, RejectReason.BINARY, "NUL byte at offset 1");
  }

  @Test
  void rejectsBytesThatAreNeitherUtf8NorGb18030() {
    byte[] bytes = {'a', 'b', (byte) 0x81, (byte) 0x20, 'c', (byte) 0xFF, (byte) 0xFF, 'd'};
    assertRejected(bytes, RejectReason.UNDECODABLE, "not UTF-8 (invalid byte at offset 2) and not GB18030");
  }

  @Test
  void rejectsBrokenGzip() {
    byte[] bytes = {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3};
    assertRejected(bytes, RejectReason.UNREADABLE, "broken gzip");
  }

  private static void assertRejected(byte[] bytes, RejectReason reason, String detail) {
    assertThatThrownBy(() -> IssueDecoder.decode(bytes, LIMIT))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageContaining(detail)
        .satisfies(e -> assertThat(((RejectedInputException) e).reason()).isEqualTo(reason));
  }

  private static byte[] concat(byte[] a, byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(a);
    out.write(b);
    return out.toByteArray();
  }
}
