package org.paperscope.jobs.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.paperscope.jobs.spark.MonthLocks;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.TableSpec;

/**
 * A stage's writes through {@link ParquetSink}, recorded in its {@link StageResult}, and run side
 * by side when they do not depend on each other.
 */
public final class Publish {
  private Publish() {}

  /**
   * {@link ParquetSink#replaceDays} of {@code rows} into the per-day table {@code table} for the
   * days of {@code held}, recorded in {@code result}.
   *
   * @return rows in the rewritten partitions after the write
   */
  public static long days(StageResult.Builder result, Dataset<Row> rows, MonthLocks held, TableSpec table) {
    long written = ParquetSink.replaceDays(rows, held, table, false);
    result.table(table.name(), written);
    return written;
  }

  /**
   * Runs {@code writes} (independent of each other: none reads what another writes), at most
   * {@code threads} at a time, and returns when all have ended. A small write costs more in
   * planning, scheduling and committing files than in work, so side by side they keep both the
   * driver and the executors busy. If any fails, the others still finish (a write cut off would
   * only leave staging files to clean) and the first failure is thrown, the others added to it
   * as suppressed.
   */
  public static void together(int threads, List<Runnable> writes) {
    if (threads <= 1 || writes.size() <= 1) {
      writes.forEach(Runnable::run);
      return;
    }
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, writes.size()), runnable -> {
      Thread thread = new Thread(runnable, "paperscope-write-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      writes.forEach(write -> running.add(pool.submit(write)));
      RuntimeException failure = null;
      for (Future<?> future : running) {
        try {
          future.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime
              : new IllegalStateException("A write failed: " + e.getCause(), e.getCause());
          if (failure == null) {
            failure = cause;
          } else if (failure != cause) {
            failure.addSuppressed(cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for the stage's writes", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
