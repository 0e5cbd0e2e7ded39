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
import org.paperscope.common.input.DecodedText;

/**
 * Step 1, decode: {@code IssueDecoder.decode} over the raw bytes of every issue file (BOM and
 * binary checks, strict UTF-8, control-character share). One operation = one issue file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class DecodeBenchmark {
  private IssueCorpus corpus;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    corpus = IssueCorpus.load(false, false);
  }

  @Benchmark
  public DecodedText decode(Volume volume) {
    byte[] bytes = corpus.raw.get(next);
    next = (next + 1) % corpus.raw.size();
    DecodedText text = IssueCorpus.decode(bytes);
    volume.bytes += bytes.length;
    volume.chars += text.text().length();
    return text;
  }
}
