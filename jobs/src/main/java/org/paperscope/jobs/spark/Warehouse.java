package org.paperscope.jobs.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * One run's handle on a warehouse: the session, the root folder, the run id its staging, trash,
 * locks and manifest are named after, and the heartbeat that tells other runs this one is alive.
 * Everything that writes or locks ({@link ParquetSink}, {@link WarehouseLock}) takes it.
 *
 * <p>Close it when the run ends: that releases every lock still held and removes the owner file.
 * Driver-side only: never capture it in executor code.
 */
public final class Warehouse implements AutoCloseable {
  private final SparkSession spark;
  private final String root;
  private final String runId;
  private final RunHeartbeat heartbeat;

  private Warehouse(SparkSession spark, String root, String runId, RunHeartbeat heartbeat) {
    this.spark = spark;
    this.root = root;
    this.runId = runId;
    this.heartbeat = heartbeat;
  }

  /**
   * Opens {@code root} (a URI or path; a trailing slash is dropped) for run {@code runId} and
   * starts its heartbeat.
   */
  public static Warehouse open(SparkSession spark, String root, String runId) {
    String trimmed = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    return new Warehouse(spark, trimmed, runId,
        RunHeartbeat.start(ParquetSink.fileSystemOf(spark, trimmed), trimmed, runId));
  }

  public SparkSession spark() {
    return spark;
  }

  /** The warehouse root URI or path, without a trailing slash. */
  public String root() {
    return root;
  }

  public String runId() {
    return runId;
  }

  /** Where a published table lives. */
  public String tablePath(String table) {
    return root + "/" + table;
  }

  /** The file system of the warehouse, with the session's Hadoop configuration. */
  public FileSystem fileSystem() {
    return ParquetSink.fileSystemOf(spark, root);
  }

  RunHeartbeat heartbeat() {
    return heartbeat;
  }

  /** Releases every lock still held, stops the heartbeat and removes the run's owner file. */
  @Override
  public void close() {
    heartbeat.close();
  }
}
