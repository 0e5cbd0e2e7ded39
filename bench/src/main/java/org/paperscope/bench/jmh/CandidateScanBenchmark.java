package org.paperscope.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.paperscope.common.match.ArticleText;
import org.paperscope.common.match.TermHit;
import org.paperscope.common.match.TermMatcher;
import org.paperscope.common.match.TopicTerm;

/**
 * Step 3, candidate scan: the Aho-Corasick {@code TermMatcher.candidates} of the topic list over
 * every part (headline, sub-headings, body) of every parsed article, normalized the way the
 * detector normalizes it before scanning. No tokenizing. One operation = one article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class CandidateScanBenchmark {
  private List<ArticleText> articles;
  private TermMatcher<TopicTerm> matcher;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    articles = new ArrayList<>();
    IssueCorpus.load(true, true).articles.forEach(a -> articles.add(a.normalized()));
    matcher = Detectors.matcher(Detectors.settings());
  }

  @Benchmark
  public int scan(Volume volume) {
    ArticleText article = articles.get(next);
    next = (next + 1) % articles.size();
    int found = 0;
    List<TermHit<TopicTerm>> hits = matcher.candidates(article.headline());
    found += hits.size();
    for (String sub : article.subheadings()) {
      found += matcher.candidates(sub).size();
    }
    found += matcher.candidates(article.body()).size();
    volume.chars += IssueCorpus.chars(article);
    volume.articles++;
    return found;
  }
}
