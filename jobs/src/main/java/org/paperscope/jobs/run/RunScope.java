package org.paperscope.jobs.run;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.paperscope.jobs.spark.DayKey;
import org.paperscope.jobs.spark.MonthLocks;
import org.paperscope.jobs.spark.Warehouse;

/**
 * The days a run owns, the locks it holds on their months and, when they are in memory, its
 * articles: decided by the first stage of the run (ingest from its input, a stage run alone from
 * the articles table) and handed to the stages after it. Immutable; the locks are held and the
 * datasets persisted until {@link #release} when the run ends, so every per-day table of those
 * months is rewritten by one run at a time and the run's stages can write side by side.
 *
 * <p>Driver-side only: never capture it in executor code.
 */
public final class RunScope {
  private final SortedSet<DayKey> coveredDays;
  private final SortedSet<String> publications;
  private final LocalDate from;
  private final LocalDate to;
  private final MonthLocks locks;
  private final Dataset<Row> articles;
  private final Dataset<Row> text;

  private RunScope(Set<DayKey> coveredDays, Set<String> publications, LocalDate from, LocalDate to,
      MonthLocks locks, Dataset<Row> articles, Dataset<Row> text) {
    this.coveredDays = Collections.unmodifiableSortedSet(new TreeSet<>(coveredDays));
    SortedSet<String> all = new TreeSet<>(publications);
    coveredDays.forEach(day -> all.add(day.publication()));
    this.publications = Collections.unmodifiableSortedSet(all);
    this.from = from;
    this.to = to;
    this.locks = locks;
    this.articles = articles;
    this.text = text;
  }

  /**
   * The scope of a run over {@code spec}'s dates: the days it has input or articles for, the
   * publications it writes (those of the days and any other the input names), and the run's
   * articles if they are in memory (else null). Waits for and takes the locks on the months of
   * its {@link #replacedDays()} (and, with {@code withUndated}, on the undated partition of each
   * publication, where ingest files the rejects of undated files).
   */
  public static RunScope lock(RunSpec spec, Set<DayKey> coveredDays, Set<String> publications,
      Dataset<Row> articles, boolean withUndated) {
    RunScope unlocked = new RunScope(coveredDays, publications, spec.from(), spec.to(), null, articles, null);
    Warehouse warehouse = spec.warehouse();
    MonthLocks locks = MonthLocks.acquire(warehouse, unlocked.replacedDays(),
        withUndated ? unlocked.publications() : Set.of());
    return new RunScope(coveredDays, publications, spec.from(), spec.to(), locks, articles, null);
  }

  /** This scope with the run's article text as the detectors read it (persisted by the caller). */
  public RunScope withText(Dataset<Row> text) {
    return new RunScope(coveredDays, publications, from, to, locks, articles, text);
  }

  /** The locks on the months of the replaced days, held until {@link #release}. */
  public MonthLocks locks() {
    return locks;
  }

  /** Days for which this run has input (ingest) or articles (later stages run alone). */
  public SortedSet<DayKey> coveredDays() {
    return coveredDays;
  }

  /** Publications this run writes. */
  public SortedSet<String> publications() {
    return publications;
  }

  /**
   * The day partitions that this run replaces in every per-day table: the covered days, plus,
   * for a bounded run, every day of the range for each publication of the run (so a day whose
   * input disappeared is emptied rather than left stale).
   */
  public SortedSet<DayKey> replacedDays() {
    SortedSet<DayKey> days = new TreeSet<>(coveredDays);
    if (from != null && to != null) {
      for (String publication : publications) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
          days.add(new DayKey(publication, day));
        }
      }
    }
    return Collections.unmodifiableSortedSet(days);
  }

  /** The articles ingest produced in this run (persisted), or null when the run had no ingest. */
  public Dataset<Row> articles() {
    return articles;
  }

  /** The run's article text as the detectors read it, or null until a stage needed it. */
  public Dataset<Row> text() {
    return text;
  }

  /** Drops what the run kept in memory and releases its month locks. */
  public void release() {
    try {
      if (articles != null) {
        articles.unpersist();
      }
      if (text != null) {
        text.unpersist();
      }
    } finally {
      locks.close();
    }
  }
}
