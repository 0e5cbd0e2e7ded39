package org.paperscope.common.gazetteer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One central body of the gazetteer ({@code conf/gazetteer/ministries.tsv}).
 *
 * @param id            stable id such as {@code miit}
 * @param canonicalName full official name (工业和信息化部)
 * @param aliases       other names matched in text (工信部), without the canonical name
 * @param kind          state_council_department, national_bureau, party_npc_cppcc, …
 * @param validFrom     first day under this name, or null when long-standing
 * @param validTo       first day no longer under this name (exclusive), or null when current
 * @param successorId   the body that took it over, or null
 * @param parentId      the administering ministry of a national bureau, or null
 * @param lineageId     the current body reached by following successors (its own id when current)
 * @param notes         free text from the file
 */
public record Ministry(
    String id,
    String canonicalName,
    List<String> aliases,
    String kind,
    LocalDate validFrom,
    LocalDate validTo,
    String successorId,
    String parentId,
    String lineageId,
    String notes) implements Serializable {

  public Ministry {
    aliases = List.copyOf(aliases);
  }

  /** The canonical name followed by the aliases: every string that names this body in text. */
  public List<String> names() {
    List<String> names = new java.util.ArrayList<>(aliases.size() + 1);
    names.add(canonicalName);
    names.addAll(aliases);
    return names;
  }

  /** Whether the body existed under this name on {@code date} (half-open validity). */
  public boolean validOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || date.isBefore(validTo));
  }

  /** Whether the two validity intervals share at least one day. */
  public boolean overlaps(Ministry other) {
    boolean startsBeforeOtherEnds = validFrom == null || other.validTo == null
        || validFrom.isBefore(other.validTo);
    boolean otherStartsBeforeThisEnds = other.validFrom == null || validTo == null
        || other.validFrom.isBefore(validTo);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** A copy with the lineage filled in (the reader computes it after reading every row). */
  Ministry withLineage(String lineage) {
    return new Ministry(id, canonicalName, aliases, kind, validFrom, validTo, successorId, parentId,
        lineage, notes);
  }
}
