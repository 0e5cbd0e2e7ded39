package org.paperscope.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.paperscope.demo.Milestones.Milestone;

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
  private static final int MIN_TAIL_LENGTH = 15;
  private static final List<String> PLAIN_CAPTIONS =
      List.of("工作人员在调试设备", "参观者在展会现场了解新产品", "项目建设现场一派繁忙");

  private final StoryComposer regular = new StoryComposer(StoryComposer.NEWSPAPER);
  private final StoryComposer feature = new StoryComposer(StoryComposer.FEATURE);

  /** The issue text (LF line ends) for {@code date}; milestones due open the issue. */
  String write(LocalDate date, List<Milestone> due, SplittableRandom random) {
    List<List<Piece>> articles = new ArrayList<>();
    List<Piece> continuation = null;
    List<String> themes = new ArrayList<>();
    int count = 5 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      boolean isFeature = i >= due.size() && random.nextDouble() < FEATURE_CHANCE;
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

  /**
   * Page-break cuts and page-overlap repeats inside one article. The cut comes first, so a repeat
   * may copy half of a cut paragraph, as in the seed (加快产 | 出标志性产品… | 出标志性产品…).
   */
  private static void addPageArtifacts(List<Piece> article, SplittableRandom random) {
    if (random.nextDouble() < CUT_CHANCE) {
      cut(article, random);
    }
    if (random.nextDouble() < REPEAT_CHANCE) {
      repeat(article, random);
    }
    if (random.nextDouble() < TAIL_REPEAT_CHANCE) {
      repeatTail(article, random);
    }
  }

  private static void cut(List<Piece> article, SplittableRandom random) {
    int at = randomBody(article, random);
    Piece original = article.get(at);
    List<Integer> joins = TextArtifacts.pageBreakJoins(original.text).stream()
        .filter(i -> original.text.length() - i >= MIN_TAIL_LENGTH).toList();
    if (joins.isEmpty()) {
      return;
    }
    int cut = joins.get(random.nextInt(joins.size()));
    // Now and then the scan repeats the last character of the page on the next: 区域 | 域行业.
    int restart = random.nextDouble() < DOUBLED_CHAR_CHANCE ? cut - 1 : cut;
    Piece second = new Piece(original.text.substring(restart), original.after, true);
    original.text = original.text.substring(0, cut);
    original.after = random.nextBoolean() ? Piece.PAGE_BREAK : Piece.PARAGRAPH;
    article.add(at + 1, second);
  }

  /** The same paragraph twice; never the one holding the lead marker. */
  private static void repeat(List<Piece> article, SplittableRandom random) {
    int at = randomBody(article, random);
    Piece original = article.get(at);
    if (original.text.startsWith("**") || original.text.length() < MIN_TAIL_LENGTH) {
      return;
    }
    article.add(at + 1, new Piece(original.text, original.after, true));
    original.after = Piece.PARAGRAPH;
  }

  /** A paragraph followed by a copy of its end that starts mid-sentence (得进行夸大和虚假宣传…). */
  private static void repeatTail(List<Piece> article, SplittableRandom random) {
    int at = randomBody(article, random);
    Piece original = article.get(at);
    List<Integer> joins = TextArtifacts.hanJoins(original.text, 0.35, 0.75).stream()
        .filter(i -> original.text.length() - i >= MIN_TAIL_LENGTH)
        .filter(i -> TextArtifacts.hasClauseMark(original.text.substring(i)))
        .toList();
    if (joins.isEmpty()) {
      return;
    }
    String tail = original.text.substring(joins.get(random.nextInt(joins.size())));
    article.add(at + 1, new Piece(tail, original.after, true));
    original.after = Piece.PARAGRAPH;
  }

  private static int randomBody(List<Piece> article, SplittableRandom random) {
    List<Integer> bodies = bodyIndexes(article);
    return bodies.get(random.nextInt(bodies.size()));
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
   * with a box that did not fit (the seed's {@code ### “碳硅融合创新”} section): the issue then ends
   * in {@code ### 小标题} and a paragraph broken off mid-word (…与每一位路), while the feature goes
   * on with the rest (过的观众互动…) after an image caption. As in the seed, the feature has no
   * author tag (it goes on elsewhere) and the last article ends with one.
   */
  private static void addStrayFragment(List<List<Piece>> articles, SplittableRandom random) {
    List<Piece> lastArticle = articles.get(articles.size() - 1);
    if (!endsWithAuthorTag(lastArticle)) {
      return;
    }
    for (List<Piece> article : articles.subList(0, articles.size() - 1)) {
      if (endsWithAuthorTag(article)) {
        continue;
      }
      for (int i = 2; i + 1 < article.size(); i++) {
        Piece subheading = article.get(i);
        Piece section = article.get(i + 1);
        if (subheading.body || !subheading.text.startsWith("### ") || !section.body
            || !article.get(i - 1).text.endsWith("。")) {
          continue;
        }
        List<Integer> joins = TextArtifacts.pageBreakJoins(section.text);
        if (joins.isEmpty()) {
          continue;
        }
        int cut = joins.get(random.nextInt(joins.size()));
        Piece broken = new Piece(section.text.substring(0, cut), Piece.PARAGRAPH, true);
        section.text = section.text.substring(cut);
        subheading.after = Piece.PARAGRAPH;
        article.set(i, Piece.fixed("图为" + DemoWords.pick(PLAIN_CAPTIONS, random), Piece.PARAGRAPH));
        article.get(i - 1).after = Piece.PAGE_BREAK;
        articles.add(new ArrayList<>(List.of(subheading, broken)));
        return;
      }
    }
  }

  private static boolean endsWithAuthorTag(List<Piece> article) {
    for (int i = article.size() - 1; i >= 0; i--) {
      if (article.get(i).body) {
        String text = article.get(i).text;
        return text.matches("(?s).*[(（]\\p{IsHan}{2}[)）]");
      }
    }
    return false;
  }

  /** One ad block, then now and then a slogan and a second ad block, as in the seed. */
  private static void appendAds(StringBuilder out, SplittableRandom random) {
    List<String> ads = CommonLines.ADS;
    int first = random.nextInt(ads.size());
    out.append(ads.get(first));
    if (random.nextBoolean()) {
      out.append("\n\n").append(DemoWords.pick(CommonLines.SLOGANS, random));
      out.append("\n\n").append(ads.get((first + 1 + random.nextInt(ads.size() - 1)) % ads.size()));
    }
    out.append('\n');
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
