package org.paperscope.common.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.paperscope.common.gazetteer.ArticleMinistries.Reasons;
import org.paperscope.common.gazetteer.ArticleMinistries.Refusal;
import org.paperscope.common.match.ArticleText;
import org.paperscope.common.match.ArticleText.Section;
import org.paperscope.common.match.TermDetector;
import org.paperscope.common.match.TermDetector.BoundaryConflict;
import org.paperscope.common.match.TermDetector.DetectedHit;
import org.paperscope.common.match.TermDetector.Detection;
import org.paperscope.common.match.TermHit;
import org.paperscope.common.match.TermMatcher;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.Token;
import org.paperscope.common.token.Tokenizer;
import org.paperscope.common.token.TokenizerSettings;

/**
 * Finds the central bodies of the gazetteer named in an article. Candidates and the token check
 * come from the shared {@link TermDetector} (every gazetteer name is a listed surface and is
 * injected into the segmenter's dictionary); on top of it, ministry rules:
 *
 * <ul>
 *   <li><b>Generic departments.</b> A name ending in 部 followed by 门 is the generic "X departments"
 *       and never a body: 各地财政部门, 商务部门, 教育部门, 公安部门, 科技部门. The token check
 *       already refuses these (财政|部门); the rule makes it independent of the segmenter
 *       (财政部门户网站 is the one exception kept). Lists such as 工业和信息化、市场监管、消防救援等部门
 *       name no body because those words are not names.
 *   <li><b>Titles.</b> 外交部长 is segmented as one word, which the token check refuses for
 *       外交部; a name ending in 部 whose only cutting token is the name + 长 counts (a minister is
 *       named, so is the ministry). 财政部部长 and 财政部部署 pass the token check anyway.
 *   <li><b>Foreign and local bodies.</b> A name right after a token of
 *       {@link MinistryDetectorSettings#blockingPrefixes} (美, 俄, 省, 各地, 该国 …) or after a
 *       place-name token (tags ns/nsf) other than the allowed ones (中国, 我国 …) is not a
 *       central Chinese body: 美国财政部, 俄罗斯外交部, 北京市发改委, 欧洲央行.
 *   <li><b>Sub-units.</b> Tokens right after a name that form a short noun phrase ending in a
 *       unit suffix (司, 局, 厅, 中心, 办公室, 研究院, 所 …) are its unit: 工业和信息化部装备工业司 →
 *       工业和信息化部 + 装备工业司; 国家市场监督管理总局缺陷产品召回技术中心 → 国家市场监督管理总局 +
 *       缺陷产品召回技术中心. The phrase must start with a noun (not 召开, 近日, 党组 …), may not run
 *       into another name, and stops at punctuation, prepositions, adverbs, numbers and time words.
 *   <li><b>Time.</b> A name is resolved to the body it meant on the issue date
 *       ({@link MinistryGazetteer#resolve}).
 * </ul>
 *
 * <p>Out of scope: implicit references (部党组, 本部, 该部 inside an article about 工信部), and
 * bodies named only by a pronoun or by "三部门". Instances are immutable and thread-safe.
 */
public final class MinistryDetector {
  private static final Map<MinistryDetectorSettings, MinistryDetector> CACHE =
      new ConcurrentHashMap<>();
  /**
   * The window ends of {@link TermDetector} (sentence ends and clause punctuation), mirrored so that
   * the tokens it computed for a candidate can be looked up again instead of segmenting twice.
   */
  private static final String WINDOW_END = "。！？!?；;\n\r，,、：:（）()“”\"《》【】「」";
  /** A foreign cue counts only this many chars before a shared name, in its sentence. */
  private static final int CUE_REACH = 30;
  /** Longest office-holder name read after a title. */
  private static final int MAX_HOLDER_CHARS = 6;
  /** Chars of text shown either side of a refused candidate. */
  private static final int SNIPPET_CHARS = 12;
  /** 刚果（金）: the longest bracket read as part of a country's name, in chars inside. */
  private static final int MAX_BRACKET_CHARS = 4;
  /** Longest foreign cue looked for before such a bracket. */
  private static final int MAX_CUE_CHARS = 12;
  /** Part-of-speech tags (HanLP natures, by prefix) that end a sub-unit phrase. */
  private static final List<String> UNIT_STOP_TAGS = List.of("w", "p", "u", "d", "r", "m", "q",
      "t", "f", "y", "e", "o", "x");
  /** First tokens that are not a sub-unit: the ministry's own Party group, its leaders. */
  private static final Set<String> NOT_UNIT_START = Set.of("党组", "党委", "机关", "部长", "副部长",
      "领导", "系统", "直属", "有关", "相关", "新闻", "发言人", "官员", "会同", "联合", "部署", "调度");

