package org.paperscope.common.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated set of central bodies with a time-aware name lookup.
 *
 * <p>Checks on construction: ids unique; every successor_id and parent_id names a body of the
 * file; successor chains end (no cycle); no name (canonical or alias) is claimed by two bodies
 * whose validity overlaps. Each body gets its {@code lineageId}: successor_id followed to a body
 * without a successor.
 *
 * <p>Lookup of a name on a date ({@link #resolve}): among the bodies claiming the name, the one
 * valid on that date; else the one whose validity ended most recently before it (a mention of
 * 银保监会 in 2024 is history talk and stays 银保监会, rolled up by lineage to 国家金融监督管理总局);
 * else the earliest one.
 */
public final class MinistryGazetteer {
  private final List<Ministry> ministries;
  private final Map<String, Ministry> byId;
  private final Map<String, List<Ministry>> byName;

  private MinistryGazetteer(List<Ministry> ministries, Map<String, Ministry> byId,
      Map<String, List<Ministry>> byName) {
    this.ministries = ministries;
    this.byId = byId;
    this.byName = byName;
  }

  /** Validates the rows and computes lineages; errors name the offending ids and names. */
  public static MinistryGazetteer of(List<Ministry> rows) {
    Map<String, Ministry> raw = new LinkedHashMap<>();
    for (Ministry m : rows) {
      if (raw.putIfAbsent(m.id(), m) != null) {
        throw new IllegalArgumentException("Gazetteer id '" + m.id() + "' is used twice");
      }
    }
    for (Ministry m : rows) {
      if (m.successorId() != null && !raw.containsKey(m.successorId())) {
        throw new IllegalArgumentException("Gazetteer body " + m.id() + " names successor_id '"
            + m.successorId() + "', which is not in the gazetteer");
      }
      if (m.parentId() != null && !raw.containsKey(m.parentId())) {
        throw new IllegalArgumentException("Gazetteer body " + m.id() + " names parent_id '"
            + m.parentId() + "', which is not in the gazetteer");
      }
      if (m.id().equals(m.successorId())) {
        throw new IllegalArgumentException("Gazetteer body " + m.id() + " is its own successor");
      }
    }
    Map<String, Ministry> byId = new LinkedHashMap<>();
    for (Ministry m : rows) {
      byId.put(m.id(), m.withLineage(lineage(m, raw)));
    }
    Map<String, List<Ministry>> byName = new LinkedHashMap<>();
    for (Ministry m : byId.values()) {
      for (String name : m.names()) {
        List<Ministry> claimants = byName.computeIfAbsent(name, k -> new ArrayList<>());
        for (Ministry other : claimants) {
          if (other.overlaps(m)) {
            throw new IllegalArgumentException("Gazetteer name '" + name + "' is claimed by "
                + other.id() + " and " + m.id() + " with overlapping validity ("
                + interval(other) + " and " + interval(m) + ")");
          }
        }
        claimants.add(m);
      }
    }
    Comparator<Ministry> byStart = Comparator.comparing(Ministry::validFrom,
        Comparator.nullsFirst(Comparator.naturalOrder()));
    byName.values().forEach(list -> list.sort(byStart));
    byName.replaceAll((k, v) -> List.copyOf(v));
    return new MinistryGazetteer(List.copyOf(byId.values()), Collections.unmodifiableMap(byId),
        Collections.unmodifiableMap(byName));
  }

  private static String lineage(Ministry start, Map<String, Ministry> raw) {
    Set<String> seen = new LinkedHashSet<>();
    Ministry current = start;
    while (current.successorId() != null) {
      if (!seen.add(current.id())) {
        throw new IllegalArgumentException("Gazetteer successor chain of " + start.id()
            + " loops: " + String.join(" -> ", seen) + " -> " + current.id());
      }
      current = raw.get(current.successorId());
    }
    return current.id();
  }

  private static String interval(Ministry m) {
    return "[" + (m.validFrom() == null ? "" : m.validFrom()) + ", "
        + (m.validTo() == null ? "" : m.validTo()) + ")";
  }

  /** Every body, in file order. */
  public List<Ministry> ministries() {
    return ministries;
  }

  /** Every name (canonical and alias) of every body: the dictionary a matcher needs. */
  public Set<String> names() {
    return byName.keySet();
  }

  /** The body with this id; fails naming the id when there is none. */
  public Ministry byId(String id) {
    Ministry m = byId.get(id);
    if (m == null) {
      throw new IllegalArgumentException("No gazetteer body with id '" + id + "'");
    }
    return m;
  }

  /** The bodies claiming {@code name}, earliest first (empty when the name is unknown). */
  public List<Ministry> claimants(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /**
   * The body {@code name} means on {@code date}: the claimant valid on that date, else the one whose
   * validity ended most recently before it, else the earliest claimant. Empty for an unknown name.
   * A null date picks the current (or latest) claimant.
   */
  public Optional<Ministry> resolve(String name, LocalDate date) {
    List<Ministry> claimants = claimants(name);
    if (claimants.isEmpty()) {
      return Optional.empty();
    }
    if (claimants.size() == 1) {
      return Optional.of(claimants.get(0));
    }
    if (date == null) {
      return Optional.of(claimants.get(claimants.size() - 1));
    }
    Ministry endedLatest = null;
    for (Ministry m : claimants) {
      if (m.validOn(date)) {
        return Optional.of(m);
      }
      if (m.validTo() != null && !date.isBefore(m.validTo())
          && (endedLatest == null || m.validTo().isAfter(endedLatest.validTo()))) {
        endedLatest = m;
      }
    }
    return Optional.of(endedLatest != null ? endedLatest : claimants.get(0));
  }
}
