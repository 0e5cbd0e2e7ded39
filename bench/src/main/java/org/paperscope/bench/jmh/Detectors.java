package org.paperscope.bench.jmh;

import org.paperscope.common.config.Settings;
import org.paperscope.common.gazetteer.MinistryDetector;
import org.paperscope.common.gazetteer.MinistryDetectorSettings;
import org.paperscope.common.match.TermDetector;
import org.paperscope.common.match.TermList;
import org.paperscope.common.match.TermMatcher;
import org.paperscope.common.match.TopicTerm;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

/**
 * The detectors as a default run builds them, from the bundled {@code conf/} (the copy inside the
 * common jar): the topic list of {@code trends.terms}, the {@code trends.segmenter} with the terms
 * merged after segmenting, the second opinion with them forced ({@code trends.second-opinion}),
 * and the ministries detector over {@code ministries.gazetteer}. Built uncached, so a benchmark
 * never measures a structure another one warmed.
 */
final class Detectors {
  private static final String TERMS = "trends.terms";
  private static final String SEGMENTER = "trends.segmenter";
  private static final String SECOND_OPINION = "trends.second-opinion";
  private static final String GAZETTEER = "ministries.gazetteer";
  private static final String MINISTRIES_SEGMENTER = "ministries.segmenter";

  private Detectors() {}

  static Settings settings() {
    return Settings.load(null);
  }

  static TermList terms(Settings settings) {
    return TermList.parse(settings.text(TERMS), settings.string(TERMS));
  }

  static TermMatcher<TopicTerm> matcher(Settings settings) {
    return TermMatcher.of(terms(settings).dictionary());
  }

  /** The trends detector: first segmentation, plus the forced second opinion when configured. */
  static TermDetector<TopicTerm> termDetector(Settings settings) {
    TermList terms = terms(settings);
    Segmenter segmenter = Segmenter.fromCode(settings.string(SEGMENTER, "viterbi"));
    HanlpTokenizer first = HanlpTokenizer.create(new TokenizerSettings(segmenter, terms.variants(), false));
    boolean second = !settings.has(SECOND_OPINION) || settings.bool(SECOND_OPINION);
    HanlpTokenizer forced = second
        ? HanlpTokenizer.create(new TokenizerSettings(segmenter, terms.variants(), true)) : null;
    return new TermDetector<>(TermMatcher.of(terms.dictionary()), first, forced);
  }

  /** The ministries detector with the default rules over the configured gazetteer. */
  static MinistryDetector ministryDetector(Settings settings) {
    MinistryDetectorSettings defaults = MinistryDetectorSettings.defaults(settings.string(GAZETTEER),
        settings.text(GAZETTEER));
    Segmenter segmenter = Segmenter.fromCode(settings.string(MINISTRIES_SEGMENTER, "viterbi"));
    return MinistryDetector.create(new MinistryDetectorSettings(defaults.gazetteerSource(),
        defaults.gazetteerText(), segmenter, defaults.blockingPrefixes(), defaults.placeTags(),
        defaults.allowedPlaces(), defaults.prefixGlue(), defaults.unitSuffixes(),
        defaults.unitMaxChars()));
  }
}
