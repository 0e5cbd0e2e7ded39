package org.paperscope.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.paperscope.common.match.ArticleText;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.Token;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

/**
 * Step 5, full segmentation: every article body through {@code HanlpTokenizer}, what the open
 * vocabulary costs ({@code trends.emerging.*}: viterbi with the topic terms merged). {@code standard}
 * is HanLP's default segmenter, the one the issue-9 baseline loop runs, built through the same seam.
 * One operation = one article body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class SegmentBenchmark {
  @Param({"viterbi", "standard"})
  public String segmenter;

  private List<ArticleText> articles;
  private HanlpTokenizer tokenizer;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    articles = IssueCorpus.load(true, true).articles;
    List<String> terms = Detectors.terms(Detectors.settings()).variants();
    tokenizer = HanlpTokenizer.create(new TokenizerSettings(Segmenter.fromCode(segmenter), terms, false));
  }

  @Benchmark
  public List<Token> segment(Volume volume) {
    String body = articles.get(next).body();
    next = (next + 1) % articles.size();
    volume.chars += body.length();
    volume.articles++;
    return tokenizer.tokenize(body);
  }
}
