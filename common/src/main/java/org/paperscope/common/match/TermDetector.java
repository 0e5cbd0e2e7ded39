package org.paperscope.common.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.paperscope.common.match.ArticleText.Section;
import org.paperscope.common.text.TextNormalizer;
import org.paperscope.common.token.ClauseWindow;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.Token;
import org.paperscope.common.token.Tokenizer;
import org.paperscope.common.token.TokenizerSettings;

/**
 * Candidate-then-confirm term detection. The {@link TermMatcher} scans every part of an article
 * and proposes candidates; the {@link Tokenizer} segments only the sentences that hold one and
 * confirms them. One call per article computes all hits of all listed surfaces; the payload says
 * what a hit means (a topic term, a ministry), so the trends and ministries stages share this
 * class.
 *
 * <p><b>The token rule.</b> A candidate {@code [start, end)} is confirmed when neither of its
 * edges falls strictly inside a token of its sentence. Token boundaries inside the candidate are
 * fine (新质生产力 segmented 新质|生产力 is still one hit). An edge is cut when a token starts
 * before it and ends after it, so a token that runs past the candidate on one side refuses it just
 * as one that swallows it whole:
 *
 * <ul>
 *   <li>财政部 in 各地财政部门 (tokens 财政|部门): the end edge falls inside 部门, refused;
 *   <li>财政部 in 财政部部长 (tokens 财政部|部长): both edges on token boundaries, confirmed;
 *   <li>能源 in 新能源汽车 (tokens 新能源|汽车): the start edge falls inside 新能源, refused;
 *   <li>a token such as 工业和信息化部 that covers a listed 信息化 on both sides cuts both edges;
 *       here the longer listed surface is confirmed first and the nested one is not looked at.
 * </ul>
 *
 * <p>An edge whose char is an ASCII letter or digit is judged by the matcher's Latin word-boundary
 * rule instead (HanLP splits Latin runs differently from how they are listed, e.g. {@code 5G-A}
 * into {@code 5|G-A} without a dictionary entry), so an all-Latin candidate needs no tokenizing.
 *
 * <p><b>Selection.</b> Leftmost-longest over the confirmed candidates within each selection group
 * of the matcher ({@link TermMatcher#groupOf}: the topic for term lists, one global group for the
 * gazetteer): when the longest candidate at a position is refused, a shorter confirmed one of its
 * group at the same or a later position can still count; candidates of different groups never hide
 * each other (新能源汽车 and 新能源 are two topics, both count). Refused candidates that overlap no
 * confirmed hit of their own group are reported as {@link BoundaryConflict}s (leftmost-longest
 * among themselves, per group), with the {@link Rule} that refused them: the token check, or the
 * matcher's Latin word-boundary rule (5G in 5GB), so that a term-list change can be judged by how
 * many candidates the rules turn away.
 *
 * <p><b>Other topics' terms in the segmenter.</b> Every listed term is injected into the
 * segmenter's dictionary, so 新能源汽车 or 人工智能+ come out as one token and would cut every nested
 * term of another topic. A token that spells an injected term not of the candidate's own group is
 * therefore split by the same segmenter without any listed term (新能源|汽车, 人工智能|+) before the
 * candidate's edges are judged: 新能源 stands in 新能源汽车, 能源 is still cut by 新能源. This keeps
 * each topic's count what it would be if it were the only topic listed.
 *
 * <p><b>Second opinion.</b> HanLP's default use of a custom dictionary only merges tokens after
 * segmenting with its core dictionary, so new vocabulary is often cut by accident (我|国营|商|环境,
 * 风|电光|伏, 从新|质|生产力). A detector built with a second tokenizer (the same segmenter with the
 * terms forced into its lattice) asks it about the refused candidates its {@link Rescue} policy
 * names (every one for the trends stage, names cut only at their end for the ministries stage) and
 * keeps the candidate when that segmentation respects its edges; such hits are reported as
 * {@code rescued}. Forcing
 * alone is not used because it cuts other words by accident (了无|人机 in 增加了无人机) and it
 * also rescues real conflicts (平|稳增长 for 稳增长 in 平稳增长); the trade-off with corpus figures
 * is in docs/matching.md.
 *
 * <p><b>Window.</b> The tokenizer sees only the {@link ClauseWindow} around a candidate, the
 * stretch of text up to the nearest sentence end or clause punctuation (。！？；，、： brackets,
 * quotes, line breaks), and segments each window once per text. Texts are
 * normalized first ({@link ArticleText#normalized()}); offsets refer to the normalized parts,
 * which equal the stored article text because the parser stores normalized text.
 *
 * @param <P> payload type
 */
