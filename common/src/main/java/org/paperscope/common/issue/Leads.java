package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Leads and bylines at the start of an article: {@code **本报讯**}, {@code **本报记者 张琪玮**},
 * {@code **央视网消息**（新闻联播）：}, {@code **本报讯**（记者 张三）}.
 */
final class Leads {
  /** Longest roles first, so 本报记者 wins over 记者. */
  private static final List<String> ROLES = List.of(
      "本报特约记者", "本报实习记者", "本报见习记者", "本报通讯员", "本报记者", "特约记者", "实习记者",
      "见习记者", "通讯员", "记者");
  /** Leads recognised even without bold, at the very start of an article's first paragraph. */
  private static final List<String> PLAIN_LEADS = List.of("央视网消息", "本报讯");
  private static final Pattern BYLINE_SEPARATORS = Pattern.compile("[\\s\u3000、，,/]+");
  private static final int MAX_LEAD_CHARS = 40;
  private static final int MAX_NEWS_LEAD_CHARS = 8;
  private static final int MAX_DATELINE_CHARS = 20;
  private static final int MAX_QUALIFIER_CHARS = 30;
  /** 本报北京3月7日电 / 新华社华盛顿3月7日电 at the start of a line, without bold. */
  private static final Pattern PLAIN_DATELINE = Pattern.compile("\\p{IsHan}{0,12}?[0-9]{1,2}月[0-9]{1,2}日电");
  /** The news agency that opens a dateline: 新华社, 中新社. */
  private static final Pattern AGENCY = Pattern.compile("\\p{IsHan}{1,6}?社");
  private static final String OWN_PAPER = "本报";
  /** Web outlets that sign datelines without 社 (人民网北京3月7日电). */
  private static final List<String> OUTLETS = List.of("中国新闻网", "人民网", "新华网", "央视网", "中新网");

  private Leads() {}

  /**
   * A lead or byline found at the start of a line.
   *
   * @param leadType  本报讯, 央视网消息, or the first byline role (本报记者); null for a pure byline
   *                  after a lead
   * @param reporters names from the byline or from a qualifier such as （记者 张三）
   * @param rest      the line after the lead, trimmed (may be empty)
   * @param byline    the bold part named a role (本报记者 …), not a news-agency lead
   * @param dateline  the dateline when the lead is one (新华社北京3月7日电), else null; the lead
   *                  type is then the source it names ({@link #sourceOfDateline})
   */
  record Lead(String leadType, List<String> reporters, String rest, boolean byline, String dateline) {}

  /**
   * Reads a lead or byline at the start of {@code line}, or returns null: a bold one
   * ({@code **本报讯**}, {@code **央视网消息**（新闻联播）：}, {@code **央视网消息（新闻联播）：**}) or one
   * of the well-known leads without bold ({@code 央视网消息（新闻联播）：}).
   */
  static Lead read(String line) {
    String word = null;
    String rest = null;
    if (line.startsWith("**")) {
      int close = line.indexOf("**", 2);
      if (close > 0 && close - 2 <= MAX_LEAD_CHARS) {
        String inner = line.substring(2, close).strip();
        int qualifier = indexOfAny(inner, "（(：:");
        word = qualifier < 0 ? inner : inner.substring(0, qualifier).strip();
        rest = (qualifier < 0 ? "" : inner.substring(qualifier)) + line.substring(close + 2);
        if (readByline(word, new ArrayList<>()) == null && !isLeadWord(word)) {
          word = null;
        }
      }
    }
    if (word == null) {
      // also **央视网消**息（新闻联播）： with the bold cut in the middle
      String plain = Markdown.stripBold(line);
      word = PLAIN_LEADS.stream().filter(lead -> startsWithWord(plain, lead)).findFirst().orElse(null);
      if (word == null) {
        word = plainDateline(plain);
      }
      if (word == null) {
        return null;
      }
      rest = plain.substring(word.length());
    }
    List<String> reporters = new ArrayList<>();
    String role = readByline(word, reporters);
    if (role == null && !isLeadWord(word)) {
      return null;
    }
    rest = Markdown.stripBold(rest).strip();
    if (rest.startsWith("(") || rest.startsWith("（")) {
      int end = indexOfAny(rest.substring(0, Math.min(rest.length(), MAX_QUALIFIER_CHARS)), ")）");
      if (end > 0) {
        readByline(rest.substring(1, end).strip(), reporters);
        rest = rest.substring(end + 1).strip();
      }
    }
    while (!rest.isEmpty() && "：:，,".indexOf(rest.charAt(0)) >= 0) {
      rest = rest.substring(1).strip();
    }
    String dateline = role == null && isDateline(word) ? word : null;
    String leadType = role != null ? role : dateline != null ? sourceOfDateline(dateline) : word;
    return new Lead(leadType, reporters, rest, role != null, dateline);
  }

