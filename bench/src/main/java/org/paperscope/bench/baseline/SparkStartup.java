package org.paperscope.bench.baseline;

import org.apache.spark.sql.SparkSession;
import org.paperscope.bench.BenchOut;
import org.paperscope.jobs.spark.SessionFactory;

/**
 * Spark's own start-up, the yardstick of goal 3: a fresh JVM builds the session exactly as the
 * pipeline does ({@code SessionFactory}, {@code local[*]} unless a master is given), runs one
 * trivial job and stops. Prints the time to the session, to the end of the first job, and the
 * JVM's age when the session was ready (class loading before {@code main}).
 *
 * <p>Usage: {@code SparkStartup [MASTER]}.
 */
public final class SparkStartup {
  private SparkStartup() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    SparkSession spark = SessionFactory.create("paperscope-bench-startup", args.length > 0 ? args[0] : null);
    try {
      spark.sparkContext().setLogLevel("WARN");
      double session = BenchOut.secondsSince(start);
      long jobStart = System.nanoTime();
      long rows = spark.range(1).count();
      if (rows != 1) {
        throw new IllegalStateException("spark.range(1).count() returned " + rows);
      }
      BenchOut.figure("spark_session_create", session, "s");
      BenchOut.figure("spark_first_job", BenchOut.secondsSince(jobStart), "s");
      BenchOut.figure("spark_jvm_uptime_at_session",
          java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0 - BenchOut.secondsSince(jobStart), "s");
    } finally {
      spark.stop();
    }
  }
}
