package org.paperscope.common.gazetteer;

import java.util.List;
import java.util.Set;
import org.paperscope.common.match.ArticleText;
import org.paperscope.common.match.ArticleText.Section;
import org.paperscope.common.token.Token;
import org.paperscope.common.token.Tokenizer;

/**
 * Whether a name that foreign states share with Chinese bodies ({@link
 * MinistryDetectorSettings#sharedNames}: 外交部, 国防部, 财政部 …) stands for a foreign body in
 * its context, when no prefix said so: 以色列总理内塔尼亚胡和国防部长加兰特, 陪同普京访华的有外交部部长,
 * 刚果（金）卫生部. Used by {@link MinistryDetector}; immutable and thread-safe.
 */
final class ForeignContext {
  /** A foreign cue counts only this many chars before a shared name, in its sentence. */
  private static final int CUE_REACH = 30;
  /** Longest office-holder name read after a title. */
  private static final int MAX_HOLDER_CHARS = 6;
  /** 刚果（金）: the longest bracket read as part of a country's name, in chars inside. */
  private static final int MAX_BRACKET_CHARS = 4;
  /** Longest foreign cue looked for before such a bracket. */
  private static final int MAX_CUE_CHARS = 12;

  private final List<String> cues;
  private final List<String> anchors;
  private final Set<String> blocking;
  private final String transliteration;

  ForeignContext(MinistryDetectorSettings settings) {
    this.cues = settings.foreignCues();
    this.anchors = settings.chineseAnchors();
    this.blocking = Set.copyOf(settings.blockingPrefixes());
    this.transliteration = settings.transliterationChars();
  }

  /**
   * Whether a shared name (外交部, 国防部 …) stands for a foreign body by its context: the cue that
   * says so, the name itself when the article already used it for a foreign body, or null.
   *
   * <ol>
   *   <li>In its sentence, before the name and at most {@link #CUE_REACH} chars away, the nearer of
   *       a foreign cue (以色列, 总统, 访华的有 …) and a Chinese anchor (中国, 国务委员, 中共中央 …)
   *       decides, the anchor on a tie; an anchor inside or right after a cue is none (美国国务院,
   *       发展中国家). 商务部发布《美国履行世贸组织规则情况报告》 is Chinese (the cue is after the
   *       name); 李希会见古巴国家主席特使、外交部长罗德里格斯 is foreign.
   *   <li>A country abbreviation before the name ({@link #countryAbbreviation}).
   *   <li>For a bare minister title (外交部长、国防部长等留任), a cue and no anchor in the sentence
   *       before.
   *   <li>A transliterated office holder after the title (国防部长加兰特).
   *   <li>The article's earlier foreign use of the same name (俄罗斯国防部 … 国防部会议).
   * </ol>
   */
  String judge(ArticleText text, Section section, int index, int start, int end, String surface,
      Tokenizer memo, Set<String> foreignNames) {
    String part = text.text(section, index);
    int[] span = sentenceSpan(part, start);
    String sentence = part.substring(span[0], span[1]);
    int at = start - span[0];
    Nearest cue = nearestBefore(sentence, at, cues, List.of(), CUE_REACH);
    Nearest anchor = nearestBefore(sentence, at, anchors, cues, CUE_REACH);
    if (cue != null && (anchor == null || cue.distance() < anchor.distance())) {
      return cue.text();
    }
    if (anchor != null) {
      return null;
    }
    String abbreviation = countryAbbreviation(memo, section, part, span[0], start);
    if (abbreviation != null) {
      return abbreviation;
    }
    if (span[0] > 0 && part.startsWith("长", end)) {
      // 希腊总理米佐塔基斯14日改组内阁。外交部长、国防部长等留任: for a bare minister title the
      // sentence before tells (a Chinese body reacting to foreign news keeps its own name)
      int[] previous = sentenceSpan(part, span[0] - 1);
      String before = part.substring(previous[0], previous[1]);
      Nearest previousCue = nearestBefore(before, before.length(), cues, List.of(),
          Integer.MAX_VALUE);
      Nearest previousAnchor = nearestBefore(before, before.length(), anchors, cues,
          Integer.MAX_VALUE);
      if (previousCue != null && previousAnchor == null) {
        return previousCue.text();
      }
    }
    String translit = transliteratedHolder(part, end);
    if (translit != null) {
      return translit;
    }
    return foreignNames.contains(surface) ? surface : null;
  }

