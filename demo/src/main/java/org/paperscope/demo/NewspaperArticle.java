package org.paperscope.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One newspaper article as pieces: headline, lead or byline, paragraphs, sub-headings, caption. */
final class NewspaperArticle {

  private static final double TWO_REPORTERS_CHANCE = 0.2;
  private static final double FEATURE_TAG_CHANCE = 0.3;
  private static final double FULL_WIDTH_TAG_CHANCE = 0.25;

  private final String headline;
  private final List<Piece> pieces = new ArrayList<>();

  NewspaperArticle(Story story, boolean feature, SplittableRandom random) {
    headline = TextArtifacts.newspaperPunctuation(story.headline());
    pieces.add(Piece.fixed("## " + headline, Piece.PARAGRAPH));
    List<String> paragraphs = new ArrayList<>(
        story.paragraphs().stream().map(TextArtifacts::newspaperPunctuation).toList());
    if (feature) {
      pieces.add(Piece.fixed(byline(random), Piece.LINE));
    } else {
      paragraphs.set(0, "**本报讯** " + paragraphs.get(0));
    }
    if (!feature || random.nextDouble() < FEATURE_TAG_CHANCE) {
      String tag = DemoWords.pick(DemoWords.AUTHOR_TAGS, random);
      int last = paragraphs.size() - 1;
      paragraphs.set(last, paragraphs.get(last)
          + (random.nextDouble() < FULL_WIDTH_TAG_CHANCE ? "（" + tag + "）" : "(" + tag + ")"));
    }
    List<String> subheadings = new ArrayList<>(CommonLines.SUBHEADINGS);
    for (int i = 0; i < paragraphs.size(); i++) {
      if (feature && (i == 1 || i == 3) && paragraphs.size() > i + 1) {
        String subheading = subheadings.remove(random.nextInt(subheadings.size()));
        pieces.add(Piece.fixed("### " + subheading, Piece.PARAGRAPH));
      }
      pieces.add(Piece.body(paragraphs.get(i)));
    }
    if (story.caption() != null) {
      addCaption(story.caption(), random);
    }
  }

  List<Piece> pieces() {
    return pieces;
  }

  /**
   * Moves the article's later part to a continuation printed further back: this part ends with
   * (下转第N版), the returned one repeats the headline and opens with (上接第1版). Returns null when
   * the article is too short to continue.
   */
  List<Piece> splitContinuation(int page, SplittableRandom random) {
    List<Integer> bodies = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i).body && !pieces.get(i).text.startsWith("图为")) {
        bodies.add(i);
      }
    }
    if (bodies.size() < 3) {
      return null;
    }
    int keep = bodies.get(random.nextInt(2) == 0 || bodies.size() < 4 ? 1 : 2);
    List<Piece> moved = new ArrayList<>(pieces.subList(keep + 1, pieces.size()));
    pieces.subList(keep + 1, pieces.size()).clear();
    Piece end = pieces.get(keep);
    end.text = end.text + "(下转第" + page + "版)";
    end.after = Piece.PARAGRAPH;

    List<Piece> continuation = new ArrayList<>();
    continuation.add(Piece.fixed("## " + headline, Piece.PARAGRAPH));
    Piece first = moved.get(0);
    if (first.body && !first.text.startsWith("图为") && random.nextBoolean()) {
      first.text = "(上接第1版)" + first.text;
    } else {
      continuation.add(Piece.fixed("(上接第1版)", Piece.PARAGRAPH));
    }
    continuation.addAll(moved);
    return continuation;
  }

  private String byline(SplittableRandom random) {
    if (random.nextDouble() < 0.3) {
      List<String> names = new ArrayList<>(DemoWords.CORRESPONDENTS);
      String a = names.remove(random.nextInt(names.size()));
      String b = names.remove(random.nextInt(names.size()));
      return "**本报通讯员 " + a + " " + b + "**  ";
    }
    List<String> names = new ArrayList<>(DemoWords.REPORTERS);
    String a = names.remove(random.nextInt(names.size()));
    if (random.nextDouble() < TWO_REPORTERS_CHANCE) {
      return "**本报记者 " + a + " " + names.remove(random.nextInt(names.size())) + "**  ";
    }
    return "**本报记者 " + a + "**  ";
  }

  /** Puts 图为… after a paragraph, sometimes behind a page break as in the seed. */
  private void addCaption(String caption, SplittableRandom random) {
    List<Integer> bodies = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i).body) {
        bodies.add(i);
      }
    }
    int after = bodies.get(random.nextInt(bodies.size()));
    Piece before = pieces.get(after);
    if (random.nextBoolean()) {
      before.after = Piece.PAGE_BREAK;
    }
    pieces.add(after + 1, Piece.fixed("图为" + caption, Piece.PARAGRAPH));
  }
}
