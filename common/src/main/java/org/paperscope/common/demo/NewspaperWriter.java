package org.paperscope.common.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.paperscope.common.demo.Milestones.Milestone;

/**
 * Prints one issue of the fictional 《产业观察报》 in the seed's layout: {@code ## } headlines,
 * **本报讯** leads or **本报记者 X** bylines, {@code ### } sub-headings in features, author tags
 * (晓岚) / （晓岚）, (下转第N版) / (上接第1版), page-break cuts, page-overlap repeats, 图为 captions,
 * full-width digits, HTML leftovers, and ads at the end.
 */
final class NewspaperWriter {

  private static final double FEATURE_CHANCE = 0.3;
  private static final double CONTINUED_CHANCE = 0.6;
  private static final double CUT_CHANCE = 0.35;
  private static final double DOUBLED_CHAR_CHANCE = 0.15;
  private static final double REPEAT_CHANCE = 0.08;
  private static final double TAIL_REPEAT_CHANCE = 0.08;
  private static final double STRAY_SPACE_CHANCE = 0.07;
  private static final double FULL_WIDTH_CHANCE = 0.3;
  private static final double HTML_CHANCE = 0.15;
  private static final double STRAY_FRAGMENT_CHANCE = 0.08;
  private static final int MIN_CUT_LENGTH = 30;

  private final StoryComposer regular = new StoryComposer(StoryComposer.NEWSPAPER);
  private final StoryComposer feature = new StoryComposer(StoryComposer.FEATURE);

  /** The issue text (LF line ends) for {@code date}; milestones due open the issue. */
  String write(LocalDate date, List<Milestone> due, SplittableRandom random) {
    List<List<Piece>> articles = new ArrayList<>();
    List<Piece> continuation = null;
    List<String> themes = new ArrayList<>();
    int count = 5 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      boolean isFeature = i < due.size() ? false : random.nextDouble() < FEATURE_CHANCE;
      Story story = i < due.size()
          ? regular.milestone(due.get(i), date, random)
          : (isFeature ? feature : regular).compose(date, random, themes);
      themes.add(story.themeId());
      NewspaperArticle article = new NewspaperArticle(story, isFeature, random);
      if (continuation == null && i <= 1 && isFeature && random.nextDouble() < CONTINUED_CHANCE) {
        continuation = article.splitContinuation(2 + random.nextInt(7), random);
      }
      articles.add(article.pieces());
    }
    if (continuation != null) {
      articles.add(continuation);
    }
    for (List<Piece> article : articles) {
      addPageArtifacts(article, random);
    }
    addIssueArtifacts(articles, random);
    if (random.nextDouble() < STRAY_FRAGMENT_CHANCE) {
      addStrayFragment(articles, random);
    }

