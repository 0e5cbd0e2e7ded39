package org.paperscope.bench.jmh;

import java.time.LocalDate;
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
import org.paperscope.common.gazetteer.ArticleMinistries;
import org.paperscope.common.gazetteer.MinistryDetector;
import org.paperscope.common.match.ArticleText;
import org.paperscope.common.match.TermDetector;
import org.paperscope.common.match.TermDetector.Detection;
import org.paperscope.common.match.TopicTerm;

/**
 * Step 4, confirmation: candidate scan plus the HanLP token check of the clause windows that hold
 * a candidate, per article, as the trends stage runs it ({@code TermDetector.detect}, second
 * opinion included) and as the ministries stage runs it ({@code MinistryDetector.detect}: the
 * gazetteer, the token check and the foreign/local/sub-unit rules). One operation = one article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class ConfirmBenchmark {
  private List<ArticleText> articles;
  private List<LocalDate> dates;
  private TermDetector<TopicTerm> terms;
  private MinistryDetector ministries;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    IssueCorpus corpus = IssueCorpus.load(true, true);
    articles = corpus.articles;
    dates = corpus.articleDates;
    terms = Detectors.termDetector(Detectors.settings());
    ministries = Detectors.ministryDetector(Detectors.settings());
  }

  @Benchmark
  public Detection<TopicTerm> topicTerms(Volume volume) {
    ArticleText article = articles.get(next);
    next = (next + 1) % articles.size();
    volume.chars += IssueCorpus.chars(article);
    volume.articles++;
    return terms.detect(article);
  }

  @Benchmark
  public ArticleMinistries ministries(Volume volume) {
    int i = next;
    next = (next + 1) % articles.size();
    ArticleText article = articles.get(i);
    volume.chars += IssueCorpus.chars(article);
    volume.articles++;
    return ministries.detect(article, dates.get(i));
  }
}
