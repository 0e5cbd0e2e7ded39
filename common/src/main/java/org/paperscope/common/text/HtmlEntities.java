package org.paperscope.common.text;

import java.util.Map;

/** Decodes the HTML entities that leak into scraped newspaper text. */
final class HtmlEntities {
  /** Longest entity body we look at ({@code #x1F600} or a name such as {@code hellip}). */
  static final int MAX_NAME_CHARS = 10;

  private static final Map<String, Integer> NAMED = Map.ofEntries(
      Map.entry("nbsp", 0x00A0), Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'),
      Map.entry("gt", (int) '>'), Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''),
      Map.entry("ldquo", 0x201C), Map.entry("rdquo", 0x201D), Map.entry("lsquo", 0x2018),
      Map.entry("rsquo", 0x2019), Map.entry("mdash", 0x2014), Map.entry("ndash", 0x2013),
      Map.entry("hellip", 0x2026), Map.entry("middot", 0x00B7), Map.entry("times", 0x00D7),
      Map.entry("divide", 0x00F7), Map.entry("deg", 0x00B0), Map.entry("yen", 0x00A5),
      Map.entry("copy", 0x00A9), Map.entry("reg", 0x00AE), Map.entry("bull", 0x2022),
      Map.entry("ensp", 0x2002), Map.entry("emsp", 0x2003), Map.entry("thinsp", 0x2009),
      Map.entry("zwj", 0x200D), Map.entry("zwnj", 0x200C), Map.entry("laquo", 0x00AB),
      Map.entry("raquo", 0x00BB), Map.entry("permil", 0x2030), Map.entry("plusmn", 0x00B1));

  private HtmlEntities() {}

  /** The code point of {@code &body;}, or -1 when {@code body} is not an entity we know. */
  static int decode(String body) {
    if (body.length() > MAX_NAME_CHARS) {
      return -1;
    }
    if (body.charAt(0) != '#') {
      Integer named = NAMED.get(body);
      return named == null ? -1 : named;
    }
    boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
    String digits = body.substring(hex ? 2 : 1);
    if (digits.isEmpty()) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(i), hex ? 16 : 10);
      if (d < 0) {
        return -1;
      }
      value = value * (hex ? 16 : 10) + d;
      if (value > Character.MAX_CODE_POINT) {
        return -1;
      }
    }
    boolean surrogate = value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE;
    return value == 0 || surrogate ? -1 : value;
  }
}
