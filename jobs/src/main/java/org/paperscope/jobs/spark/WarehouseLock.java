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
import org.paperscope.jobs.RunContext;

/**
 * A lock file under {@code <warehouse>/_locks/} held while a run recomputes and swaps the aggregate
 * tables, so that two concurrent runs cannot publish aggregates that miss each other's rows: each
 * run publishes its per-day rows first, then recomputes under the lock, and the last one to take
 * the lock sees everything. Creating the file is atomic on HDFS and local disks; on object stores
 * without atomic create, schedule runs one at a time (the Airflow DAG does).
 */
public final class WarehouseLock implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(WarehouseLock.class);
  private static final Duration STALE_AFTER = Duration.ofHours(2);
  private static final Duration POLL = Duration.ofSeconds(2);
  private final FileSystem fs;
  private final Path file;

  private WarehouseLock(FileSystem fs, Path file) {
    this.fs = fs;
    this.file = file;
  }

  /** Waits for and takes the lock {@code name}; a lock older than two hours is taken over. */
  public static WarehouseLock acquire(RunContext context, String name, Duration timeout) {
    Path file = new Path(context.warehouse() + "/_locks/" + name + ".lock");
    FileSystem fs = ParquetSink.fileSystem(context, context.warehouse());
    Instant deadline = Instant.now().plus(timeout);
    try {
      while (true) {
        try (FSDataOutputStream out = fs.create(file, false)) {
          out.write((context.runId() + "\n").getBytes(StandardCharsets.UTF_8));
          return new WarehouseLock(fs, file);
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
          // held by another run; fall through to the staleness check and wait
        } catch (IOException e) {
          if (!fs.exists(file)) {
            throw e;
          }
        }
        FileStatus status = fs.getFileStatus(file);
        if (Instant.ofEpochMilli(status.getModificationTime()).plus(STALE_AFTER).isBefore(Instant.now())) {
          LOG.warn("Taking over stale lock {}", file);
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

  @Override
  public void close() {
    try {
      fs.delete(file, false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release lock " + file, e);
    }
  }
}