  /** Tokens that start with the 部 of a ministry name and swallow it (工|信|部党组, 财政部长 …). */
  private static final Set<String> GLUED_AFTER_BU = Set.of("部长", "部党组", "部党委", "部机关",
      "部领导");

  private final MinistryDetectorSettings settings;
  private final MinistryGazetteer gazetteer;
  private final TermMatcher<String> matcher;
  private final Tokenizer tokenizer;
  private final Set<String> blocking;
  private final Set<String> local;
  private final Set<String> shared;
  private final List<String> cues;
  private final List<String> anchors;
  private final Set<String> titleWords;
  private final String transliteration;
  private final Set<String> placeTags;
  private final Set<String> allowedPlaces;
  private final Set<String> glue;
  private final List<String> unitSuffixes;

  private MinistryDetector(MinistryDetectorSettings settings) {
    this.settings = settings;
    this.gazetteer = GazetteerReader.parse(settings.gazetteerText());
    Map<String, String> dictionary = new LinkedHashMap<>();
    for (String name : gazetteer.names()) {
      dictionary.put(name, name);
    }
    this.matcher = TermMatcher.of(dictionary);
    this.tokenizer = HanlpTokenizer.cachedFor(
        new TokenizerSettings(settings.segmenter(), List.copyOf(gazetteer.names())));
    this.blocking = Set.copyOf(settings.blockingPrefixes());
    this.local = Set.copyOf(settings.localPrefixes());
    this.shared = Set.copyOf(settings.sharedNames());
    this.cues = settings.foreignCues();
    this.anchors = settings.chineseAnchors();
    this.titleWords = Set.copyOf(settings.titleWords());
    this.transliteration = settings.transliterationChars();
    this.placeTags = Set.copyOf(settings.placeTags());
    this.allowedPlaces = Set.copyOf(settings.allowedPlaces());
    this.glue = Set.copyOf(settings.prefixGlue());
    List<String> suffixes = new ArrayList<>(settings.unitSuffixes());
    suffixes.sort(Comparator.comparingInt(String::length).reversed());
    this.unitSuffixes = List.copyOf(suffixes);
  }

  /** The detector for {@code settings}, built once per JVM and shared afterwards. */
  public static MinistryDetector cachedFor(MinistryDetectorSettings settings) {
    return CACHE.computeIfAbsent(settings, MinistryDetector::new);
  }

  /** A new, uncached detector. */
  public static MinistryDetector create(MinistryDetectorSettings settings) {
    return new MinistryDetector(settings);
  }

  public MinistryDetectorSettings settings() {
    return settings;
  }

  public MinistryGazetteer gazetteer() {
    return gazetteer;
  }

