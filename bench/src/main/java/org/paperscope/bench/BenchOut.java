package org.paperscope.bench;

import java.util.Locale;

/**
 * The one output format of every bench figure: {@code bench <name> <value> <unit>} on stdout, one
 * line per figure, so that {@code bin/bench} and a reader's {@code grep '^bench '} see the same
 * lines whichever program printed them.
 */
public final class BenchOut {
  private BenchOut() {}

  /** Prints one figure; {@code name} is snake_case, {@code value} is printed with 3 decimals. */
  public static void figure(String name, double value, String unit) {
    System.out.println(String.format(Locale.ROOT, "bench %s %.3f %s", name, value, unit));
  }

  /** Prints one whole-number figure. */
  public static void count(String name, long value, String unit) {
    System.out.println("bench " + name + " " + value + " " + unit);
  }

  /** Seconds since {@code startNanos} ({@link System#nanoTime()}). */
  public static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
