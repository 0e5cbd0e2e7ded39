package org.paperscope.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.paperscope.demo.Milestones.Milestone;
import org.paperscope.demo.Theme.Kind;

/**
 * Writes stories: picks a theme by its weight on the issue date, draws a headline and sentences
 * valid on that date, and adds the cross-cutting closing lines (新质生产力, 内卷式, 人工智能) with
 * their date-dependent chances. Everything comes from the random source it is given, so the same
 * seed gives the same stories.
 */
final class StoryComposer {

  static final List<Theme> THEMES = Stream.of(
      IndustryThemes.ALL, PolicyThemes.ALL, BackgroundThemes.ALL).flatMap(List::stream).toList();

  /** Paragraph and sentence counts, and how much room background news gets. */
  record Shape(int minParagraphs, int maxParagraphs, int maxSentences, double backgroundFactor,
      int maxEventLagDays, List<String> openers) {}

  static final Shape NEWSPAPER = new Shape(2, 4, 3, 0.3, 3, List.of("{日}，", "{日}，", "近日，"));
  static final Shape FEATURE = new Shape(4, 6, 3, 0.3, 3, List.of("{日}，", "近日，"));
  static final Shape BROADCAST = new Shape(1, 3, 2, 1.2, 0, List.of("今天（{日}），", "近日，"));

  private static final double OPENER_CHANCE = 0.6;

  private static final double CAPTION_CHANCE = 0.35;

  private final Shape shape;

  StoryComposer(Shape shape) {
    this.shape = shape;
  }

  /** A story on a theme drawn by weight; themes in {@code avoid} are not drawn again. */
  Story compose(LocalDate date, SplittableRandom random, List<String> avoid) {
    Theme theme = pickTheme(date, random, avoid);
    TemplateRenderer renderer = renderer(date, null, random);
    List<Template> headlines = theme.headlines().stream().filter(t -> t.validOn(date)).toList();
    String[] headline = split(renderer.render(headlines.get(random.nextInt(headlines.size()))));
    List<Template> own = shuffled(
        theme.sentences().stream().filter(t -> t.validOn(date)).toList(), random);
    List<Template> filler = shuffled(
        (theme.kind() == Kind.BACKGROUND ? CommonLines.BACKGROUND_FILLER : CommonLines.FILLER)
            .stream().filter(t -> t.validOn(date)).toList(), random);
    List<String> paragraphs = paragraphs(own, filler, renderer, random);
    if (theme.kind() != Kind.BACKGROUND) {
      addRiders(paragraphs, date, renderer, random);
    }
    return new Story(theme.id(), headline[0], headline[1], paragraphs,
        caption(theme, date, renderer, random));
  }

  /** The story of a dated milestone, printed in an issue on or after its date. */
  Story milestone(Milestone milestone, LocalDate issueDate, SplittableRandom random) {
    TemplateRenderer renderer = renderer(issueDate, milestone.date(), random);
    String[] headline = split(renderer.render(milestone.headline()));
    List<String> sentences = milestone.sentences().stream().map(renderer::render).toList();
    List<String> paragraphs = new ArrayList<>();
    int perParagraph = shape == BROADCAST ? 2 : 1 + random.nextInt(2);
    for (int i = 0; i < sentences.size(); i += perParagraph) {
      paragraphs.add(String.join("", sentences.subList(i, Math.min(sentences.size(), i + perParagraph))));
    }
    return new Story(milestone.themeId(), headline[0], headline[1], paragraphs, null);
  }

  private TemplateRenderer renderer(LocalDate date, LocalDate eventDate, SplittableRandom random) {
    LocalDate event = eventDate != null ? eventDate
        : date.minusDays(shape.maxEventLagDays() == 0 ? 0 : 1 + random.nextInt(shape.maxEventLagDays()));
    return new TemplateRenderer(date, event, random);
  }

