package org.paperscope.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one benchmark operation processed, reported by JMH next to ops/s as rates: {@code bytes}
 * (input bytes per second; divide by 10^6 for MB/s), {@code chars} (UTF-16 chars of text per
 * second) and {@code articles} (articles per second). An operation is one issue or one article,
 * whose sizes differ; these rates are the ones to compare between steps.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Volume {
  public long bytes;
  public long chars;
  public long articles;

  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
    chars = 0;
    articles = 0;
  }
}
