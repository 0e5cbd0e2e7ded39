package org.paperscope.common.token;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only class that touches HanLP. Each instance owns its segmenter and its own
 * {@link DynamicCustomDictionary}: HanLP's bundled custom dictionary plus the settings' custom
 * terms. Nothing here changes {@code HanLP.Config}, the global {@code CustomDictionary} or the
 * shared default segmenter, so two term lists in one executor JVM never see each other's terms.
 *
 * <p>Segmenters run single-threaded (Spark already runs one task per core) and are safe to share
 * between threads once built. Build through {@link #cachedFor}: loading the dictionary costs about
 * 100 ms and 20 MB, once per settings value per JVM.
 */
public final class HanlpTokenizer implements Tokenizer {
  private static final Map<TokenizerSettings, HanlpTokenizer> CACHE = new ConcurrentHashMap<>();
  /**
   * Nature and frequency of an injected term. The frequency only matters when terms are forced
   * into the lattice: at 1 a term loses to common neighbours it should beat (数字|经济发展 instead
   * of 数字经济|发展); at 100 it holds them without swallowing strong words (财政|部门 stays).
   */
  private static final String CUSTOM_TERM_ATTRIBUTE = "nz 100";

  private final TokenizerSettings settings;
  private final Segment segment;

  private HanlpTokenizer(TokenizerSettings settings) {
    this.settings = settings;
    DynamicCustomDictionary dictionary = loadDictionary(settings);
    this.segment = newSegment(settings.segmenter())
        .enableCustomDictionary(dictionary)
        .enableCustomDictionaryForcing(settings.forceCustomTerms())
        .enableOffset(true)
        .enableMultithreading(false);
  }

  /**
   * The tokenizer for {@code settings}, built once per JVM and shared afterwards.
   *
   * @throws IllegalStateException when HanLP's custom dictionary loads no entries or a custom
   *     term cannot be added (HanLP itself would only log this)
   */
  public static HanlpTokenizer cachedFor(TokenizerSettings settings) {
    return CACHE.computeIfAbsent(settings, HanlpTokenizer::new);
  }

  /** A new, uncached tokenizer: for benchmarks and tests that must not share state. */
  public static HanlpTokenizer create(TokenizerSettings settings) {
    return new HanlpTokenizer(settings);
  }

  @Override
  public TokenizerSettings settings() {
    return settings;
  }

  @Override
  public List<Token> tokenize(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<Term> terms = segment.seg(text);
    List<Token> tokens = new ArrayList<>(terms.size());
    for (Term term : terms) {
      String pos = term.nature == null ? "" : term.nature.toString();
      tokens.add(new Token(term.word, term.offset, term.offset + term.word.length(), pos));
    }
    return tokens;
  }

  private static Segment newSegment(TokenizerSettings.Segmenter segmenter) {
    switch (segmenter) {
      case VITERBI:
        return new ViterbiSegment()
            .enableNameRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableNumberQuantifierRecognize(false);
      case STANDARD:
        // What HanLP.newSegment() returns, built here so that its dictionary is ours.
        return new ViterbiSegment();
      case DICTIONARY:
        return new DoubleArrayTrieSegment().enablePartOfSpeechTagging(true);
      default:
        throw new IllegalArgumentException("Unknown segmenter " + segmenter);
    }
  }

  private static DynamicCustomDictionary loadDictionary(TokenizerSettings settings) {
    // Reads HanLP's bundled custom dictionary into a fresh instance; HanLP.Config is only read.
    String[] paths = HanLP.Config.CustomDictionaryPath;
    DynamicCustomDictionary dictionary = new DynamicCustomDictionary(paths);
    if (dictionary.dat == null || dictionary.dat.size() == 0) {
      throw new IllegalStateException("HanLP custom dictionary " + Arrays.toString(paths)
          + " loaded no entries: is the HanLP portable jar (with its data/) on the classpath?");
    }
    for (String term : settings.customTerms()) {
      if (term.isEmpty() || !dictionary.insert(term, CUSTOM_TERM_ATTRIBUTE)
          || !dictionary.contains(term)) {
        throw new IllegalStateException("Cannot add custom term '" + term
            + "' to the HanLP dictionary of " + settings.segmenter().code());
      }
    }
    return dictionary;
  }
}
