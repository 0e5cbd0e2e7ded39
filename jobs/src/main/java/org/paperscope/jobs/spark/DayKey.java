package org.paperscope.jobs.spark;

import java.io.Serializable;
import java.time.LocalDate;

/** One day partition of one publication: the unit that a run replaces. */
public record DayKey(String publication, LocalDate date) implements Serializable, Comparable<DayKey> {
  @Override
  public int compareTo(DayKey other) {
    int byPublication = publication.compareTo(other.publication);
    return byPublication != 0 ? byPublication : date.compareTo(other.date);
  }
}
