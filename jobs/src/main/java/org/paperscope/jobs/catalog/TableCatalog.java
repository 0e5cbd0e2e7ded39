package org.paperscope.jobs.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.paperscope.jobs.articles.ArticlesTable;
import org.paperscope.jobs.ministries.MinistryTables;
import org.paperscope.jobs.spark.TableSpec;
import org.paperscope.jobs.spark.Tables;
import org.paperscope.jobs.trends.TrendsTables;

/** Every published table of a warehouse, by name: the one list that readers and tools share. */
public final class TableCatalog {
  private static final List<TableSpec> ALL = List.of(
      ArticlesTable.SPEC, ArticlesTable.ISSUES, ArticlesTable.REJECTS,
      TrendsTables.MENTIONS_SPEC, TrendsTables.HITS_SPEC, TrendsTables.CONFLICTS_SPEC,
      TrendsTables.TERM_DAYS_SPEC, TrendsTables.TERM_DAY_COUNTS_SPEC, TrendsTables.VOCABULARY_SPEC,
      TrendsTables.TRENDS_SPEC, TrendsTables.FIRST_SEEN_SPEC, TrendsTables.CONTEXTS_SPEC,
      TrendsTables.EMERGING_SPEC,
      MinistryTables.MENTIONS_SPEC, MinistryTables.SENTENCES_SPEC, MinistryTables.SENTENCE_COUNTS_SPEC,
      MinistryTables.MINISTRY_DAYS_SPEC, MinistryTables.MINISTRY_DAY_COUNTS_SPEC,
      MinistryTables.PAIR_DAY_COUNTS_SPEC, MinistryTables.COOCCURRENCE_SPEC, MinistryTables.NETWORK_SPEC);
  private static final Map<String, TableSpec> BY_NAME = new LinkedHashMap<>();

  static {
    ALL.forEach(spec -> BY_NAME.put(spec.name(), spec));
  }

  private TableCatalog() {}

  /** Every table, in pipeline order. */
  public static List<TableSpec> all() {
    return ALL;
  }

  /** The table called {@code name}; fails naming it when there is none. */
  public static TableSpec spec(String name) {
    TableSpec spec = BY_NAME.get(name);
    if (spec == null) {
      throw new IllegalArgumentException("No table '" + name + "': expected one of " + BY_NAME.keySet());
    }
    return spec;
  }

  /** Reads the table {@code name} of {@code warehouse} with its declared schema. */
  public static Dataset<Row> read(SparkSession spark, String warehouse, String name) {
    return Tables.read(spark, warehouse, spec(name));
  }
}