  /** The bodies named in one article (headline, sub-headings, body) of an issue date. */
  public ArticleMinistries detect(ArticleText article, LocalDate issueDate) {
    MemoTokenizer memo = new MemoTokenizer(tokenizer);
    Detection<String> detection = new TermDetector<>(matcher, memo).detect(article);
    ArticleText text = detection.text();
    SentenceNumbers numbers = new SentenceNumbers(text);
    Map<String, Set<Integer>> hitStarts = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (DetectedHit<String> h : detection.hits()) {
      hitStarts.computeIfAbsent(h.section() + "/" + h.sectionIndex(), k -> new HashSet<>())
          .add(h.hit().start());
      candidates.add(new Candidate(h.section(), h.sectionIndex(), h.hit(), null));
    }
    for (BoundaryConflict<String> c : detection.conflicts()) {
      candidates.add(new Candidate(c.section(), c.sectionIndex(), c.candidate(), c.segmentation()));
    }
    candidates.sort(Comparator.comparing(Candidate::section).thenComparingInt(Candidate::index)
        .thenComparingInt(c -> c.hit().start()));
    Judgement judgement = new Judgement(text, issueDate, memo, numbers);
    for (Candidate c : candidates) {
      String part = text.text(c.section(), c.index());
      if (c.segmentation() == null) {
        judge(judgement, c, Glued.NONE, hitStarts.get(c.section() + "/" + c.index()));
        continue;
      }
      Glued glued = glued(part, c.hit(), memo);
      if (glued == Glued.NONE) {
        judgement.refuse(c, Reasons.BOUNDARY, c.segmentation());
      } else {
        judge(judgement, c, glued, Set.of());
      }
    }
    judgement.mentions.sort(Comparator.comparingInt(MinistryMention::sentenceIndex)
        .thenComparing(MinistryMention::section)
        .thenComparingInt(MinistryMention::sectionIndex)
        .thenComparingInt(MinistryMention::start));
    return new ArticleMinistries(judgement.mentions, numbers.count(), judgement.refused);
  }

  /** A candidate name: a confirmed hit ({@code segmentation} null) or a boundary conflict. */
  private record Candidate(Section section, int index, TermHit<String> hit, String segmentation) {}

  /** The state of one article's judgement: what was kept, refused, and used for a foreign body. */
  private static final class Judgement {
    final ArticleText text;
    final LocalDate issueDate;
    final MemoTokenizer memo;
    final SentenceNumbers numbers;
    final List<MinistryMention> mentions = new ArrayList<>();
    final List<Refusal> refused = new ArrayList<>();
    /** Shared names this article already used for a foreign body (俄罗斯国防部 … 国防部会议). */
    final Set<String> foreignNames = new HashSet<>();

    Judgement(ArticleText text, LocalDate issueDate, MemoTokenizer memo, SentenceNumbers numbers) {
      this.text = text;
      this.issueDate = issueDate;
      this.memo = memo;
      this.numbers = numbers;
    }

    void refuse(Candidate c, String reason, String context) {
      String part = text.text(c.section(), c.index());
      refused.add(new Refusal(c.hit().surface(), reason, context,
          snippet(part, c.hit().start(), c.hit().end())));
      if (reason.equals(Reasons.FOREIGN) || reason.equals(Reasons.FOREIGN_CONTEXT)) {
        foreignNames.add(c.hit().surface());
      }
    }
  }

