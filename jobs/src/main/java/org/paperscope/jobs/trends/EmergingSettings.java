package org.paperscope.jobs.trends;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperscope.common.token.Token;
import org.paperscope.common.token.TokenizerSettings;

/**
 * How the open vocabulary of {@code emerging_terms} is counted and scored: which tokens of the full
 * segmentation count as words (nouns and verbs of at least {@code minChars} chars, not stop words)
 * and how a month is compared with the months before it.
 *
 * @param tokenizer         the full segmenter (the topic terms are injected so they stay whole)
 * @param posPrefixes       a token counts when its part-of-speech tag starts with one of these
 * @param excludedPos       ... unless its tag is one of these (person names, 是, 有)
 * @param stopwords         words never counted
 * @param minChars          shortest word counted, in chars
 * @param baselineMonths    a month is compared with this many months before it
 * @param minBaselineMonths months of the baseline window that must have articles for a score
 * @param minArticles       a word needs this many articles in the month to be ranked
 * @param topN              ranked words kept per month and publication
 */
public record EmergingSettings(
    TokenizerSettings tokenizer,
    List<String> posPrefixes,
    List<String> excludedPos,
    Set<String> stopwords,
    int minChars,
    int baselineMonths,
    int minBaselineMonths,
    int minArticles,
    int topN) implements Serializable {

  /** {@code trends.emerging.pos} of the bundled conf: nouns (n, nz, ns, nt, vn …) and verbs (v, vi …). */
  public static final List<String> DEFAULT_POS =
      org.paperscope.common.config.Settings.defaults().list(TrendsOptions.EMERGING_POS);
  /** {@code trends.emerging.excluded-pos} of the bundled conf: person names, and the verbs 是 and 有. */
  public static final List<String> DEFAULT_EXCLUDED_POS =
      org.paperscope.common.config.Settings.defaults().list(TrendsOptions.EMERGING_EXCLUDED_POS);

  public EmergingSettings {
    posPrefixes = List.copyOf(posPrefixes);
    excludedPos = List.copyOf(excludedPos);
    stopwords = Set.copyOf(stopwords);
  }

  /** True when {@code token} is counted as a word of the open vocabulary. */
  public boolean counts(Token token) {
    String text = token.text();
    if (text.codePointCount(0, text.length()) < minChars || excludedPos.contains(token.pos())) {
      return false;
    }
    boolean tagged = false;
    for (String prefix : posPrefixes) {
      if (token.pos().startsWith(prefix)) {
        tagged = true;
        break;
      }
    }
    return tagged && !stopwords.contains(text) && !isNumberLike(text);
  }

  private static boolean isNumberLike(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isDigit(c) || c == '.' || c == '%' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** One word per line; {@code #} starts a comment; blank lines are ignored. */
  public static List<String> parseStopwords(String content) {
    List<String> words = new ArrayList<>();
    for (String line : content.split("\r\n|\r|\n")) {
      int hash = line.indexOf('#');
      String word = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
