package org.paperscope.bench.jmh;

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
import org.paperscope.common.issue.IssueParser;
import org.paperscope.common.issue.ParsedIssue;
import org.paperscope.common.issue.ParserSettings;

/**
 * Step 2, parse + repair: {@code IssueParser.parse} with the default settings (the ones
 * {@code conf/paperscope.properties} ships) over the decoded text of every issue: layout
 * detection, boilerplate, captions, page-break repairs, normalization. One operation = one issue.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class ParseBenchmark {
  private IssueCorpus corpus;
  private ParserSettings settings;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    corpus = IssueCorpus.load(true, false);
    settings = ParserSettings.defaults();
  }

  @Benchmark
  public ParsedIssue parse(Volume volume) {
    int i = next;
    next = (next + 1) % corpus.texts.size();
    ParsedIssue parsed = IssueParser.parse(corpus.texts.get(i), settings);
    volume.bytes += corpus.raw.get(i).length;
    volume.chars += corpus.texts.get(i).length();
    volume.articles += parsed.articles().size();
    return parsed;
  }
}