  private void judge(Judgement j, Candidate c, Glued glued, Set<Integer> otherStarts) {
    TermHit<String> hit = c.hit();
    String part = j.text.text(c.section(), c.index());
    int start = hit.start();
    int end = hit.end();
    if (hit.surface().endsWith("部") && end < part.length() && part.charAt(end) == '门'
        && !part.startsWith("门户", end)) {
      j.refuse(c, Reasons.GENERIC, hit.surface() + "门");
      return;
    }
    int[] bounds = sentenceAround(part, start, end);
    List<Token> tokens = j.memo.tokenize(part.substring(bounds[0], bounds[1]));
    int s = start - bounds[0];
    int e = end - bounds[0];
    int before = -1;
    int after = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() == s) {
        before = i;
      }
      if (t.start() == e && after < 0) {
        after = i;
      }
    }
    // Walk left over glue (兼, 副总理, 公共, 前 …) to the token that decides: 巴基斯坦副总理兼外交部长;
    // a glue token that is itself foreign (联邦) decides on the way.
    while (before >= 0) {
      Token prefix = tokens.get(before);
      String refusal = prefixRefusal(prefix);
      if (refusal != null) {
        j.refuse(c, refusal, prefix.text() + "/" + prefix.pos());
        return;
      }
      if (!glue.contains(prefix.text())) {
        break;
      }
      before--;
    }
    String bracketed = bracketedCountry(part, start);
    if (bracketed != null) {
      j.refuse(c, Reasons.FOREIGN, bracketed);
      return;
    }
    if (shared.contains(hit.surface())) {
      String refusal = foreignContext(j, c);
      if (refusal != null) {
        j.refuse(c, refusal.equals(hit.surface()) ? Reasons.FOREIGN_REPEAT
            : Reasons.FOREIGN_CONTEXT, refusal);
        return;
      }
    }
    boolean title = glued == Glued.TITLE
        || (after >= 0 && titleWords.contains(tokens.get(after).text()));
    String unit = glued != Glued.NONE || title || after < 0 ? null
        : unit(tokens, after, bounds[0], otherStarts == null ? Set.of() : otherStarts);
    Ministry ministry = gazetteer.resolve(hit.payload(), j.issueDate).orElseThrow(
        () -> new IllegalStateException("Matcher name '" + hit.payload() + "' not in gazetteer"));
    j.mentions.add(new MinistryMention(ministry, hit.surface(), unit,
        kind(ministry, hit.surface(), title, unit, j.issueDate), c.section(), c.index(),
        j.numbers.of(c.section(), c.index(), start), start, end));
  }

  /**
   * Whether a shared name (外交部, 国防部 …) stands for a foreign body by its context: the cue that
   * says so, the name itself when the article already used it for a foreign body, or null.
   *
   * <p>In its sentence, the nearer of a foreign cue (以色列, 总统, 访华的有 …) and a Chinese anchor
   * (中国, 国务委员, 中共中央 …) before the name and at most {@link #CUE_REACH} chars away decides,
   * the anchor on a tie (an anchor inside or right after a cue is none: 美国国务院, 发展中国家) (商务部发布《美国履行世贸组织规则》 is Chinese,
   * 李希会见古巴国家主席特使、外交部长罗德里格斯 is foreign). Without either: a transliterated office
   * holder after the title (国防部长加兰特), then the article's earlier foreign use of the same
   * name (俄罗斯国防部 … 国防部会议).
   */
  private String foreignContext(Judgement j, Candidate c) {
    String part = j.text.text(c.section(), c.index());
    int[] span = sentenceSpan(part, c.hit().start());
    String sentence = part.substring(span[0], span[1]);
    int at = c.hit().start() - span[0];
    int len = c.hit().end() - c.hit().start();
    Nearest cue = nearestBefore(sentence, at, cues, List.of(), CUE_REACH);
    Nearest anchor = nearestBefore(sentence, at, anchors, cues, CUE_REACH);
    if (cue != null && (anchor == null || cue.distance() < anchor.distance())) {
      return cue.text();
    }
    if (anchor != null) {
      return null;
    }
    String abbreviation = countryAbbreviation(j, c.section(), part, span[0], c.hit().start());
    if (abbreviation != null) {
      return abbreviation;
    }
    if (span[0] > 0 && part.startsWith("长", c.hit().end())) {
      // 希腊总理米佐塔基斯14日改组内阁。外交部长、国防部长等留任: for a bare minister title the
      // sentence before tells (a Chinese body reacting to foreign news keeps its own name)
      int[] previous = sentenceSpan(part, span[0] - 1);
      String before = part.substring(previous[0], previous[1]);
      Nearest previousCue = nearestBefore(before, before.length(), cues, List.of(), Integer.MAX_VALUE);
      Nearest previousAnchor = nearestBefore(before, before.length(), anchors, cues,
          Integer.MAX_VALUE);
      if (previousCue != null && previousAnchor == null) {
        return previousCue.text();
      }
    }
    String translit = transliteratedHolder(part, c.hit().end());
    if (translit != null) {
      return translit;
    }
    return j.foreignNames.contains(c.hit().surface()) ? c.hit().surface() : null;
  }

  /**
   * 美公布新财年预算计划国防部预算猛增: in a headline or sub-heading, a one-char country abbreviation
   * of {@link MinistryDetectorSettings#blockingPrefixes} standing as a distinguishing-word token
   * (HanLP tag b) before the name, as "abbr:美"; in body text only two of them in a row (俄美两国外长
   * 和国防部长), since one alone is often a surname (韩保江) or part of a place name (沙颍河).
   * Else null.
   */
  private String countryAbbreviation(Judgement j, Section section, String part, int sentenceStart,
      int nameStart) {
    // the window the term detector tokenized ends at the name's clause; a fresh segmentation of
    // the sentence up to the name is cheap and only done for shared names
    boolean heading = section != Section.BODY;
    Token previous = null;
    for (Token t : j.memo.tokenize(part.substring(sentenceStart, nameStart))) {
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

  /** The kind of a kept mention; validity first, so that 卫生部部长 in 2024 is historical. */
  private static MentionKind kind(Ministry ministry, String surface, boolean title, String unit,
      LocalDate date) {
    if (date != null && !ministry.validOn(date)) {
      return ministry.validTo() != null && !date.isBefore(ministry.validTo())
          ? MentionKind.HISTORICAL : MentionKind.PLANNED;
    }
    if (title) {
      return MentionKind.TITLE;
    }
    if (unit != null) {
      return MentionKind.UNIT;
    }
    return surface.equals(ministry.canonicalName()) ? MentionKind.NAME : MentionKind.ALIAS;
  }

  /** The refusal reason a prefix token gives (foreign or local), or null when it does not block. */
  private String prefixRefusal(Token prefix) {
    String t = prefix.text();
    if (blocking.contains(t)) {
      return Reasons.FOREIGN;
    }
    if (local.contains(t)) {
      return Reasons.LOCAL;
    }
    if (placeTags.contains(prefix.pos()) && !allowedPlaces.contains(t)) {
      return containsAny(t, cues) ? Reasons.FOREIGN : Reasons.LOCAL;
    }
    return null;
  }

  /** 刚果（金）卫生部: the country before a bracket right before the name, or null. */
  private String bracketedCountry(String part, int start) {
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

  /** About a dozen chars either side of a candidate, the name in brackets. */
  static String snippet(String part, int start, int end) {
    String s = part.substring(Math.max(0, start - SNIPPET_CHARS), start) + "["
        + part.substring(start, end) + "]"
        + part.substring(end, Math.min(part.length(), end + SNIPPET_CHARS));
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  /** How a name the segmenter cut is glued to what follows it. */
  private enum Glued {
    /** Not glued to a title or the ministry's own Party group: a real boundary conflict. */
    NONE,
    /** 外交部长 (one token): a minister is named. */
    TITLE,
    /** 工|信|部党组: the ministry's own Party group, leaders or offices. */
    OWN_ORGAN
  }

  /**
   * A refused name ending in 部 that the segmenter glued to a title or to the ministry's Party
   * group: 外交部长 (one token), 工信部党组 (工|信|部党组). The start edge must be a token boundary.
   */
  private static Glued glued(String part, TermHit<String> hit, MemoTokenizer memo) {
    if (!hit.surface().endsWith("部")) {
      return Glued.NONE;
    }
    int[] bounds = sentenceAround(part, hit.start(), hit.end());
    int s = hit.start() - bounds[0];
    int last = hit.end() - 1 - bounds[0];
    boolean startClean = false;
    Token cutting = null;
    for (Token t : memo.tokenize(part.substring(bounds[0], bounds[1]))) {
      if (t.start() == s) {
        startClean = true;
      }
      if (t.start() <= last && last < t.end()) {
        cutting = t;
      }
    }
    if (!startClean || cutting == null) {
      return Glued.NONE;
    }
    if (cutting.start() == s && cutting.text().equals(hit.surface() + "长")) {
      return Glued.TITLE;
    }
    if (cutting.start() == last && GLUED_AFTER_BU.contains(cutting.text())) {
      return cutting.text().equals("部长") ? Glued.TITLE : Glued.OWN_ORGAN;
    }
    return Glued.NONE;
  }

  /** The sub-unit phrase starting at token {@code first}, or null. */
  private String unit(List<Token> tokens, int first, int offset, Set<Integer> otherStarts) {
    Token head = tokens.get(first);
    if (NOT_UNIT_START.contains(head.text()) || !nounLike(head.pos())) {
      return null;
    }
    StringBuilder phrase = new StringBuilder();
    for (int i = first; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (otherStarts.contains(t.start() + offset)) {
        return null;
      }
      boolean conjunction = t.pos().startsWith("c") && (t.text().equals("与")
          || t.text().equals("和") || t.text().equals("及"));
      if (stops(t.pos()) || (t.pos().startsWith("c") && !conjunction)) {
        return null;
      }
      phrase.append(t.text());
      if (phrase.length() > settings.unitMaxChars()) {
        return null;
      }
      if (endsWithSuffix(t.text()) && !continues(tokens, i + 1)) {
        return phrase.toString();
      }
    }
    return null;
  }

  /** 中心 followed by 组 (学习中心组) is not the end of a unit name. */
  private static boolean continues(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(next);
    return t.text().length() == 1 && (t.pos().startsWith("n") || t.pos().startsWith("q")
        || t.pos().equals("k"));
  }

  private boolean endsWithSuffix(String token) {
    for (String suffix : unitSuffixes) {
      if (token.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nounLike(String pos) {
    return pos.startsWith("n") || pos.equals("vn") || pos.startsWith("b") || pos.equals("j")
        || pos.startsWith("g");
  }

  private static boolean stops(String pos) {
    for (String tag : UNIT_STOP_TAGS) {
      if (pos.startsWith(tag)) {
        return true;
      }
    }
    return pos.isEmpty();
  }

  /** The same window the term detector tokenizes, so its tokens can be reused. */
  private static int[] sentenceAround(String text, int start, int end) {
    int from = start;
    while (from > 0 && WINDOW_END.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < text.length() && WINDOW_END.indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return new int[] {from, to};
  }

  /** Remembers the sentences the term detector tokenized during one article. */
  private static final class MemoTokenizer implements Tokenizer {
    private final Tokenizer delegate;
    private final Map<String, List<Token>> seen = new HashMap<>();

    MemoTokenizer(Tokenizer delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<Token> tokenize(String text) {
      return seen.computeIfAbsent(text, delegate::tokenize);
    }

    @Override
    public TokenizerSettings settings() {
      return delegate.settings();
    }
  }

  /** Numbers the sentences of an article: headline, sub-headings, then body sentences. */
  private static final class SentenceNumbers {
    private final int headline;
    private final int[] subheadings;
    private final List<int[]> bodySpans;
    private final int bodyBase;

    SentenceNumbers(ArticleText text) {
      int next = 0;
      headline = text.headline().isBlank() ? -1 : next++;
      subheadings = new int[text.subheadings().size()];
      for (int i = 0; i < subheadings.length; i++) {
        subheadings[i] = text.subheadings().get(i).isBlank() ? -1 : next++;
      }
      bodySpans = Sentences.spans(text.body());
      bodyBase = next;
    }

    int count() {
      return bodyBase + bodySpans.size();
    }

    int of(Section section, int index, int offset) {
      switch (section) {
        case HEADLINE:
          return headline;
        case SUBHEADING:
          return subheadings[index];
        case BODY:
          for (int i = 0; i < bodySpans.size(); i++) {
            if (offset < bodySpans.get(i)[1]) {
              return bodyBase + i;
            }
          }
          return bodyBase + bodySpans.size() - 1;
        default:
          throw new IllegalArgumentException("Unknown section " + section);
      }
    }
  }
}
