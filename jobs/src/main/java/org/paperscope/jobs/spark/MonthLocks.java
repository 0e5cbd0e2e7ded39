package org.paperscope.jobs.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.paperscope.jobs.RunContext;

/**
 * The locks on the (publication, month) partitions one write reads, merges and rewrites. Taken all
 * at once in sorted order, so two runs that share some months cannot deadlock: the second waits
 * for the first, as the rewrite of a shared month must (it carries over the days it does not own,
 * so it has to see the other run's result); writes on different months never wait for each other.
 */
final class MonthLocks implements AutoCloseable {
  /** How long a write waits for another run on the same months (a backfill of a year takes minutes). */
  private static final Duration WAIT = Duration.ofHours(2);
  private final List<WarehouseLock> locks;

  private MonthLocks(List<WarehouseLock> locks) {
    this.locks = locks;
  }

  /** Takes the locks of {@code partitions} ({@code publication=P/issue_month=M} folders). */
  static MonthLocks acquire(RunContext context, SortedSet<String> partitions) {
    SortedSet<String> names = new TreeSet<>();
    for (String partition : partitions) {
      names.add("months/" + partition.replace(TableSpec.PUBLICATION + "=", "")
          .replace(TableSpec.ISSUE_MONTH + "=", ""));
    }
    List<WarehouseLock> locks = new ArrayList<>();
    try {
      for (String name : names) {
        locks.add(WarehouseLock.acquire(context, name, WAIT));
      }
    } catch (RuntimeException e) {
      locks.forEach(WarehouseLock::close);
      throw e;
    }
    // A lock taken over from a dead run: repair what that run left before rewriting its months
    // (its heartbeat is stale by now, so recover treats it as dead).
    ParquetSink.recover(context);
    return new MonthLocks(locks);
  }

  @Override
  public void close() {
    locks.forEach(WarehouseLock::close);
  }
}
