package org.paperscope.common.input.formats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which record field names feed which article field ({@code input.fields.*}). Names match without
 * regard to case; the first name present in a record wins.
 *
 * @param names the names of each field, in order of preference
 */
public record FieldMapping(Map<RecordField, List<String>> names) implements Serializable {
  private static final long serialVersionUID = 1L;

  public FieldMapping {
    EnumMap<RecordField, List<String>> copy = new EnumMap<>(RecordField.class);
    for (RecordField field : RecordField.values()) {
      List<String> given = names.getOrDefault(field, field.defaultNames());
      List<String> lower = new ArrayList<>();
      for (String name : given) {
        if (name.isBlank()) {
          throw new IllegalArgumentException("input.fields." + field.key() + " contains an empty name: " + given);
        }
        lower.add(name.strip().toLowerCase(Locale.ROOT));
      }
      copy.put(field, List.copyOf(lower));
    }
    names = Map.copyOf(copy);
  }

  /** The default names of every field. */
  public static FieldMapping defaults() {
    return new FieldMapping(Map.of());
  }

  /** The names of one field, lower case. */
  public List<String> namesOf(RecordField field) {
    return names.get(field);
  }
}
