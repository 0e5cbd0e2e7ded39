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
import org.paperscope.common.token.ClauseWindow;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.MemoTokenizer;
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
 *       {@link MinistryDetectorSettings#blockingPrefixes} (美, 俄, 以, 土, 等国, 联邦 …: foreign) or
 *       {@link MinistryDetectorSettings#localPrefixes} (省, 各地 …: local), or after a place-name
 *       token (tags ns/nsf) other than the allowed ones (中国, 我国 …), looking through glue tokens,
 *       is not a central Chinese body: 美国财政部, 以国防部长, 卡塔尔等国外交部, 联邦副总理兼财政部长,
 *       韩国国土交通部, 北京市发改委, 欧洲央行; nor is one after a bracketed country (刚果（金）卫生部).
 *   <li><b>Shared names in foreign context.</b> A name foreign states also use
 *       ({@link MinistryDetectorSettings#sharedNames}: 外交部, 国防部 …) is judged by its sentence
 *       ({@link ForeignContext}): 陪同普京访华的有外交部部长, 以色列总理和国防部长加兰特 and a bare
 *       repeat after 俄罗斯国防部 are foreign; 中共中央政治局委员、外交部长王毅 is Chinese.
 *   <li><b>Kinds.</b> Every kept mention has a {@link MentionKind}: historical or planned when the
 *       body did not exist on the issue date (卫生部 in 2024 is not 国家卫健委), else title
 *       (外交部长王毅, 全国政协委员), unit, alias or name.
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
  /** Chars of text shown either side of a refused candidate. */
  private static final int SNIPPET_CHARS = 12;
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
  /** The names forced into the lattice: the second opinion on a name cut at its end only. */
  private final Tokenizer forced;
  private final Set<String> blocking;
  private final Set<String> local;
  private final Set<String> shared;
  private final ForeignContext foreign;
  private final Set<String> titleWords;
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
    this.forced = HanlpTokenizer.cachedFor(
        new TokenizerSettings(settings.segmenter(), List.copyOf(gazetteer.names()), true));
    this.blocking = Set.copyOf(settings.blockingPrefixes());
    this.local = Set.copyOf(settings.localPrefixes());
    this.shared = Set.copyOf(settings.sharedNames());
    this.foreign = new ForeignContext(settings);
    this.titleWords = Set.copyOf(settings.titleWords());
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
    // 国家|发展|改|革委会|同: a core word glued to the name's last char; forcing the names gives
    // 国家发展改革委|会同. Only such trailing cuts are rescued (TermDetector.Rescue).
    Detection<String> detection = new TermDetector<>(matcher, memo, forced,
        TermDetector.Rescue.TRAILING_CUT_BEFORE_A_WORD).detect(article);
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
    // The window the term detector segmented: the memo hands out its tokens again.
    ClauseWindow window = ClauseWindow.around(part, start, end);
    List<Token> tokens = window.tokens(j.memo);
    int s = window.local(start);
    int e = window.local(end);
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
    String bracketed = foreign.bracketedCountry(part, start);
    if (bracketed != null) {
      j.refuse(c, Reasons.FOREIGN, bracketed);
      return;
    }
    if (shared.contains(hit.surface())) {
      String refusal = foreign.judge(j.text, c.section(), c.index(), start, end, hit.surface(),
          j.memo, j.foreignNames);
      if (refusal != null) {
        j.refuse(c, refusal.equals(hit.surface()) ? Reasons.FOREIGN_REPEAT
            : Reasons.FOREIGN_CONTEXT, refusal);
        return;
      }
    }
    boolean title = glued == Glued.TITLE
        || (after >= 0 && titleWords.contains(tokens.get(after).text()));
    String unit = glued != Glued.NONE || title || after < 0 ? null
        : unit(tokens, after, window.from(), otherStarts == null ? Set.of() : otherStarts);
    Ministry ministry = gazetteer.resolve(hit.payload(), j.issueDate).orElseThrow(
        () -> new IllegalStateException("Matcher name '" + hit.payload() + "' not in gazetteer"));
    j.mentions.add(new MinistryMention(ministry, hit.surface(), unit,
        kind(ministry, hit.surface(), title, unit, j.issueDate), c.section(), c.index(),
        j.numbers.of(c.section(), c.index(), start), start, end));
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
      return foreign.isForeignPlace(t) ? Reasons.FOREIGN : Reasons.LOCAL;
    }
    return null;
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
    ClauseWindow window = ClauseWindow.around(part, hit.start(), hit.end());
    int s = window.local(hit.start());
    int last = window.local(hit.end() - 1);
    boolean startClean = false;
    Token cutting = null;
    for (Token t : window.tokens(memo)) {
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
