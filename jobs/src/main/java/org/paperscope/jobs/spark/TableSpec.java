package org.paperscope.jobs.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One published table: its name, its columns in published order (partition columns last, as
 * readers see them), how it is partitioned and how rows are ordered inside a file. The single
 * description of a table that the writer, the readers and the schema test share.
 *
 * @param name             folder name under the warehouse root
 * @param schema           every column in published order, partition columns included (last)
 * @param partitionColumns the folder levels, in order (a suffix of {@code schema})
 * @param sortColumns      order of rows inside each file
 * @param daily            true for per-day tables: rows carry {@code publication} and
 *                         {@code issue_date} and live in {@code publication=P/issue_month=YYYY-MM}
 *                         folders that a run rewrites for the days it owns; false for aggregate
 *                         tables written whole
 */
public record TableSpec(String name, StructType schema, List<String> partitionColumns,
    List<String> sortColumns, boolean daily) {
  public static final String PUBLICATION = "publication";
  public static final String ISSUE_DATE = "issue_date";
  public static final String ISSUE_MONTH = "issue_month";
  /**
   * The second partition column of the aggregate tables kept per granularity and year
   * ({@code term_trends}, {@code ministry_cooccurrence}): the calendar year of {@code period_start}.
   */
  public static final String PERIOD_YEAR = "period_year";
  /** The issue_month of rows without a date (rejects of undated files). */
  public static final String UNDATED = "undated";

  public TableSpec {
    partitionColumns = List.copyOf(partitionColumns);
    sortColumns = List.copyOf(sortColumns);
    List<String> names = Arrays.asList(schema.fieldNames());
    if (!names.subList(names.size() - partitionColumns.size(), names.size()).equals(partitionColumns)) {
      throw new IllegalArgumentException("Table " + name + ": partition columns " + partitionColumns
          + " must be the last columns of " + names);
    }
  }

  /**
   * A per-day table: {@code columns} (without publication, issue_date, issue_month), then
   * {@code issue_date}, then the partition columns {@code publication} and {@code issue_month};
   * rows sorted by issue_date and then {@code sortColumns}.
   */
  public static TableSpec daily(String name, StructType columns, String... sortColumns) {
    StructType schema = new StructType();
    for (StructField field : columns.fields()) {
      if (!List.of(PUBLICATION, ISSUE_DATE, ISSUE_MONTH).contains(field.name())) {
        schema = schema.add(field);
      }
    }
    schema = schema.add(ISSUE_DATE, DataTypes.DateType)
        .add(PUBLICATION, DataTypes.StringType)
        .add(ISSUE_MONTH, DataTypes.StringType);
    List<String> sort = new ArrayList<>();
    sort.add(ISSUE_DATE);
    sort.addAll(Arrays.asList(sortColumns));
    return new TableSpec(name, schema, List.of(PUBLICATION, ISSUE_MONTH), sort, true);
  }

  /** An aggregate table recomputed whole, optionally partitioned by its last columns. */
  public static TableSpec whole(String name, StructType schema, List<String> partitionColumns,
      String... sortColumns) {
    return new TableSpec(name, schema, partitionColumns, Arrays.asList(sortColumns), false);
  }

  /** Column names in published order. */
  public String[] columns() {
    return schema.fieldNames();
  }

  /** The columns stored inside the files (the schema without the partition columns). */
  public StructType fileSchema() {
    StructType file = new StructType();
    for (StructField field : schema.fields()) {
      if (!partitionColumns.contains(field.name())) {
        file = file.add(field);
      }
    }
    return file;
  }
}