    StringBuilder out = new StringBuilder();
    if (random.nextBoolean()) {
      out.append("\n\n");
    }
    for (List<Piece> article : articles) {
      for (Piece piece : article) {
        out.append(piece.text).append(piece.after);
      }
    }
    appendAds(out, random);
    return out.toString();
  }

  /** Page-break cuts, overlap repeats and captions inside one article. */
  private static void addPageArtifacts(List<Piece> article, SplittableRandom random) {
    List<Integer> bodies = bodyIndexes(article);
    if (bodies.size() >= 2 && random.nextDouble() < REPEAT_CHANCE) {
      int at = bodies.get(1 + random.nextInt(bodies.size() - 1));
      Piece original = article.get(at);
      original.after = Piece.PARAGRAPH;
      article.add(at + 1, new Piece(original.text, Piece.PARAGRAPH, true));
      bodies = bodyIndexes(article);
    }
    if (random.nextDouble() < TAIL_REPEAT_CHANCE) {
      int at = bodies.get(random.nextInt(bodies.size()));
      Piece original = article.get(at);
      List<Integer> joins = TextArtifacts.hanJoins(original.text, 0.35, 0.75);
      if (!joins.isEmpty()) {
        String tail = original.text.substring(joins.get(random.nextInt(joins.size())));
        article.add(at + 1, new Piece(tail, original.after, true));
        original.after = Piece.PARAGRAPH;
        bodies = bodyIndexes(article);
      }
    }
    if (random.nextDouble() < CUT_CHANCE) {
      int at = bodies.get(random.nextInt(bodies.size()));
      Piece original = article.get(at);
      List<Integer> joins = TextArtifacts.hanJoins(original.text, 0.25, 0.85);
      if (original.text.length() >= MIN_CUT_LENGTH && !joins.isEmpty()) {
        int cut = joins.get(random.nextInt(joins.size()));
        // Now and then the scan repeats the last character of the page on the next: 区域 | 域行业.
        int restart = random.nextDouble() < DOUBLED_CHAR_CHANCE ? cut - 1 : cut;
        Piece second = new Piece(original.text.substring(restart), original.after, true);
        original.text = original.text.substring(0, cut);
        original.after = random.nextBoolean() ? Piece.PAGE_BREAK : Piece.PARAGRAPH;
        article.add(at + 1, second);
      }
    }
  }

  /** Full-width digits and HTML leftovers, each in at most one paragraph of the issue. */
  private static void addIssueArtifacts(List<List<Piece>> articles, SplittableRandom random) {
    List<Piece> bodies = new ArrayList<>();
    articles.forEach(a -> a.stream().filter(p -> p.body).forEach(bodies::add));
    if (random.nextDouble() < FULL_WIDTH_CHANCE) {
      List<Piece> withLatin = bodies.stream().filter(p -> TextArtifacts.hasAsciiAlnum(p.text)
          && !TextArtifacts.hasMarker(p.text)).toList();
      if (!withLatin.isEmpty()) {
        Piece piece = withLatin.get(random.nextInt(withLatin.size()));
        piece.text = TextArtifacts.fullWidth(piece.text);
      }
    }
    List<Piece> plain = bodies.stream().filter(p -> !TextArtifacts.hasMarker(p.text)).toList();
    if (random.nextDouble() < HTML_CHANCE && !plain.isEmpty()) {
      Piece piece = plain.get(random.nextInt(plain.size()));
      piece.text = TextArtifacts.htmlLeftover(piece.text, random);
    }
    if (random.nextDouble() < STRAY_SPACE_CHANCE * articles.size()) {
      Piece headline = articles.get(random.nextInt(articles.size())).get(0);
      headline.text = "## " + TextArtifacts.strayHeadlineSpace(headline.text.substring(3), random);
    }
  }

  /**
   * Moves the start of a feature's sub-section behind the last article, as layout software does
   * with a box that did not fit: the issue then ends in {@code ### 小标题} and a paragraph broken
   * off mid-word (…与每一位路), and the feature goes on with the rest (过的观众互动…) after a
   * page break.
   */
  private static void addStrayFragment(List<List<Piece>> articles, SplittableRandom random) {
    for (List<Piece> article : articles) {
      for (int i = 1; i + 1 < article.size(); i++) {
        Piece subheading = article.get(i);
        Piece section = article.get(i + 1);
        if (subheading.body || !subheading.text.startsWith("### ") || !section.body) {
          continue;
        }
        List<Integer> joins = TextArtifacts.hanJoins(section.text, 0.3, 0.7);
        if (section.text.length() < MIN_CUT_LENGTH || joins.isEmpty()) {
          continue;
        }
        int cut = joins.get(random.nextInt(joins.size()));
        Piece broken = new Piece(section.text.substring(0, cut), Piece.PARAGRAPH, true);
        section.text = section.text.substring(cut);
        article.remove(i);
        article.get(i - 1).after = Piece.PAGE_BREAK;
        subheading.after = Piece.PARAGRAPH;
        articles.add(new ArrayList<>(List.of(subheading, broken)));
        return;
      }
    }
  }

  private static void appendAds(StringBuilder out, SplittableRandom random) {
    List<String> ads = CommonLines.ADS;
    int first = random.nextInt(ads.size());
    int blocks = 1 + random.nextInt(3);
    for (int i = 0; i < blocks; i++) {
      out.append(ads.get((first + i) % ads.size()));
      out.append(i == blocks - 1 ? "\n" : "\n\n");
    }
  }

  private static List<Integer> bodyIndexes(List<Piece> article) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < article.size(); i++) {
      if (article.get(i).body) {
        indexes.add(i);
      }
    }
    return indexes;
  }
}
