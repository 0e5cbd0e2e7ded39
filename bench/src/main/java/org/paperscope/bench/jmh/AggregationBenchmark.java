package org.paperscope.bench.jmh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.paperscope.common.measures.TrendMeasures;

/**
 * Step 6, aggregation math: the measures of {@code term_trends} over day series shaped like the
 * real ones (per topic and day: articles with a candidate of the topic, articles of the day), built
 * once from the corpus. {@code bursts}: Kleinberg's two-state Viterbi over every topic's day
 * series ({@code trends.burst.rate} 2, {@code trends.burst.cost} 1); {@code rates}: article
 * share, Wilson 95% interval and signed G² against the day before, for every topic and day. One
 * operation = every series once. The Spark side of the aggregation (reading and grouping the
 * per-day tables) is measured end to end by {@code bin/bench}, not here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class AggregationBenchmark {
  private static final double BURST_RATE = 2.0;
  private static final double BURST_COST = 1.0;

  private long[][] articlesWith;
  private long[] totalArticles;

  @Setup(Level.Trial)
  public void load() {
    IssueCorpus corpus = IssueCorpus.load(true, true);
    TermMatcher<TopicTerm> matcher = Detectors.matcher(Detectors.settings());
    Map<LocalDate, Integer> dayIndex = new TreeMap<>();
    corpus.articleDates.forEach(d -> dayIndex.putIfAbsent(d, 0));
    int days = 0;
    for (Map.Entry<LocalDate, Integer> e : dayIndex.entrySet()) {
      e.setValue(days++);
    }
    Map<String, long[]> byTopic = new LinkedHashMap<>();
    totalArticles = new long[days];
    for (int a = 0; a < corpus.articles.size(); a++) {
      ArticleText text = corpus.articles.get(a).normalized();
      int day = dayIndex.get(corpus.articleDates.get(a));
      totalArticles[day]++;
      Set<String> topics = new HashSet<>();
      for (TermHit<TopicTerm> hit : matcher.hits(text.headline() + "\n" + text.body())) {
        topics.add(hit.payload().topic());
      }
      for (String topic : topics) {
        byTopic.computeIfAbsent(topic, t -> new long[dayIndex.size()])[day]++;
      }
    }
    articlesWith = new ArrayList<>(byTopic.values()).toArray(new long[0][]);
  }

  @Benchmark
  public int bursts() {
    int inBurst = 0;
    for (long[] r : articlesWith) {
      for (boolean b : TrendMeasures.kleinbergBursts(r, totalArticles, BURST_RATE, BURST_COST)) {
        inBurst += b ? 1 : 0;
      }
    }
    return inBurst;
  }

  @Benchmark
  public double rates() {
    double sum = 0;
    for (long[] r : articlesWith) {
      for (int d = 0; d < r.length; d++) {
        Double share = TrendMeasures.articleShare(r[d], totalArticles[d]);
        sum += share == null ? 0 : share;
        sum += TrendMeasures.wilson95(r[d], totalArticles[d]).high();
        if (d > 0) {
          Double g2 = TrendMeasures.signedLogLikelihood(r[d], totalArticles[d], r[d - 1], totalArticles[d - 1]);
          sum += g2 == null ? 0 : g2;
        }
      }
    }
    return sum;
  }
}
