package org.paperscope.jobs.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession shared by every Spark test in the test JVM: local[2], UI off, two
 * shuffle partitions, UTC. Never stopped by a test (the JVM's exit does it).
 */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .appName("paperscope-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.sql.datetime.java8API.enabled", "true")
          .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
          .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
          // One table holds a folder per day: list them on the driver, not with a Spark job per read.
          .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "4096")
          .config("spark.sql.parquet.compression.codec", "zstd")
          // The serializer of SessionFactory: what a closure or a broadcast value holds must
          // serialize with Kryo in the tests as in a run (a Java record does not).
          .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
          .config("spark.hadoop.fs.file.impl", FastLocalFileSystem.class.getName())
          .config("spark.hadoop.fs.file.impl.disable.cache", "true")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
    }
    return session;
  }
}
