package org.paperscope.jobs;

/** Process exit codes, documented for operators in the README. */
public final class ExitCode {
  /** Every stage finished; rejects (if any) are in the rejects table. */
  public static final int OK = 0;
  /** Any other failure: Spark, I/O, a bug. Airflow should retry. */
  public static final int FAILURE = 1;
  /** Usage or configuration error: bad option, missing input, bad config file. Do not retry. */
  public static final int USAGE = 2;
  /** No input file for the requested dates (with input.on-no-input=fail). */
  public static final int NO_INPUT = 3;

  private ExitCode() {}
}
