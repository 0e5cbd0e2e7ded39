package org.paperscope.bench;

import org.openjdk.jmh.Main;

/**
 * {@code bin/bench jmh [JMH options]}: the step benchmarks of {@code org.paperscope.bench.jmh}
 * through JMH's own command line ({@code -h} lists its options, e.g. {@code Segment} to run one
 * class, {@code -f 1 -wi 1 -i 2} for a shorter run, {@code -rf json -rff out.json}). Without the
 * corpus it prints why and runs nothing (exit code 0), so a machine without {@code ../shared}
 * does not fail on a benchmark it cannot feed.
 */
public final class JmhLauncher {
  private JmhLauncher() {}

  public static void main(String[] args) throws Exception {
    if (BenchCorpus.locate().isEmpty()) {
      System.err.println(BenchCorpus.missingMessage());
      return;
    }
    // The forks inherit this JVM's flags, the corpus location included.
    System.setProperty(BenchCorpus.CORPUS_PROPERTY, BenchCorpus.require().toString());
    Main.main(args);
  }
}
