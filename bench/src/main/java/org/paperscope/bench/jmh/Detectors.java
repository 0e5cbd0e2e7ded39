package org.paperscope.bench.jmh;

import org.paperscope.common.config.Settings;
import org.paperscope.common.gazetteer.MinistryDetector;
import org.paperscope.common.match.TermDetector;
import org.paperscope.common.match.TermList;
import org.paperscope.common.match.TermMatcher;
import org.paperscope.common.match.TopicTerm;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.jobs.ministries.MinistriesOptions;
import org.paperscope.jobs.trends.TrendsOptions;

/**
 * The detectors as a default run builds them, from the bundled {@code conf/} (the copy inside the
 * common jar), through the jobs' own option records: {@code TrendsOptions} (the topic list, the
 * first segmentation and the forced second opinion) and {@code MinistriesOptions} (the gazetteer
 * and its rules). Built uncached, so a benchmark never measures a structure another one warmed.
 */
final class Detectors {
  private static final String TERMS = "trends.terms";

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

  /** The trends detector as the trends stage builds it: first segmentation, then the second opinion. */
  static TermDetector<TopicTerm> termDetector(Settings settings) {
    TrendsOptions options = TrendsOptions.from(settings);
    TokenizerSettings second = options.secondOpinionTokenizer();
    return new TermDetector<>(TermMatcher.of(options.terms().dictionary()),
        HanlpTokenizer.create(options.tokenizer()), second == null ? null : HanlpTokenizer.create(second));
  }

  /** The ministries detector exactly as the ministries stage configures it ({@code ministries.*}). */
  static MinistryDetector ministryDetector(Settings settings) {
    return MinistryDetector.create(MinistriesOptions.from(settings).detector());
  }
}
