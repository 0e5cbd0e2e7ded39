package org.paperscope.common.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Turns the bytes of an issue file into text, or says precisely why it cannot.
 *
 * <p>Order: gzip (by magic bytes) is unpacked; a BOM decides UTF-8 / UTF-16LE / UTF-16BE; known
 * binary signatures and NUL bytes mean binary; then strict UTF-8, then strict GB18030 (which also
 * covers GBK and GB2312). A UTF-8 file cut inside its last character keeps everything before the
 * cut (encoding {@code UTF-8 (truncated)}) rather than losing the whole issue. Line ends are left
 * as they are: the parser normalizes CRLF and lone CR.
 */
public final class IssueDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  /** Largest share of control characters (other than tab/CR/LF/FF) tolerated in text. */
  private static final double MAX_CONTROL_SHARE = 0.01;
  /** Longest incomplete UTF-8 sequence that can end a file cut mid-character. */
  private static final int MAX_UTF8_TAIL = 3;

  private IssueDecoder() {}

  /** Decodes {@code bytes}; {@code maxBytes} bounds the unpacked size of gzip input. */
  public static DecodedText decode(byte[] bytes, long maxBytes) throws RejectedInputException {
    if (bytes.length == 0) {
      throw new RejectedInputException(RejectReason.EMPTY, "file has 0 bytes");
    }
    if (isGzip(bytes)) {
      bytes = gunzip(bytes, maxBytes);
      if (bytes.length == 0) {
        throw new RejectedInputException(RejectReason.EMPTY, "gzip content has 0 bytes");
      }
    }
    DecodedText decoded = decodePlain(bytes);
    if (decoded.text().isBlank()) {
      throw new RejectedInputException(RejectReason.WHITESPACE_ONLY,
          "only white space (" + bytes.length + " bytes, " + decoded.encoding() + ")");
    }
    checkControlCharacters(decoded);
    return decoded;
  }

  private static DecodedText decodePlain(byte[] bytes) throws RejectedInputException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 with BOM"), "UTF-8-BOM");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
    }
    String signature = binarySignature(bytes);
    if (signature != null) {
      throw new RejectedInputException(RejectReason.BINARY, "binary content: " + signature + " signature");
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new RejectedInputException(RejectReason.BINARY,
          "binary content: NUL byte at offset " + nul + " and no UTF-16 byte order mark");
    }
    Utf8Result utf8 = decodeUtf8(bytes);
    if (utf8.text != null) {
      return new DecodedText(utf8.text, utf8.truncated ? "UTF-8 (truncated)" : "UTF-8");
    }
    try {
      String text = newDecoder(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
      return new DecodedText(text, "GB18030");
    } catch (CharacterCodingException e) {
      throw new RejectedInputException(RejectReason.UNDECODABLE,
          "not UTF-8 (invalid byte at offset " + utf8.errorOffset + ") and not GB18030");
    }
  }

  private record Utf8Result(String text, boolean truncated, long errorOffset) {}

  /** Strict UTF-8; an incomplete sequence in the last bytes only is dropped (file cut short). */
  private static Utf8Result decodeUtf8(byte[] bytes) {
    CharsetDecoder decoder = newDecoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (!result.isError()) {
      out.flip();
      return new Utf8Result(out.toString(), false, -1);
    }
    int errorAt = in.position();
    boolean onlyTail = result.isMalformed() && bytes.length - errorAt <= MAX_UTF8_TAIL
        && isIncompleteUtf8Tail(bytes, errorAt);
    if (onlyTail) {
      out.flip();
      return new Utf8Result(out.toString(), true, errorAt);
    }
    return new Utf8Result(null, false, errorAt);
  }

  /** True when bytes[from..] is a lead byte followed only by continuation bytes, too few of them. */
  private static boolean isIncompleteUtf8Tail(byte[] bytes, int from) {
    int lead = bytes[from] & 0xFF;
    int needed;
    if (lead >= 0xC2 && lead <= 0xDF) {
      needed = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      needed = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      needed = 4;
    } else {
      return false;
    }
    int have = bytes.length - from;
    if (have >= needed) {
      return false;
    }
    for (int i = from + 1; i < bytes.length; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String name)
      throws RejectedInputException {
    try {
      return newDecoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      throw new RejectedInputException(RejectReason.UNDECODABLE,
          "byte order mark says " + name + " but the content is not valid " + name);
    }
  }

  private static CharsetDecoder newDecoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static void checkControlCharacters(DecodedText decoded) throws RejectedInputException {
    String text = decoded.text();
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (controls > Math.max(1, text.length() * MAX_CONTROL_SHARE)) {
      throw new RejectedInputException(RejectReason.BINARY, "binary content: " + controls
          + " control characters in " + text.length() + " characters read as " + decoded.encoding());
    }
  }

  private static boolean isGzip(byte[] bytes) {
    return startsWith(bytes, 0x1F, 0x8B);
  }

  private static byte[] gunzip(byte[] bytes, long maxBytes) throws RejectedInputException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] unpacked = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (unpacked.length > maxBytes) {
        throw new RejectedInputException(RejectReason.TOO_LARGE,
            "gzip content is larger than the limit of " + maxBytes + " bytes");
      }
      return unpacked;
    } catch (IOException e) {
      throw new RejectedInputException(RejectReason.UNREADABLE, "broken gzip: " + e.getMessage());
    }
  }

  private static String binarySignature(byte[] bytes) {
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (startsWith(bytes, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(bytes, 'P', 'K', 0x03, 0x04)) {
      return "ZIP";
    }
    if (startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
      return "ELF";
    }
    return null;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