  private static String plainDateline(String line) {
    java.util.regex.Matcher m = PLAIN_DATELINE.matcher(line);
    return m.lookingAt() ? m.group() : null;
  }

  private static boolean isDateline(String word) {
    return word.endsWith("日电") || word.endsWith("社电");
  }

  /**
   * The source a dateline names, which is what the lead-type split counts: 本报北京3月7日电 → 本报,
   * 新华社北京3月7日电 → 新华社, 人民网北京3月7日电 → 人民网; a dateline without a known source
   * (北京3月7日电) stays whole.
   */
  static String sourceOfDateline(String dateline) {
    if (dateline.startsWith(OWN_PAPER)) {
      return OWN_PAPER;
    }
    for (String outlet : OUTLETS) {
      if (dateline.startsWith(outlet)) {
        return outlet;
      }
    }
    java.util.regex.Matcher agency = AGENCY.matcher(dateline);
    return agency.lookingAt() ? agency.group() : dateline;
  }

  private static boolean startsWithWord(String line, String word) {
    return line.startsWith(word)
        && (line.length() == word.length() || "（(：: ".indexOf(line.charAt(word.length())) >= 0);
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * 本报讯, 央视网消息, 新华社北京6月1日电: short and ending in 讯 / 消息 / 日电 / 社电. A bold
   * sub-title such as 习近平同缅甸领导人敏昂莱就中缅建交75周年互致贺电 is too long to be a lead.
   */
  static boolean isLeadWord(String word) {
    int length = word.codePointCount(0, word.length());
    return (word.endsWith("讯") && length <= MAX_NEWS_LEAD_CHARS)
        || (word.endsWith("消息") && length <= MAX_NEWS_LEAD_CHARS)
        || ((word.endsWith("日电") || word.endsWith("社电")) && length <= MAX_DATELINE_CHARS);
  }

  /** True when the line starts with a well-known lead (央视网消息（新闻联播）：, 本报讯). */
  static boolean startsWithPlainLead(String line) {
    String plain = Markdown.stripBold(line.length() > MAX_LEAD_CHARS ? line.substring(0, MAX_LEAD_CHARS) : line);
    return PLAIN_LEADS.stream().anyMatch(lead -> startsWithWord(plain, lead));
  }

  /**
   * Reads {@code 本报记者 张三 李四} / {@code 本报记者 张三 本报通讯员 李四} / {@code 记者 张三、李四}:
   * adds the names to {@code reporters} and returns the first role, or null when the text does not
   * start with a role.
   */
  static String readByline(String text, List<String> reporters) {
    String firstRole = null;
    for (String token : BYLINE_SEPARATORS.split(text)) {
      if (token.isEmpty()) {
        continue;
      }
      String role = roleAtStart(token);
      if (role == null && firstRole == null) {
        return null;
      }
      if (role != null) {
        firstRole = firstRole == null ? role : firstRole;
        token = token.substring(role.length());
      }
      if (!token.isEmpty()) {
        reporters.add(token);
      }
    }
    return firstRole;
  }

  private static String roleAtStart(String token) {
    for (String role : ROLES) {
      if (token.startsWith(role)) {
        return role;
      }
    }
    return null;
  }
}
