package org.paperscope.jobs.trends;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;
import org.paperscope.common.match.TermList;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

/**
 * The {@code trends.*} configuration, read and checked once on the driver. The term list and the
 * stop-word list are read here and shipped to executors inside this value.
 *
 * @param terms              the topic list ({@code trends.terms})
 * @param segmenter          the segmenter that confirms candidates ({@code trends.segmenter})
 * @param secondOpinion      ask the same segmenter with the terms forced into its lattice about
 *                           every refused candidate ({@code trends.second-opinion})
 * @param granularities      periods of {@code term_trends} ({@code trends.granularities})
 * @param thinPeriodArticles a period with fewer articles is flagged {@code thin_period}
 * @param contextWidth       chars either side of a hit in KWIC lines ({@code trends.contexts.width})
 * @param contextsPerTermMonth KWIC lines kept per term, publication and month
 * @param burstRate          Kleinberg's s: the burst state's rate is s times the series' base rate
 *                           ({@code trends.burst.rate})
 * @param burstCost          Kleinberg's γ: entering a burst costs γ·ln(periods)
 *                           ({@code trends.burst.cost})
 * @param emerging           the open-vocabulary settings; null when {@code trends.emerging.enabled}
 *                           is false
 */
public record TrendsOptions(
    TermList terms,
    Segmenter segmenter,
    boolean secondOpinion,
    List<String> granularities,
    int thinPeriodArticles,
    int contextWidth,
    int contextsPerTermMonth,
    double burstRate,
    double burstCost,
    EmergingSettings emerging) implements Serializable {

  public static final String TERMS = "trends.terms";
  public static final String SEGMENTER = "trends.segmenter";
  public static final String SECOND_OPINION = "trends.second-opinion";
  public static final String GRANULARITIES = "trends.granularities";
  public static final String THIN_PERIOD_ARTICLES = "trends.thin-period-articles";
  public static final String CONTEXT_WIDTH = "trends.contexts.width";
  public static final String CONTEXTS_PER_TERM_MONTH = "trends.contexts.per-term-month";
  public static final String BURST_RATE = "trends.burst.rate";
  public static final String BURST_COST = "trends.burst.cost";
  public static final String EMERGING_ENABLED = "trends.emerging.enabled";
  public static final String EMERGING_SEGMENTER = "trends.emerging.segmenter";
  public static final String EMERGING_STOPWORDS = "trends.emerging.stopwords";
  public static final String EMERGING_POS = "trends.emerging.pos";
  public static final String EMERGING_EXCLUDED_POS = "trends.emerging.excluded-pos";
  public static final String EMERGING_MIN_CHARS = "trends.emerging.min-chars";
  public static final String EMERGING_BASELINE_MONTHS = "trends.emerging.baseline-months";
  public static final String EMERGING_MIN_BASELINE_MONTHS = "trends.emerging.min-baseline-months";
  public static final String EMERGING_MIN_ARTICLES = "trends.emerging.min-articles";
  public static final String EMERGING_TOP_N = "trends.emerging.top-n";

  /** Granularities {@code term_trends} can be computed at, finest first. */
  public static final List<String> ALL_GRANULARITIES =
      List.of("day", "week", "month", "quarter", "year");

  public TrendsOptions {
    granularities = List.copyOf(granularities);
  }

  /** The tokenizer that confirms candidates first. */
  public TokenizerSettings tokenizer() {
    return new TokenizerSettings(segmenter, terms.variants(), false);
  }

  /** The tokenizer asked for a second opinion, or null when there is none. */
  public TokenizerSettings secondOpinionTokenizer() {
    return secondOpinion ? new TokenizerSettings(segmenter, terms.variants(), true) : null;
  }

  /** Reads and checks every {@code trends.*} key; errors name the key and the value. */
  public static TrendsOptions from(Settings settings) {
    String termsText = settings.text(TERMS);
    TermList terms;
    try {
      terms = TermList.parse(termsText, settings.string(TERMS));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Term list '" + settings.string(TERMS) + "' (config key " + TERMS
          + ") is invalid: " + e.getMessage(), e);
    }
    if (terms.topics().isEmpty()) {
      throw new ConfigException("Term list '" + settings.string(TERMS) + "' (config key " + TERMS
          + ") lists no topics");
    }
    Segmenter segmenter = segmenter(settings, SEGMENTER);
    List<String> granularities = new ArrayList<>();
    for (String g : settings.list(GRANULARITIES)) {
      String value = g.toLowerCase(Locale.ROOT);
      if (!ALL_GRANULARITIES.contains(value)) {
        throw new ConfigException("Config key " + GRANULARITIES + ": '" + g + "' is not one of "
            + String.join(", ", ALL_GRANULARITIES));
      }
      if (!granularities.contains(value)) {
        granularities.add(value);
      }
    }
    if (granularities.isEmpty()) {
      throw new ConfigException("Config key " + GRANULARITIES + " lists no granularity");
    }
    EmergingSettings emerging = null;
    if (settings.bool(EMERGING_ENABLED)) {
      emerging = new EmergingSettings(
          new TokenizerSettings(segmenter(settings, EMERGING_SEGMENTER), terms.variants(), false),
          settings.list(EMERGING_POS),
          settings.list(EMERGING_EXCLUDED_POS),
          settings.has(EMERGING_STOPWORDS)
              ? Set.copyOf(EmergingSettings.parseStopwords(settings.text(EMERGING_STOPWORDS)))
              : Set.of(),
          atLeast(settings, EMERGING_MIN_CHARS, 1),
          atLeast(settings, EMERGING_BASELINE_MONTHS, 1),
          atLeast(settings, EMERGING_MIN_BASELINE_MONTHS, 1),
          atLeast(settings, EMERGING_MIN_ARTICLES, 1),
          atLeast(settings, EMERGING_TOP_N, 1));
      if (emerging.minBaselineMonths() > emerging.baselineMonths()) {
        throw new ConfigException("Config key " + EMERGING_MIN_BASELINE_MONTHS + " ("
            + emerging.minBaselineMonths() + ") must not exceed " + EMERGING_BASELINE_MONTHS + " ("
            + emerging.baselineMonths() + ")");
      }
    }
    return new TrendsOptions(terms,
        segmenter,
        settings.bool(SECOND_OPINION),
        granularities,
        atLeast(settings, THIN_PERIOD_ARTICLES, 0),
        atLeast(settings, CONTEXT_WIDTH, 1),
        atLeast(settings, CONTEXTS_PER_TERM_MONTH, 1),
        decimal(settings, BURST_RATE, 1.0, false),
        decimal(settings, BURST_COST, 0.0, true),
        emerging);
  }

  private static Segmenter segmenter(Settings settings, String key) {
    try {
      return Segmenter.fromCode(settings.string(key));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Config key " + key + ": " + e.getMessage(), e);
    }
  }

  private static double decimal(Settings settings, String key, double bound, boolean boundAllowed) {
    double value = settings.decimal(key);
    if (value < bound || (!boundAllowed && value == bound) || Double.isNaN(value)) {
      throw new ConfigException("Config key " + key + " must be " + (boundAllowed ? ">= " : "> ")
          + bound + ", got " + value);
    }
    return value;
  }

  private static int atLeast(Settings settings, String key, int minimum) {
    int value = settings.integer(key);
    if (value < minimum) {
      throw new ConfigException("Config key " + key + " must be >= " + minimum + ", got " + value);
    }
    return value;
  }
}
