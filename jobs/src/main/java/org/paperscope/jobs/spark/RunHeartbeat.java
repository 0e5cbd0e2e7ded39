package org.paperscope.jobs.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Tells other runs that this one is alive: an owner file {@code _runs/<run_id>.alive} and every
 * lock the run holds are rewritten every {@link #INTERVAL}. {@link ParquetSink#recover} only repairs
 * the staging and trash of runs whose owner file is older than {@link WarehouseLock#STALE_AFTER}
 * (or missing), so a slow live run is never undone by another run starting.
 */
public final class RunHeartbeat implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(RunHeartbeat.class);
  static final Duration INTERVAL = Duration.ofSeconds(5);
  private final FileSystem fs;
  private final Path ownerFile;
  private final List<WarehouseLock> locks = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService timer;

  private RunHeartbeat(FileSystem fs, Path ownerFile) {
    this.fs = fs;
    this.ownerFile = ownerFile;
    this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "paperscope-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Starts beating for {@code runId} under {@code warehouse}. */
  public static RunHeartbeat start(FileSystem fs, String warehouse, String runId) {
    RunHeartbeat heartbeat = new RunHeartbeat(fs, ownerFile(warehouse, runId));
    heartbeat.beat();
    heartbeat.timer.scheduleWithFixedDelay(heartbeat::beat, INTERVAL.toMillis(), INTERVAL.toMillis(),
        TimeUnit.MILLISECONDS);
    return heartbeat;
  }

  static Path ownerFile(String warehouse, String runId) {
    return new Path(warehouse + "/_runs/" + runId + ".alive");
  }

  /** True when the run {@code runId} has beaten within {@link WarehouseLock#STALE_AFTER}. */
  static boolean isAlive(FileSystem fs, String warehouse, String runId) throws IOException {
    Path file = ownerFile(warehouse, runId);
    if (!fs.exists(file)) {
      return false;
    }
    FileStatus status = fs.getFileStatus(file);
    return Instant.ofEpochMilli(status.getModificationTime()).plus(WarehouseLock.STALE_AFTER)
        .isAfter(Instant.now());
  }

  void keepAlive(WarehouseLock lock) {
    locks.add(lock);
  }

  void forget(WarehouseLock lock) {
    locks.remove(lock);
  }

  private void beat() {
    try {
      try (FSDataOutputStream out = fs.create(ownerFile, true)) {
        out.write((Instant.now() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      for (WarehouseLock lock : locks) {
        lock.refresh();
      }
    } catch (IOException | RuntimeException e) {
      // A missed beat is retried at the next one; only a minute of misses frees the locks.
      LOG.warn("Heartbeat of {} failed: {}", ownerFile, e.toString());
    }
  }

  /** Releases every lock still held, stops beating and removes the owner file. */
  @Override
  public void close() {
    timer.shutdownNow();
    for (WarehouseLock lock : List.copyOf(locks)) {
      lock.close();
    }
    try {
      fs.delete(ownerFile, false);
    } catch (IOException e) {
      LOG.warn("Cannot remove {}: {}", ownerFile, e.toString());
    }
  }
}