public final class TermDetector<P> {
  private static final int START_EDGE = 1;
  private static final int END_EDGE = 2;
  /** Injected terms per tokenizer settings value: few per JVM, like the tokenizers themselves. */
  private static final Map<TokenizerSettings, Set<String>> INJECTED = new ConcurrentHashMap<>();

  private final TermMatcher<P> matcher;
  private final Tokenizer tokenizer;
  private final Tokenizer secondOpinion;
  private final Rescue rescue;
  /** Built on first use: only grouped matchers ever need it. */
  private volatile Tokenizer plain;

  /** A detector whose every refusal is final. */
  public TermDetector(TermMatcher<P> matcher, Tokenizer tokenizer) {
    this(matcher, tokenizer, null);
  }

  /**
   * A detector that asks {@code secondOpinion} about every candidate {@code tokenizer} refuses and
   * keeps it when the second segmentation respects its edges (typically the same segmenter with
   * {@code forceCustomTerms}, see docs/matching.md). Null means no second opinion.
   */
  public TermDetector(TermMatcher<P> matcher, Tokenizer tokenizer, Tokenizer secondOpinion) {
    this(matcher, tokenizer, secondOpinion, Rescue.ANY_CUT);
  }

  /**
   * A detector that asks {@code secondOpinion} about the refused candidates {@code rescue} names
   * and keeps one when the second segmentation respects its edges.
   */
  public TermDetector(TermMatcher<P> matcher, Tokenizer tokenizer, Tokenizer secondOpinion,
      Rescue rescue) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.secondOpinion = secondOpinion;
    this.rescue = Objects.requireNonNull(rescue, "rescue");
  }

  /** Which refused candidates the second opinion may keep. */
  public enum Rescue {
    /** Any candidate the first segmentation cuts (the trends stage). */
    ANY_CUT,
    /**
     * Only a candidate whose start is a token boundary and whose end the first segmentation cuts,
     * when the second segmentation goes on with a word of two or more chars (or the clause ends):
     * 国家发展改革委会同… (国家|发展|改|革委会|同 → 国家发展改革委|会同) is kept, 最高法律
     * (最高法|律) and 全国新办 (全|国新办) are not. For names, whose false rescues are short
     * aliases inside longer words (the ministries stage).
     */
    TRAILING_CUT_BEFORE_A_WORD
  }

  /** A confirmed hit and where it is. */
  public record DetectedHit<P>(Section section, int sectionIndex, TermHit<P> hit) {}

  /** The rule that refused a candidate. */
  public enum Rule {
    /** The HanLP token check: a token cuts one of its edges (财政部 in 财政|部门). */
    TOKEN,
    /** The Latin word-boundary rule: it lies inside a longer Latin word (5G in 5GB). */
    LATIN;

    /** The name written to tables: {@code token}, {@code latin}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A candidate a rule refused (or, in {@link Detection#rescued}, that only the second opinion
   * kept).
   *
   * @param candidate    the refused match
   * @param segmentation what refused it: for {@link Rule#TOKEN} the tokens that overlap the
   *                     candidate, joined by {@code |} (财政|部门); for {@link Rule#LATIN} the Latin
   *                     word it lies in ({@code 5GB})
   * @param rule         the rule that refused it
   */
  public record BoundaryConflict<P>(Section section, int sectionIndex, TermHit<P> candidate,
      String segmentation, Rule rule) {}

  /**
   * Everything found in one article.
   *
   * @param text      the normalized article the offsets refer to
   * @param hits      confirmed hits: headline first, then sub-headings, then body, in text order
   * @param conflicts refused candidates, in the same order
   * @param rescued   candidates the first segmentation cut but the second opinion kept (they are
   *                  among {@code hits}); the segmentation is the first one's
   */
  public record Detection<P>(ArticleText text, List<DetectedHit<P>> hits,
      List<BoundaryConflict<P>> conflicts, List<BoundaryConflict<P>> rescued) {
    public Detection {
      hits = List.copyOf(hits);
      conflicts = List.copyOf(conflicts);
      rescued = List.copyOf(rescued);
    }
  }

  /**
   * Hits and conflicts of one text.
   *
   * @param hits          confirmed hits in text order (hits of different groups may overlap)
   * @param refused       refused candidates that overlap no hit of their own group, in text order
   * @param segmentations for each refused candidate, what refused it (the tokens that cut it, or
   *                      the Latin word it lies in)
   * @param rules         for each refused candidate, the rule that refused it
   * @param rescued       hits that only the second opinion confirmed
   * @param rescuedFrom   for each rescued hit, the first segmentation's tokens
   */
  public record TextDetection<P>(List<TermHit<P>> hits, List<TermHit<P>> refused,
      List<String> segmentations, List<Rule> rules, List<TermHit<P>> rescued,
      List<String> rescuedFrom) {}

  /** Detects every listed surface in headline, sub-headings and body of one article. */
  public Detection<P> detect(ArticleText article) {
    ArticleText text = article.normalized();
    List<DetectedHit<P>> hits = new ArrayList<>();
    List<BoundaryConflict<P>> conflicts = new ArrayList<>();
    List<BoundaryConflict<P>> rescued = new ArrayList<>();
    collect(text.headline(), Section.HEADLINE, 0, hits, conflicts, rescued);
    for (int i = 0; i < text.subheadings().size(); i++) {
      collect(text.subheadings().get(i), Section.SUBHEADING, i, hits, conflicts, rescued);
    }
    collect(text.body(), Section.BODY, 0, hits, conflicts, rescued);
    return new Detection<>(text, hits, conflicts, rescued);
  }

  private void collect(String text, Section section, int index, List<DetectedHit<P>> hits,
      List<BoundaryConflict<P>> conflicts, List<BoundaryConflict<P>> rescued) {
    TextDetection<P> found = detectIn(text);
    for (TermHit<P> hit : found.hits()) {
      hits.add(new DetectedHit<>(section, index, hit));
    }
    for (int i = 0; i < found.refused().size(); i++) {
      conflicts.add(new BoundaryConflict<>(section, index, found.refused().get(i),
          found.segmentations().get(i), found.rules().get(i)));
    }
    for (int i = 0; i < found.rescued().size(); i++) {
      rescued.add(new BoundaryConflict<>(section, index, found.rescued().get(i),
          found.rescuedFrom().get(i), Rule.TOKEN));
    }
  }

  /**
   * Detects in one already normalized text.
   *
   * <p>A clause separator (a space between two Chinese characters, kept in broadcast headlines:
   * 以总理称将全速推进战事 巴武装称…) is not a word boundary for matching: candidates and windows
   * are found in the text without those spaces, as if the clauses were glued, and offsets are
   * mapped back to {@code text} (a hit across a separator keeps it in its surface).
   *
   * @return confirmed hits, and refused candidates with the segmentation that refused each
   */
  public TextDetection<P> detectIn(String text) {
    ClauseView view = ClauseView.of(text);
    String glued = view.text();
    TermMatcher.Scan<P> scan = matcher.scan(glued);
    if (scan.candidates().isEmpty() && scan.latinRefused().isEmpty()) {
      return new TextDetection<>(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
    WindowTokens first = new WindowTokens(glued, tokenizer);
    WindowTokens second = secondOpinion == null ? null : new WindowTokens(glued, secondOpinion);
    List<TermHit<P>> accepted = new ArrayList<>();
    List<Refused<P>> refused = new ArrayList<>();
    List<TermHit<P>> rescued = new ArrayList<>();
    List<String> rescuedFrom = new ArrayList<>();
    Map<Object, Integer> lastEnd = new HashMap<>();
    for (TermHit<P> candidate : scan.candidates()) {
      Object group = matcher.groupOf(candidate.payload());
      if (candidate.start() < lastEnd.getOrDefault(group, 0)) {
        continue;
      }
      String cut = first.cut(candidate, group);
      if (cut != null && second != null && rescues(first, second, candidate, group)) {
        rescued.add(candidate);
        rescuedFrom.add(cut);
        cut = null;
      }
      if (cut == null) {
        accepted.add(candidate);
        lastEnd.put(group, candidate.end());
      } else {
        refused.add(new Refused<>(candidate, cut, Rule.TOKEN));
      }
    }
    for (TermHit<P> candidate : scan.latinRefused()) {
      refused.add(new Refused<>(candidate,
          TermMatcher.latinWordAround(glued, candidate.start(), candidate.end()), Rule.LATIN));
    }
    // Report a refused candidate only when no confirmed hit of its own group covers any of it.
    List<TermHit<P>> loose = new ArrayList<>();
    Map<TermHit<P>, Refused<P>> why = new IdentityHashMap<>();
    for (Refused<P> r : refused) {
      Object group = matcher.groupOf(r.candidate().payload());
      boolean covered = accepted.stream().anyMatch(a -> a.overlaps(r.candidate())
          && matcher.groupOf(a.payload()).equals(group));
      if (!covered) {
        loose.add(r.candidate());
        why.put(r.candidate(), r);
      }
    }
    List<TermHit<P>> conflicts = new ArrayList<>();
    List<String> segmentations = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    for (TermHit<P> c : matcher.select(loose)) {
      conflicts.add(view.toText(c));
      segmentations.add(why.get(c).by());
      rules.add(why.get(c).rule());
    }
    return new TextDetection<>(view.toText(accepted), conflicts, segmentations, rules,
        view.toText(rescued), rescuedFrom);
  }

  private boolean rescues(WindowTokens first, WindowTokens second, TermHit<P> candidate,
      Object group) {
    if (second.edgesCut(candidate, group) != 0) {
      return false;
    }
    return switch (rescue) {
      case ANY_CUT -> true;
      case TRAILING_CUT_BEFORE_A_WORD -> first.edgesCut(candidate, group) == END_EDGE
          && second.wordOrEndAfter(candidate);
    };
  }

  /** A refused candidate, what refused it and by which rule. */
  private record Refused<P>(TermHit<P> candidate, String by, Rule rule) {}

  /** The terms injected into a tokenizer's dictionary, Latin case folded. */
  private static Set<String> injected(Tokenizer tokenizer) {
    return INJECTED.computeIfAbsent(tokenizer.settings(), settings -> {
      Set<String> terms = new HashSet<>();
      for (String term : settings.customTerms()) {
        terms.add(TermMatcher.foldCase(term));
      }
      return Set.copyOf(terms);
    });
  }

  /** The tokenizer without listed terms, for judging edges inside another group's term. */
  private Tokenizer plain() {
    Tokenizer p = plain;
    if (p == null) {
      p = HanlpTokenizer.cachedFor(TokenizerSettings.of(tokenizer.settings().segmenter()));
      plain = p;
    }
    return p;
  }

  /**
   * Tokenizes each window once (several candidates, of one group or of several, share it) and
   * judges the edges of candidates against its tokens.
   */
  private final class WindowTokens {
    private final String text;
    private final Tokenizer windows;
    private final Map<ClauseWindow, List<Token>> byWindow = new HashMap<>();
    private final Map<String, List<Token>> byTerm = new HashMap<>();

    WindowTokens(String text, Tokenizer windows) {
      this.text = text;
      this.windows = windows;
    }

    /**
     * Null when the candidate is confirmed, else the segmentation that cuts it.
     *
     * <p>A token that spells a listed surface of another group (新能源汽车, injected into the
     * segmenter's dictionary for its own topic) would cut every nested term of other topics
     * (新能源|…): it is there only because the other topic is listed, so an edge inside it is judged
     * on that token's segmentation without any listed term (新能源|汽车: 新能源 stands, 能源 is still
     * cut by 新能源).
     */
    String cut(TermHit<?> candidate, Object group) {
      if (edgesCut(candidate, group) == 0) {
        return null;
      }
      StringBuilder overlapping = new StringBuilder();
      ClauseWindow window = window(candidate);
      for (Token token : tokens(window)) {
        if (token.end() <= window.local(candidate.start())
            || token.start() >= window.local(candidate.end())) {
          continue;
        }
        if (overlapping.length() > 0) {
          overlapping.append('|');
        }
        overlapping.append(token.text());
      }
      return overlapping.toString();
    }

    /** Which edges of the candidate a token cuts: {@link #START_EDGE} | {@link #END_EDGE}. */
    int edgesCut(TermHit<?> candidate, Object group) {
      boolean checkStart = !TermMatcher.isLatinWordChar(text.charAt(candidate.start()));
      boolean checkEnd = !TermMatcher.isLatinWordChar(text.charAt(candidate.end() - 1));
      if (!checkStart && !checkEnd) {
        return 0;
      }
      ClauseWindow window = window(candidate);
      int s = window.local(candidate.start());
      int e = window.local(candidate.end());
      int cut = 0;
      for (Token token : tokens(window)) {
        if (token.end() <= s || token.start() >= e) {
          continue;
        }
        boolean cutsStart = checkStart && token.cutsAt(s);
        boolean cutsEnd = checkEnd && token.cutsAt(e);
        if ((cutsStart || cutsEnd) && isOtherGroupsTerm(token.text(), group)) {
          List<Token> parts = byTerm.computeIfAbsent(token.text(), t -> plain().tokenize(t));
          int ps = s - token.start();
          int pe = e - token.start();
          cutsStart = cutsStart && parts.stream().anyMatch(p -> p.cutsAt(ps));
          cutsEnd = cutsEnd && parts.stream().anyMatch(p -> p.cutsAt(pe));
        }
        cut |= (cutsStart ? START_EDGE : 0) | (cutsEnd ? END_EDGE : 0);
      }
      return cut;
    }

    /** True when the token after the candidate has two or more chars, or none follows. */
    boolean wordOrEndAfter(TermHit<?> candidate) {
      ClauseWindow window = window(candidate);
      int e = window.local(candidate.end());
      for (Token token : tokens(window)) {
        if (token.start() == e) {
          return token.end() - token.start() >= 2;
        }
      }
      return true;
    }

    private ClauseWindow window(TermHit<?> candidate) {
      return ClauseWindow.around(text, candidate.start(), candidate.end());
    }

    private List<Token> tokens(ClauseWindow window) {
      return byWindow.computeIfAbsent(window, w -> w.tokens(windows));
    }

    /**
     * True when {@code token} is a term injected into the segmenter's dictionary that is not a
     * surface of {@code group}: whether the matcher lists it or not, so that removing a topic from
     * the matcher alone judges the others as removing it from the whole list does.
     */
    private boolean isOtherGroupsTerm(String token, Object group) {
      if (!matcher.grouped() || !injected(windows).contains(TermMatcher.foldCase(token))) {
        return false;
      }
      return matcher.payloadOf(token).map(p -> !matcher.groupOf(p).equals(group)).orElse(true);
    }
  }

  /**
   * A text with its clause separators removed, and the way back: index {@code i} of the glued
   * text is index {@code at[i]} of the original.
   */
  private record ClauseView(String text, int[] at) {
    static ClauseView of(String original) {
      if (original.indexOf(' ') < 0) {
        return new ClauseView(original, null);
      }
      StringBuilder glued = new StringBuilder(original.length());
      int[] at = new int[original.length()];
      for (int i = 0; i < original.length(); i++) {
        if (!TextNormalizer.isClauseSeparator(original, i)) {
          at[glued.length()] = i;
          glued.append(original.charAt(i));
        }
      }
      if (glued.length() == original.length()) {
        return new ClauseView(original, null);
      }
      return new ClauseView(glued.toString(), Arrays.copyOf(at, glued.length()));
    }

    <P> TermHit<P> toText(TermHit<P> hit) {
      if (at == null) {
        return hit;
      }
      int start = at[hit.start()];
      int end = at[hit.end() - 1] + 1;
      return new TermHit<>(start, end, original(start, end, hit), hit.payload());
    }

    <P> List<TermHit<P>> toText(List<TermHit<P>> hits) {
      if (at == null) {
        return hits;
      }
      List<TermHit<P>> out = new ArrayList<>(hits.size());
      for (TermHit<P> h : hits) {
        out.add(toText(h));
      }
      return out;
    }

    private String original(int start, int end, TermHit<?> hit) {
      // The surface keeps the separator it spans: rebuild it from the glued surface.
      if (end - start == hit.length()) {
        return hit.surface();
      }
      StringBuilder s = new StringBuilder(hit.surface());
      for (int i = hit.end() - 1; i > hit.start(); i--) {
        for (int gap = at[i - 1] + 1; gap < at[i]; gap++) {
          s.insert(i - hit.start(), ' ');
        }
      }
      return s.toString();
    }
  }
}
