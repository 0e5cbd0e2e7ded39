package org.paperscope.jobs.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The locks on the (publication, month) partitions that hold the days a stage replaces: taken
 * once, before the stage's first per-day write, and held until its last, so every per-day table
 * of those months is rewritten by one run at a time, and the stage's writes can run side by side
 * ({@link ParquetSink#replaceDays} requires them). Taken all at once in sorted order, so two runs
 * that share some months cannot deadlock: the second waits for the first, as the rewrite of a
 * shared month must (it carries over the days it does not own, so it has to see the other run's
 * result); runs on different months never wait for each other.
 */
public final class MonthLocks implements AutoCloseable {
  /** How long a stage waits for another run on the same months (a backfill of a year takes minutes). */
  private static final Duration WAIT = Duration.ofHours(2);
  private final Warehouse warehouse;
  private final SortedSet<DayKey> days;
  private final SortedSet<String> undatedOf;
  private final List<WarehouseLock> locks;

  private MonthLocks(Warehouse warehouse, SortedSet<DayKey> days, SortedSet<String> undatedOf,
      List<WarehouseLock> locks) {
    this.warehouse = warehouse;
    this.days = days;
    this.undatedOf = undatedOf;
    this.locks = locks;
  }

  /**
   * Takes the locks of the months of {@code days} and of the {@code issue_month=undated}
   * partition of each of {@code undatedOf} (publications whose undated rejects the holder
   * rewrites; usually none).
   */
  public static MonthLocks acquire(Warehouse warehouse, Set<DayKey> days, Set<String> undatedOf) {
    SortedSet<DayKey> dayCopy = Collections.unmodifiableSortedSet(new TreeSet<>(days));
    SortedSet<String> undatedCopy = Collections.unmodifiableSortedSet(new TreeSet<>(undatedOf));
    SortedSet<String> names = new TreeSet<>();
    for (String partition : partitions(dayCopy, undatedCopy)) {
      names.add("months/" + partition.replace(TableSpec.PUBLICATION + "=", "")
          .replace(TableSpec.ISSUE_MONTH + "=", ""));
    }
    List<WarehouseLock> locks = new ArrayList<>();
    try {
      for (String name : names) {
        locks.add(WarehouseLock.acquire(warehouse, name, WAIT));
      }
    } catch (RuntimeException e) {
      locks.forEach(WarehouseLock::close);
      throw e;
    }
    // A lock taken over from a dead run: repair what that run left before rewriting its months
    // (its heartbeat is stale by now, so recover treats it as dead).
    ParquetSink.recover(warehouse);
    return new MonthLocks(warehouse, dayCopy, undatedCopy, locks);
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  /** The days the holder replaces. */
  public SortedSet<DayKey> days() {
    return days;
  }

  /** Publications whose undated partition the holder may rewrite. */
  public SortedSet<String> undatedOf() {
    return undatedOf;
  }

  /** The partitions ({@code publication=P/issue_month=M}) of the days, plus the undated ones if asked. */
  SortedSet<String> partitions(boolean withUndated) {
    return partitions(days, withUndated ? undatedOf : Collections.emptySortedSet());
  }

  private static SortedSet<String> partitions(SortedSet<DayKey> days, SortedSet<String> undatedOf) {
    SortedSet<String> partitions = new TreeSet<>();
    for (DayKey day : days) {
      partitions.add(ParquetSink.monthPartition(day.publication(), ParquetSink.month(day.date())));
    }
    for (String publication : undatedOf) {
      partitions.add(ParquetSink.monthPartition(publication, TableSpec.UNDATED));
    }
    return partitions;
  }

  /** Fails unless the months of {@code partitions} are among those held. */
  void requireHeld(SortedSet<String> partitions) {
    SortedSet<String> held = partitions(true);
    if (!held.containsAll(partitions)) {
      SortedSet<String> missing = new TreeSet<>(partitions);
      missing.removeAll(held);
      throw new IllegalStateException("Month partitions written without their lock: " + missing);
    }
  }

  @Override
  public void close() {
    locks.forEach(WarehouseLock::close);
  }
}
