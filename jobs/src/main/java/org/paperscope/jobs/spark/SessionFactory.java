package org.paperscope.jobs.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession of a Paperscope process. Under {@code spark-submit} the master and
 * resources come from the submit command; a plain {@code java} run (the launcher, tests) gets
 * {@code local[*]} unless {@code --master} says otherwise.
 */
public final class SessionFactory {
  private SessionFactory() {}

  /**
   * Creates (or returns the active) session.
   *
   * @param appName shown in the Spark UI and logs
   * @param master  a master URL, or null to keep spark-submit's choice (default {@code local[*]})
   */
  public static SparkSession create(String appName, String master) {
    SparkConf submitted = new SparkConf();
    String effectiveMaster = master != null ? master : submitted.get("spark.master", "local[*]");
    boolean local = effectiveMaster.startsWith("local");
    SparkSession.Builder builder = SparkSession.builder()
        .appName(appName)
        .master(effectiveMaster)
        .config("spark.sql.session.timeZone", "UTC")
        // Partition values are typed by the reader's schema, never guessed (a publication "2024").
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        // One table holds a folder per day: list them on the driver, not with a Spark job per read.
        .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "4096")
        .config("spark.sql.parquet.compression.codec", "zstd")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    if (!submitted.contains("spark.sql.adaptive.enabled")) {
      // On a cluster AQE sizes the shuffle partitions to the data. In local mode they are already
      // 2 x cores (below), so there is nothing to coalesce, and AQE's re-planning of every query
      // stage is driver CPU taken from the two task threads of a small machine: interleaved A/B
      // on 2 cores, whole xwlb x1 61.3-63.4 s -> 56.5-56.7 s, demo pipeline 57.0 -> 53.8 s (means
      // of 3), the same rows (docs/performance.md). --conf spark.sql.adaptive.enabled=true (or
      // -Dspark.sql.adaptive.enabled=true) brings it back.
      builder.config("spark.sql.adaptive.enabled", String.valueOf(!local));
    }
    if (!submitted.contains("spark.ui.enabled")) {
      // A batch run nobody watches: no UI thread, no port 4040 (spark-submit --conf
      // spark.ui.enabled=true brings it back).
      builder.config("spark.ui.enabled", "false");
    }
    if (!submitted.contains("spark.hadoop.fs.file.impl")) {
      // file: paths without Hadoop's forks (chmod per folder, ls per listed file), on the driver
      // and, on a cluster with a shared local mount, on the executors too; HDFS and object stores
      // are untouched. Uncached: a plain LocalFileSystem cached earlier in this JVM (e.g. by the
      // input check before the session existed) would otherwise be handed to Spark's writers.
      builder.config("spark.hadoop.fs.file.impl", FastLocalFileSystem.class.getName())
          .config("spark.hadoop.fs.file.impl.disable.cache", "true");
    }
    if (local) {
      builder.config("spark.ui.showConsoleProgress", String.valueOf(System.console() != null))
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
      if (!submitted.contains("spark.sql.shuffle.partitions")) {
        // 200 shuffle partitions on a laptop mostly schedule empty tasks.
        builder.config("spark.sql.shuffle.partitions",
            String.valueOf(Math.max(4, Runtime.getRuntime().availableProcessors() * 2)));
      }
    }
    return builder.getOrCreate();
  }
}
