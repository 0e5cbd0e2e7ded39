package org.paperscope.jobs.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A lock file under {@code <warehouse>/_locks/}. Two uses: the month partitions a run rewrites
 * (two runs on the same month serialize, runs on different months do not), and the recompute and
 * swap of the aggregate tables (the last run to take the lock sees every run's day rows).
 *
 * <p>A held lock is kept alive by the run's {@link RunHeartbeat}, which rewrites it every few
 * seconds; a lock whose file has not been rewritten for {@link #STALE_AFTER} belongs to a dead run
 * and is taken over. A long recompute therefore never loses its lock, and a killed run's lock is
 * free within a minute (system property {@code paperscope.lock.stale-seconds}, default 60). Creating the file is atomic on HDFS and local disks; on object stores
 * without atomic create, schedule runs one at a time (the Airflow DAG does).
 */
public final class WarehouseLock implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(WarehouseLock.class);
  /** A lock not refreshed for this long is abandoned (the heartbeat refreshes every few seconds). */
  public static final Duration STALE_AFTER = Duration.ofSeconds(
      Long.getLong("paperscope.lock.stale-seconds", 60));
  private static final Duration POLL = Duration.ofMillis(500);
  private final FileSystem fs;
  private final Path file;
  private final String owner;
  private final RunHeartbeat heartbeat;
  private boolean released;

  private WarehouseLock(FileSystem fs, Path file, String owner, RunHeartbeat heartbeat) {
    this.fs = fs;
    this.file = file;
    this.owner = owner;
    this.heartbeat = heartbeat;
  }

  /** Waits for and takes the lock {@code name} (a relative path such as {@code aggregates/trends}). */
  public static WarehouseLock acquire(Warehouse warehouse, String name, Duration timeout) {
    Path file = new Path(warehouse.root() + "/_locks/" + name + ".lock");
    FileSystem fs = warehouse.fileSystem();
    Instant deadline = Instant.now().plus(timeout);
    try {
      while (true) {
        try (FSDataOutputStream out = fs.create(file, false)) {
          out.write((warehouse.runId() + "\n").getBytes(StandardCharsets.UTF_8));
          WarehouseLock lock = new WarehouseLock(fs, file, warehouse.runId(), warehouse.heartbeat());
          warehouse.heartbeat().keepAlive(lock);
          return lock;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
          // held by another run; fall through to the staleness check and wait
        } catch (IOException e) {
          if (!fs.exists(file)) {
            throw e;
          }
        }
        FileStatus status;
        try {
          status = fs.getFileStatus(file);
        } catch (java.io.FileNotFoundException e) {
          continue;
        }
        if (Instant.ofEpochMilli(status.getModificationTime()).plus(STALE_AFTER).isBefore(Instant.now())) {
          LOG.warn("Taking over lock {}: not refreshed for more than {} s (its run is dead)", file,
              STALE_AFTER.toSeconds());
          fs.delete(file, false);
          continue;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Timed out after " + timeout + " waiting for lock " + file
              + " held by another run");
        }
        Thread.sleep(POLL.toMillis());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot take lock " + file, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for lock " + file, e);
    }
  }

  /**
   * Rewrites the lock file so that other runs see its owner alive; nothing once released (the
   * heartbeat thread may still hold this lock in its list while the run releases it, and must
   * not bring a released lock file back).
   */
  synchronized void refresh() throws IOException {
    if (released) {
      return;
    }
    try (FSDataOutputStream out = fs.create(file, true)) {
      out.write((owner + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Override
  public synchronized void close() {
    if (released) {
      return;
    }
    released = true;
    heartbeat.forget(this);
    try {
      fs.delete(file, false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release lock " + file, e);
    }
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
