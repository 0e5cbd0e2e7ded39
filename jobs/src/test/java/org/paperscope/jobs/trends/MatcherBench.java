package org.paperscope.jobs.trends;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.IssueParser;
import org.paperscope.common.issue.ParserSettings;
import org.paperscope.common.match.ArticleText;
import org.paperscope.common.match.TermDetector;
import org.paperscope.common.match.TermList;
import org.paperscope.common.match.TermMatcher;
import org.paperscope.common.match.TopicTerm;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.Tokenizer;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

/**
 * Single-thread throughput of the matching pieces on a corpus of issue files (not a test; run by
 * hand):
 *
 * <pre>
 * mvn -q -o -Dbuild.dir.name=target-h2 -pl common,jobs -am test-compile
 * java -cp "jobs/target-h2/test-classes:jobs/target-h2/classes:common/target-h2/classes:$(cat cp)" \
 *     org.paperscope.jobs.trends.MatcherBench ../shared/corpora/xwlb conf/terms/topics.txt
 * </pre>
 *
 * <p>Parses every file into articles first (not timed), then times, over headline + sub-headings +
 * body of every article: the Aho-Corasick candidate scan alone, the whole detector (normalization,
 * candidates, token check, second opinion) and full Viterbi segmentation (what the open vocabulary
 * costs). Figures are MB of UTF-8 text per second, best of {@code rounds} after a warm-up.
 */
public final class MatcherBench {
  private MatcherBench() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/xwlb");
    Path termsFile = Path.of(args.length > 1 ? args[1] : "conf/terms/topics.txt");
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    TermList terms = TermList.parse(Files.readString(termsFile, StandardCharsets.UTF_8),
        termsFile.toString());

    List<ArticleText> articles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        for (Article a : IssueParser.parse(Files.readString(file, StandardCharsets.UTF_8),
            ParserSettings.defaults()).articles()) {
          articles.add(new ArticleText(a.headline(), a.subheadings(), a.body()));
        }
      }
    }
    long bytes = 0;
    List<String> texts = new ArrayList<>();
    for (ArticleText a : articles) {
      texts.add(a.headline());
      texts.addAll(a.subheadings());
      texts.add(a.body());
    }
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf(Locale.ROOT, "%d articles, %.1f MB of UTF-8 text, %d terms%n",
        articles.size(), bytes / 1e6, terms.terms().size());

    TermMatcher<TopicTerm> matcher = TermMatcher.of(terms.dictionary());
    Tokenizer first = HanlpTokenizer.create(
        new TokenizerSettings(Segmenter.VITERBI, terms.variants(), false));
    Tokenizer second = HanlpTokenizer.create(
        new TokenizerSettings(Segmenter.VITERBI, terms.variants(), true));
    TermDetector<TopicTerm> plain = new TermDetector<>(matcher, first);
    TermDetector<TopicTerm> withSecond = new TermDetector<>(matcher, first, second);

    report("aho-corasick candidates", bytes, rounds, () -> {
      long n = 0;
      for (String t : texts) {
        n += matcher.candidates(t).size();
      }
      return n;
    });
    report("detector, first segmentation only", bytes, rounds, () -> {
      long n = 0;
      for (ArticleText a : articles) {
        n += plain.detect(a).hits().size();
      }
      return n;
    });
    report("detector with second opinion (default)", bytes, rounds, () -> {
      long n = 0;
      for (ArticleText a : articles) {
        n += withSecond.detect(a).hits().size();
      }
      return n;
    });
    report("full viterbi segmentation", bytes, Math.min(rounds, 1), () -> {
      long n = 0;
      for (String t : texts) {
        for (String paragraph : t.split("\n")) {
          n += first.tokenize(paragraph).size();
        }
      }
      return n;
    });
  }

  private interface Work {
    long run();
  }

  private static void report(String name, long bytes, int rounds, Work work) {
    long result = work.run();
    double best = Double.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      result = work.run();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    System.out.printf(Locale.ROOT, "%-42s %8.2f s  %8.1f MB/s  (result %d)%n", name, best,
        bytes / 1e6 / best, result);
  }
}
