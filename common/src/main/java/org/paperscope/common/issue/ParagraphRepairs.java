package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.common.text.TextNormalizer;

/**
 * Page-break repairs inside one section: dropping page-overlap duplicates and re-joining a
 * paragraph that a page break cut mid-sentence.
 *
 * <p>Order matters. Duplicates go first, so that a cut paragraph is never joined to its own
 * repeat; then the joins; then duplicates once more, because a join can make a later repeat a
 * substring of the joined paragraph. In the seed, {@code …加快产} / {@code 出标志性产品…(跃文)} /
 * {@code 出标志性产品…(跃文)} loses the repeat first and then joins to {@code 加快产出标志性产品}.
 */
final class ParagraphRepairs {
  /** Prose has clause marks; titles and name lists have none. */
  private static final String CLAUSE_MARKS = "，,。；;！？!?：:";
  /**
   * A cut paragraph has a finished sentence before the cut, or is long, or has several clauses:
   * titles (传承千年友好，共创美好未来) are none of these.
   */
  private static final String SENTENCE_ENDS = "。；;！？!?";
  private static final int LONG_PROSE_CHARS = 50;
  private static final int MIN_CLAUSE_MARKS = 2;
  /** Marks after which a sentence may go on: 打造区域, / 打造区域、 */
  private static final String OPEN_ENDINGS = "，,、";
  /** A paragraph that starts with one of these can only be the rest of a sentence: 走访座 + ,谈 */
  private static final String CONTINUING_STARTS = "，,、。；;";
  private static final int MIN_CUT_CHARS = 10;
  /** Characters that are doubled on purpose (常常, 天天, 人人), so a doubled one at a join stays. */
  private static final String REDUPLICATED =
      "常天人看谢渐年个家步层处时刚仅往纷微悄默稍明轻慢多大小好高早快远久深满红绿白青蓝黄"
          + "匆缓冉滔熊蒸欣勃荡浩茫潺涓袅娓侃谆殷孜兢战生世代声事样条点片次回";

  private ParagraphRepairs() {}

  /** Applies the repairs to the section's paragraphs and adds to its counts. */
  static void repair(Section section, int duplicateMinChars) {
    List<Paragraph> paragraphs = dropDuplicates(section.paragraphs, duplicateMinChars, section);
    paragraphs = joinBreaks(paragraphs, section);
    paragraphs = dropDuplicates(paragraphs, duplicateMinChars, section);
    section.paragraphs.clear();
    section.paragraphs.addAll(paragraphs);
  }

  /**
   * Drops a paragraph that repeats its neighbour: equal to it, or a piece of prose contained in
   * it (a page overlap repeats the end of the paragraph before, or shows the start of the one
   * after). Paragraphs shorter than {@code minChars} always stay, and so does a contained line
   * without clause marks: a title quoted in the paragraph before it (共创中塔关系美好明天) or a
   * news-flash item title that its paragraph repeats is not an overlap.
   */
  static List<Paragraph> dropDuplicates(List<Paragraph> paragraphs, int minChars, Section counts) {
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (Paragraph paragraph : paragraphs) {
      if (!out.isEmpty()) {
        Paragraph previous = out.get(out.size() - 1);
        String prev = previous.text();
        String text = paragraph.text();
        if (text.length() >= minChars && (text.equals(prev) || isProse(text) && prev.contains(text))) {
          counts.duplicatesRemoved++;
          continue;
        }
        if (prev.length() >= minChars && isProse(prev) && text.startsWith(prev)) {
          counts.duplicatesRemoved++;
          out.set(out.size() - 1, paragraph);
          continue;
        }
      }
      out.add(paragraph);
    }
    return out;
  }

  static List<Paragraph> joinBreaks(List<Paragraph> paragraphs, Section counts) {
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (Paragraph paragraph : paragraphs) {
      if (!out.isEmpty() && isCut(out.get(out.size() - 1).text(), paragraph.text())) {
        Paragraph previous = out.get(out.size() - 1);
        out.set(out.size() - 1, previous.withText(join(previous.text(), paragraph.text(), counts)));
        counts.breaksRepaired++;
      } else {
        out.add(paragraph);
      }
    }
    return out;
  }

  /**
   * True when {@code first} was cut by a page break and {@code next} goes on with the sentence:
   * {@code first} is prose that ends without closing punctuation ({@code …走访座}, {@code …区域,}),
   * and {@code next} starts like the middle of a sentence (a character or a comma, not a quote,
   * bracket or list number such as {@code 1.}, {@code 二、}). Titles ({@code 一、千年友谊，源远流长})
   * and signature lines are not prose with a finished sentence, so they are never joined.
   */
  static boolean isCut(String first, String next) {
    if (first.length() < MIN_CUT_CHARS || next.isEmpty() || !isProse(first) || startsListItem(first)) {
      return false;
    }
    if (!containsAny(first, SENTENCE_ENDS) && first.length() < LONG_PROSE_CHARS
        && count(first, CLAUSE_MARKS) < MIN_CLAUSE_MARKS) {
      return false;
    }
    int last = first.codePointBefore(first.length());
    boolean openEnd = TextNormalizer.isHan(last) || isAsciiLetterOrDigit(last) || OPEN_ENDINGS.indexOf(last) >= 0;
    int start = next.codePointAt(0);
    boolean midStart = TextNormalizer.isHan(start) || isAsciiLetterOrDigit(start) || CONTINUING_STARTS.indexOf(start) >= 0;
    return openEnd && midStart && !startsListItem(next);
  }

  /** Joins two halves; a character doubled across the join (区域 + 域行业) is written once. */
  private static String join(String first, String next, Section counts) {
    int last = first.codePointBefore(first.length());
    int start = next.codePointAt(0);
    if (last == start && TextNormalizer.isHan(last) && REDUPLICATED.indexOf(last) < 0) {
      counts.duplicatesRemoved++;
      return first + next.substring(Character.charCount(start));
    }
    return first + next;
  }

  /** 1. / 2、 / 一、 / 十二、 / （三） / (4) at the start. */
  static boolean startsListItem(String text) {
    boolean bracket = text.startsWith("（") || text.startsWith("(");
    int i = bracket ? 1 : 0;
    int start = i;
    boolean digits = false;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || "一二三四五六七八九十".indexOf(text.charAt(i)) >= 0)) {
      digits |= Character.isDigit(text.charAt(i));
      i++;
    }
    if (i == start || i >= text.length()) {
      return false;
    }
    char mark = text.charAt(i);
    if (bracket) {
      return mark == '）' || mark == ')';
    }
    boolean decimal = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    return mark == '、' || (digits && (mark == '.' || mark == '．') && !decimal);
  }

  private static boolean isProse(String text) {
    return containsAny(text, CLAUSE_MARKS);
  }

  private static int count(String text, String chars) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += chars.indexOf(text.charAt(i)) >= 0 ? 1 : 0;
    }
    return n;
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
}