  /**
   * 美公布新财年预算计划国防部预算猛增: in a headline or sub-heading, a one-char country abbreviation
   * of {@link MinistryDetectorSettings#blockingPrefixes} standing as a distinguishing-word token
   * (HanLP tag b) before the name, as "abbr:美"; in body text only two of them in a row (俄美两国外长
   * 和国防部长), since one alone is often a surname (韩保江) or part of a place name (沙颍河).
   * Else null.
   */
  private String countryAbbreviation(Tokenizer memo, Section section, String part, int sentenceStart,
      int nameStart) {
    // the window the term detector tokenized ends at the name's clause; a fresh segmentation of
    // the sentence up to the name is cheap and only done for shared names
    boolean heading = section != Section.BODY;
    Token previous = null;
    for (Token t : memo.tokenize(part.substring(sentenceStart, nameStart))) {
      if (abbreviation(t)) {
        if (heading) {
          return "abbr:" + t.text();
        }
        if (previous != null && abbreviation(previous) && previous.end() == t.start()) {
          return "abbr:" + previous.text() + t.text();
        }
      }
      previous = t;
    }
    return null;
  }

  /**
   * 国防部长加兰特, 财政部长耶伦: the office holder named right after the title, when it starts with
   * at least two chars that transliterations use
   * ({@link MinistryDetectorSettings#transliterationChars}), as "holder:加兰特"; else null
   * (外交部长王毅, 财政部部长蓝佛安).
   */
  private String transliteratedHolder(String part, int end) {
    int i = end;
    if (part.startsWith("部长", i - 1)) {
      i += 1;
    } else if (part.startsWith("长", i)) {
      i += 1;
    } else if (part.startsWith("部长", i)) {
      i += 2;
    } else {
      return null;
    }
    int from = i;
    while (i < part.length() && i - from < MAX_HOLDER_CHARS
        && Character.UnicodeScript.of(part.charAt(i)) == Character.UnicodeScript.HAN) {
      i++;
    }
    int k = from;
    while (k < i && transliteration.indexOf(part.charAt(k)) >= 0) {
      k++;
    }
    return k - from < 2 ? null : "holder:" + part.substring(from, k);
  }

  /**
   * The needle that ends nearest before the name at {@code at}, at most {@code reach} chars away,
   * or null. An occurrence inside or right after one of {@code masks} does not count: 中国 in
   * 发展中国家, 国务院 in 美国国务院.
   */
  private static Nearest nearestBefore(String sentence, int at, List<String> needles,
      List<String> masks, int reach) {
    Nearest best = null;
    for (String n : needles) {
      for (int i = sentence.lastIndexOf(n, at - n.length()); i >= 0;
          i = i == 0 ? -1 : sentence.lastIndexOf(n, i - 1)) {
        int distance = at - (i + n.length());
        if (distance > reach || (best != null && distance >= best.distance())) {
          break;
        }
        if (!masked(sentence, i, i + n.length(), masks)) {
          best = new Nearest(n, distance);
          break;
        }
      }
    }
    return best;
  }

  /** Whether [start, end) lies inside an occurrence of a mask or right after one. */
  private static boolean masked(String sentence, int start, int end, List<String> masks) {
    for (String m : masks) {
      for (int i = sentence.indexOf(m, Math.max(0, start - m.length())); i >= 0 && i <= start;
          i = sentence.indexOf(m, i + 1)) {
        int mEnd = i + m.length();
        if (mEnd == start || (i <= start && end <= mEnd)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An occurrence of a cue or anchor and its distance in chars from the name. */
  private record Nearest(String text, int distance) {}

  private boolean abbreviation(Token t) {
    return t.text().length() == 1 && blocking.contains(t.text()) && t.pos().equals("b");
  }

  /** Whether a place-name token is foreign: it contains a foreign cue (以色列, 刚果). */
  boolean isForeignPlace(String token) {
    return containsAny(token, cues);
  }

  /** 刚果（金）卫生部: the country before a bracket right before the name, or null. */
  String bracketedCountry(String part, int start) {
    if (start == 0 || (part.charAt(start - 1) != '）' && part.charAt(start - 1) != ')')) {
      return null;
    }
    int open = Math.max(part.lastIndexOf('（', start - 1), part.lastIndexOf('(', start - 1));
    if (open <= 0 || start - 1 - open > MAX_BRACKET_CHARS) {
      return null;
    }
    String head = part.substring(Math.max(0, open - MAX_CUE_CHARS), open);
    for (String cue : cues) {
      if (head.endsWith(cue)) {
        return part.substring(open - cue.length(), start);
      }
    }
    return null;
  }

  private static boolean containsAny(String text, List<String> needles) {
    return firstContained(text, needles) != null;
  }

  private static String firstContained(String text, List<String> needles) {
    for (String n : needles) {
      if (text.contains(n)) {
        return n;
      }
    }
    return null;
  }

  /** The span of the sentence ({@link Sentences}) of {@code part} around offset {@code at}. */
  private static int[] sentenceSpan(String part, int at) {
    for (int[] span : Sentences.spans(part)) {
      if (at < span[1]) {
        return span;
      }
    }
    return new int[] {0, part.length()};
  }
}
