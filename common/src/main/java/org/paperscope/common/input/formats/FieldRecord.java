package org.paperscope.common.input.formats;

import java.util.Map;

/**
 * One per-article record already taken apart into fields by a reader that lives elsewhere (the
 * Parquet reader of the Spark jobs, which needs Parquet's own library), before the field mapping.
 *
 * @param item   1-based position in the file (row)
 * @param fields field name (any case) → value as text; absent or null for a missing value
 */
public record FieldRecord(int item, Map<String, String> fields) {
  public FieldRecord {
    fields = Map.copyOf(fields);
  }
}
