package org.paperscope.common.token;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a tokenizer is: the segmenter and the terms injected into its own custom dictionary. A
 * small immutable value, shipped to executors and used as the key of the per-JVM tokenizer cache.
 *
 * @param segmenter        which HanLP segmenter runs
 * @param customTerms      terms added to this tokenizer's custom dictionary (on top of HanLP's
 *                         bundled custom dictionary), so that the segmenter keeps them whole where
 *                         it can
 * @param forceCustomTerms how the Viterbi segmenters use the custom dictionary. {@code false}
 *                         (HanLP's default): segment with the core dictionary, then merge adjacent
 *                         tokens that spell a custom term; a term is only kept whole when the core
 *                         segmentation happens to respect its edges (我|国营|商|环境 loses 营商环境).
 *                         {@code true} (HanLP's "forcing"): custom terms join the word lattice and
 *                         compete on equal terms, so new vocabulary survives (我国|营商环境) while
 *                         strong words still win (财政|部门). See docs/matching.md for the trade-off.
 *                         The dictionary segmenter always prefers the longest custom term.
 */
public record TokenizerSettings(Segmenter segmenter, List<String> customTerms,
    boolean forceCustomTerms) implements Serializable {

  /** The segmenters on offer, by config name. */
  public enum Segmenter {
    /** HanLP's Viterbi (shortest-path) segmenter with every named-entity recognizer off: fastest. */
    VITERBI,
    /** HanLP's default segmenter ({@code HanLP.newSegment()}): Viterbi plus person-name
     * recognition; about half the speed of {@link #VITERBI}. */
    STANDARD,
    /** Forward longest match over HanLP's core and custom dictionaries, no statistics. */
    DICTIONARY;

    /** The config name, e.g. {@code viterbi}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a config value such as {@code viterbi}; fails naming the bad value. */
    public static Segmenter fromCode(String code) {
      for (Segmenter s : values()) {
        if (s.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
      throw new IllegalArgumentException("Unknown segmenter '" + code
          + "': expected one of viterbi, standard, dictionary");
    }
  }

  public TokenizerSettings {
    Objects.requireNonNull(segmenter, "segmenter");
    customTerms = List.copyOf(customTerms);
  }

  /** Settings that merge custom terms after segmenting ({@code forceCustomTerms = false}). */
  public TokenizerSettings(Segmenter segmenter, List<String> customTerms) {
    this(segmenter, customTerms, false);
  }

  /** Settings with a segmenter and no extra terms. */
  public static TokenizerSettings of(Segmenter segmenter) {
    return new TokenizerSettings(segmenter, List.of(), false);
  }
}
