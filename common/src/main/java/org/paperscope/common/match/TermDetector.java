package org.paperscope.common.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.paperscope.common.match.ArticleText.Section;
import org.paperscope.common.token.Token;
import org.paperscope.common.token.Tokenizer;

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
 * <p><b>Selection.</b> Leftmost-longest over the confirmed candidates: when the longest candidate
 * at a position is refused, a shorter confirmed one at the same or a later position can still
 * count. Refused candidates that overlap no confirmed hit are reported as {@link
 * BoundaryConflict}s (leftmost-longest among themselves), so that a term-list change can be
 * judged by how many candidates the token check turns away.
 *
 * <p><b>Second opinion.</b> HanLP's default use of a custom dictionary only merges tokens after
 * segmenting with its core dictionary, so new vocabulary is often cut by accident (我|国营|商|环境,
 * 风|电光|伏, 从新|质|生产力). A detector built with a second tokenizer (the same segmenter with the
 * terms forced into its lattice) asks it about every refused candidate and keeps the candidate
 * when that segmentation respects its edges; such hits are reported as {@code rescued}. Forcing
 * alone is not used because it cuts other words by accident (了无|人机 in 增加了无人机) and it
 * also rescues real conflicts (平|稳增长 for 稳增长 in 平稳增长); the trade-off with corpus figures
 * is in docs/matching.md.
 *
 * <p><b>Window.</b> The tokenizer sees only the stretch of text around a candidate up to the
 * nearest sentence end or clause punctuation (。！？；，、： brackets, quotes, line breaks): no
 * token crosses those, and segmenting short windows is what keeps the check cheap. Texts are
 * normalized first ({@link ArticleText#normalized()}); offsets refer to the normalized parts,
 * which equal the stored article text because the parser stores normalized text.
 *
 * @param <P> payload type
 */
public final class TermDetector<P> {
  /** Chars that end the window the tokenizer sees: sentence ends and clause punctuation. */
  private static final String WINDOW_END = "。！？!?；;\n\r，,、：:（）()“”\"《》【】「」";

  private final TermMatcher<P> matcher;
  private final Tokenizer tokenizer;
  private final Tokenizer secondOpinion;

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
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.secondOpinion = secondOpinion;
  }

  /** A confirmed hit and where it is. */
  public record DetectedHit<P>(Section section, int sectionIndex, TermHit<P> hit) {}

  /**
   * A candidate the token check refused.
   *
   * @param candidate    the refused match
   * @param segmentation the tokens that overlap the candidate, joined by {@code |} (财政|部门)
   */
  public record BoundaryConflict<P>(Section section, int sectionIndex, TermHit<P> candidate,
      String segmentation) {}

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
   * @param hits          confirmed hits in text order
   * @param refused       refused candidates that overlap no hit, in text order
   * @param segmentations for each refused candidate, the tokens that cut it
   * @param rescued       hits that only the second opinion confirmed
   * @param rescuedFrom   for each rescued hit, the first segmentation's tokens
   */
  public record TextDetection<P>(List<TermHit<P>> hits, List<TermHit<P>> refused,
      List<String> segmentations, List<TermHit<P>> rescued, List<String> rescuedFrom) {}

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
          found.segmentations().get(i)));
    }
    for (int i = 0; i < found.rescued().size(); i++) {
      rescued.add(new BoundaryConflict<>(section, index, found.rescued().get(i),
          found.rescuedFrom().get(i)));
    }
  }

  /**
   * Detects in one already normalized text.
   *
   * @return confirmed hits, and refused candidates with the segmentation that refused each
   */
  public TextDetection<P> detectIn(String text) {
    List<TermHit<P>> candidates = matcher.candidates(text);
    if (candidates.isEmpty()) {
      return new TextDetection<>(List.of(), List.of(), List.of(), List.of(), List.of());
    }
    WindowTokens first = new WindowTokens(text, tokenizer);
    WindowTokens second = secondOpinion == null ? null : new WindowTokens(text, secondOpinion);
    List<TermHit<P>> accepted = new ArrayList<>();
    List<TermHit<P>> refused = new ArrayList<>();
    List<String> refusedBy = new ArrayList<>();
    List<TermHit<P>> rescued = new ArrayList<>();
    List<String> rescuedFrom = new ArrayList<>();
    int lastEnd = 0;
    for (TermHit<P> candidate : candidates) {
      if (candidate.start() < lastEnd) {
        continue;
      }
      String cut = first.cut(candidate);
      if (cut != null && second != null && second.cut(candidate) == null) {
        rescued.add(candidate);
        rescuedFrom.add(cut);
        cut = null;
      }
      if (cut == null) {
        accepted.add(candidate);
        lastEnd = candidate.end();
      } else {
        refused.add(candidate);
        refusedBy.add(cut);
      }
    }
    // Report a refused candidate only when no confirmed hit covers any of it.
    List<TermHit<P>> loose = new ArrayList<>();
    List<String> looseBy = new ArrayList<>();
    for (int i = 0; i < refused.size(); i++) {
      TermHit<P> r = refused.get(i);
      if (accepted.stream().noneMatch(r::overlaps)) {
        loose.add(r);
        looseBy.add(refusedBy.get(i));
      }
    }
    List<TermHit<P>> conflicts = TermMatcher.leftmostLongest(loose);
    List<String> segmentations = new ArrayList<>(conflicts.size());
    for (TermHit<P> c : conflicts) {
      segmentations.add(looseBy.get(loose.indexOf(c)));
    }
    return new TextDetection<>(accepted, conflicts, segmentations, rescued, rescuedFrom);
  }

  /**
   * The window the tokenizer sees around {@code [start, end)}: {from, to}, bounded by the nearest
   * sentence end or clause punctuation outside the span (chars inside the span are not looked at).
   */
  static int[] windowAround(String text, int start, int end) {
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

  /** Tokenizes the window of the current candidate, reusing it for the next ones inside it. */
  private static final class WindowTokens {
    private final String text;
    private final Tokenizer tokenizer;
    private int from = -1;
    private int to = -1;
    private List<Token> tokens = List.of();

    WindowTokens(String text, Tokenizer tokenizer) {
      this.text = text;
      this.tokenizer = tokenizer;
    }

    /** Null when the candidate is confirmed, else the segmentation that cuts it. */
    String cut(TermHit<?> candidate) {
      boolean checkStart = !TermMatcher.isLatinWordChar(text.charAt(candidate.start()));
      boolean checkEnd = !TermMatcher.isLatinWordChar(text.charAt(candidate.end() - 1));
      if (!checkStart && !checkEnd) {
        return null;
      }
      if (candidate.start() < from || candidate.end() > to) {
        int[] bounds = windowAround(text, candidate.start(), candidate.end());
        from = bounds[0];
        to = bounds[1];
        tokens = tokenizer.tokenize(text.substring(from, to));
      }
      int s = candidate.start() - from;
      int e = candidate.end() - from;
      boolean isCut = false;
      StringBuilder overlapping = new StringBuilder();
      for (Token token : tokens) {
        if (token.end() <= s || token.start() >= e) {
          continue;
        }
        if ((checkStart && token.cutsAt(s)) || (checkEnd && token.cutsAt(e))) {
          isCut = true;
        }
        if (overlapping.length() > 0) {
          overlapping.append('|');
        }
        overlapping.append(token.text());
      }
      return isCut ? overlapping.toString() : null;
    }
  }
}