  private Theme pickTheme(LocalDate date, SplittableRandom random, List<String> avoid) {
    List<Theme> candidates = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    double total = 0;
    for (Theme theme : THEMES) {
      if (avoid.contains(theme.id()) || !theme.usableOn(date)) {
        continue;
      }
      double weight = theme.weight().at(date)
          * (theme.kind() == Kind.BACKGROUND ? shape.backgroundFactor() : 1.0);
      candidates.add(theme);
      weights.add(weight);
      total += weight;
    }
    double roll = random.nextDouble() * total;
    for (int i = 0; i < candidates.size(); i++) {
      roll -= weights.get(i);
      if (roll < 0) {
        return candidates.get(i);
      }
    }
    return candidates.get(candidates.size() - 1);
  }

  private List<String> paragraphs(List<Template> own, List<Template> filler,
      TemplateRenderer renderer, SplittableRandom random) {
    int count = shape.minParagraphs()
        + random.nextInt(shape.maxParagraphs() - shape.minParagraphs() + 1);
    List<String> paragraphs = new ArrayList<>();
    int nextOwn = 0;
    int nextFiller = 0;
    for (int p = 0; p < count; p++) {
      int sentences = 1 + random.nextInt(shape.maxSentences());
      StringBuilder paragraph = new StringBuilder();
      for (int s = 0; s < sentences; s++) {
        // Mostly the theme's own lines; filler only when they run out or now and then.
        boolean useFiller = nextOwn >= own.size() || (p > 0 && random.nextDouble() < 0.15);
        if (useFiller && nextFiller < filler.size()) {
          paragraph.append(renderer.render(filler.get(nextFiller++)));
        } else if (nextOwn < own.size()) {
          Template template = own.get(nextOwn++);
          if (p == 0 && s == 0 && opensWithSubject(template) && random.nextDouble() < OPENER_CHANCE) {
            paragraph.append(renderer.render(
                shape.openers().get(random.nextInt(shape.openers().size()))));
          }
          paragraph.append(renderer.render(template));
        }
      }
      if (paragraph.length() > 0) {
        paragraphs.add(paragraph.toString());
      }
    }
    return paragraphs;
  }

  /** A sentence that starts with who or where (江苏…, 工业和信息化部…) can take 6月20日， before it. */
  private static boolean opensWithSubject(Template template) {
    String text = template.text();
    return text.startsWith("{m:") || text.startsWith("{联合:") || text.startsWith("{省}")
        || text.startsWith("{市}") || text.startsWith("{企}");
  }

  private void addRiders(List<String> paragraphs, LocalDate date, TemplateRenderer renderer,
      SplittableRandom random) {
    rider(paragraphs, CommonLines.AI_CHANCE.at(date), CommonLines.AI, date, renderer, random);
    rider(paragraphs, CommonLines.NEW_PRODUCTIVE_FORCES_CHANCE.at(date),
        CommonLines.NEW_PRODUCTIVE_FORCES, date, renderer, random);
    rider(paragraphs, CommonLines.INVOLUTION_CHANCE.at(date), CommonLines.INVOLUTION, date,
        renderer, random);
  }

  private static void rider(List<String> paragraphs, double chance, List<Template> lines,
      LocalDate date, TemplateRenderer renderer, SplittableRandom random) {
    if (random.nextDouble() >= chance) {
      return;
    }
    List<Template> valid = lines.stream().filter(t -> t.validOn(date)).toList();
    String line = renderer.render(valid.get(random.nextInt(valid.size())));
    int last = paragraphs.size() - 1;
    if (random.nextBoolean()) {
      paragraphs.set(last, paragraphs.get(last) + line);
    } else {
      paragraphs.add(line);
    }
  }

  private static String caption(Theme theme, LocalDate date, TemplateRenderer renderer,
      SplittableRandom random) {
    if (random.nextDouble() >= CAPTION_CHANCE) {
      return null;
    }
    List<Template> pool = new ArrayList<>(theme.captions());
    pool.addAll(CommonLines.CAPTIONS);
    pool.removeIf(t -> !t.validOn(date));
    return renderer.render(pool.get(random.nextInt(pool.size())));
  }

  private static String[] split(String headline) {
    int bar = headline.indexOf('|');
    return bar < 0 ? new String[] {headline, ""}
        : new String[] {headline.substring(0, bar), headline.substring(bar + 1)};
  }

  private static <T> List<T> shuffled(List<T> items, SplittableRandom random) {
    List<T> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swap);
    }
    return copy;
  }
}
