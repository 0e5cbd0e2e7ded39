package org.paperscope.jobs.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.paperscope.common.config.Settings;

/**
 * A compact summary of a whole per-month table (one of the per-day tables, partitioned by
 * {@code publication} and {@code issue_month}), kept in a state table and brought up to date
 * month by month, so that what a one-day run needs of every day of the archive (the period
 * signatures, the first day of each term) costs one small read instead of opening every month's
 * file: on xwlb ×10 a table is 560 month files, and a one-day run read five such tables whole.
 *
 * <p>The summary of a month must depend on that month's rows only (a {@code digest} function
 * applied to any set of months gives the union of its results on each month). Each month's part
 * is stamped with a key: a hash of the names, sizes and modification times of the month's files
 * and of {@code version}. Every writer of a per-day table writes new files with new names, so a
 * month whose key is the stored one holds the rows it was summarised from; any other month (new,
 * rewritten by this or another run, or summarised by another version) is summarised again from
 * its partition, and a month whose folder is gone is dropped. The state is rewritten when it is
 * missing or when more than {@link #MAX_FRESH_MONTHS} months had to be summarised again: a daily
 * run reads its own month and the few that changed since the last rewrite, and rewrites the state
 * every few months, not every day.
 *
 * <p>The state ({@code _state/NAME}, not an API) is a cache: deleting it costs one run a whole
 * read. It is written by one consumer only, under that consumer's aggregate lock.
 */
public final class MonthDigest {
  private static final Logger LOG = LogManager.getLogger(MonthDigest.class);
  static final String MONTH_KEY = "month_key";
  static final String MARKER = "month_marker";
  /** Months summarised again from their partitions before the state is rewritten. */
  static final int MAX_FRESH_MONTHS = 6;

  private MonthDigest() {}

  /**
   * The summary {@code digest} of every month of the per-month table {@code source}: rows of
   * {@code schema}, which must hold {@code publication} and {@code issue_month}.
   *
   * @param name    the state table, {@code _state/NAME}
   * @param version changes when {@code digest} or {@code schema} changes (every month is then summarised again)
   */
  public static Dataset<Row> of(Warehouse warehouse, TableSpec source, String name, String version,
      StructType schema, Function<Dataset<Row>, Dataset<Row>> digest) {
    return refresh(warehouse, source, name, version, schema, digest).rows();
  }

  /**
   * What {@link #of} did.
   *
   * @param rows      the summary of every month
   * @param fresh     the month partitions summarised again from the table
   * @param rewritten whether the state was written again
   */
  record Refresh(Dataset<Row> rows, List<String> fresh, boolean rewritten) {}

  /** {@link #of}, with what it read and wrote. */
  static Refresh refresh(Warehouse warehouse, TableSpec source, String name, String version,
      StructType schema, Function<Dataset<Row>, Dataset<Row>> digest) {
    if (!source.daily()) {
      throw new IllegalArgumentException("Table " + source.name() + " is not partitioned by publication and month");
    }
    SparkSession spark = warehouse.spark();
    TableSpec stateSpec = stateSpec(name, schema);
    SortedMap<String, String> current = monthKeys(warehouse, source, version);
    boolean stored = Tables.exists(spark, warehouse.tablePath(stateSpec.name()));
    Dataset<Row> state = stored ? Tables.read(spark, warehouse.root(), stateSpec) : null;
    Map<String, String> storedKeys = new TreeMap<>();
    if (state != null) {
      for (Row marker : state.filter(col(MARKER)).select(col(TableSpec.PUBLICATION), col(TableSpec.ISSUE_MONTH),
          col(MONTH_KEY)).collectAsList()) {
        storedKeys.put(ParquetSink.monthPartition(marker.getString(0), marker.getString(1)), marker.getString(2));
      }
    }
    List<Row> kept = new ArrayList<>();
    List<String> fresh = new ArrayList<>();
    List<Row> freshMarkers = new ArrayList<>();
    for (Map.Entry<String, String> month : current.entrySet()) {
      String[] values = partitionValues(month.getKey());
      if (month.getValue().equals(storedKeys.get(month.getKey()))) {
        kept.add(RowFactory.create(values[0], values[1]));
      } else {
        fresh.add(month.getKey());
        freshMarkers.add(marker(stateSpec.schema(), values[0], values[1], month.getValue()));
      }
    }
    LOG.info("{}: {} of {} months of {} summarised again from their partitions", stateSpec.name(), fresh.size(),
        current.size(), source.name());
    StructType monthSchema = new StructType()
        .add(TableSpec.PUBLICATION, DataTypes.StringType)
        .add(TableSpec.ISSUE_MONTH, DataTypes.StringType);
    Dataset<Row> rows = state == null || kept.isEmpty()
        ? spark.createDataFrame(List.of(), stateSpec.schema())
        : state.join(broadcast(spark.createDataFrame(kept, monthSchema)),
            ParquetSink.seq(new String[] {TableSpec.PUBLICATION, TableSpec.ISSUE_MONTH}), "left_semi");
    if (!fresh.isEmpty()) {
      Dataset<Row> summary = digest.apply(Tables.readPartitions(spark, warehouse.root(), source, fresh));
      rows = rows.unionByName(summary
          .withColumn(MONTH_KEY, lit(null).cast(DataTypes.StringType))
          .withColumn(MARKER, lit(false))
          .select(ParquetSink.columns(stateSpec.columns())))
          .unionByName(spark.createDataFrame(freshMarkers, stateSpec.schema()));
    }
    boolean rewrite = state == null || fresh.size() > MAX_FRESH_MONTHS;
    if (rewrite) {
      ParquetSink.replaceTable(rows, warehouse, stateSpec);
      rows = Tables.read(spark, warehouse.root(), stateSpec);
    }
    return new Refresh(rows.filter(col(MARKER).equalTo(false)).select(ParquetSink.columns(schema.fieldNames())),
        List.copyOf(fresh), rewrite);
  }

  /** The state table: {@code schema} made nullable (a month's marker row has only its key), the key and the marker flag. */
  static TableSpec stateSpec(String name, StructType schema) {
    StructType state = new StructType();
    for (StructField field : schema.fields()) {
      state = state.add(field.name(), field.dataType(), true);
    }
    state = state.add(MONTH_KEY, DataTypes.StringType).add(MARKER, DataTypes.BooleanType, false);
    return TableSpec.whole("_state/" + name, state, List.of(), TableSpec.PUBLICATION, TableSpec.ISSUE_MONTH);
  }

  private static Row marker(StructType schema, String publication, String month, String key) {
    Object[] values = new Object[schema.size()];
    values[schema.fieldIndex(TableSpec.PUBLICATION)] = publication;
    values[schema.fieldIndex(TableSpec.ISSUE_MONTH)] = month;
    values[schema.fieldIndex(MONTH_KEY)] = key;
    values[schema.fieldIndex(MARKER)] = true;
    return RowFactory.create(values);
  }

  /**
   * Every month partition of {@code source} ({@code publication=P/issue_month=M}) with the hash of
   * {@code version} and its data files' names, sizes and modification times; listed on the driver
   * (a few hundred folders for a daily paper over decades).
   */
  static SortedMap<String, String> monthKeys(Warehouse warehouse, TableSpec source, String version) {
    SortedMap<String, String> keys = new TreeMap<>();
    Path table = new Path(warehouse.tablePath(source.name()));
    try {
      FileSystem fs = warehouse.fileSystem();
      if (!fs.exists(table)) {
        return keys;
      }
      for (FileStatus publication : fs.listStatus(table)) {
        if (!publication.isDirectory() || !publication.getPath().getName().startsWith(TableSpec.PUBLICATION + "=")) {
          continue;
        }
        for (FileStatus month : fs.listStatus(publication.getPath())) {
          if (!month.isDirectory() || !month.getPath().getName().startsWith(TableSpec.ISSUE_MONTH + "=")) {
            continue;
          }
          SortedMap<String, String> files = new TreeMap<>();
          for (FileStatus file : fs.listStatus(month.getPath())) {
            String fileName = file.getPath().getName();
            if (file.isFile() && !fileName.startsWith("_") && !fileName.startsWith(".")) {
              files.put(fileName, file.getLen() + ":" + file.getModificationTime());
            }
          }
          StringBuilder text = new StringBuilder(version).append('\n');
          files.forEach((fileName, stamp) -> text.append(fileName).append(' ').append(stamp).append('\n'));
          keys.put(publication.getPath().getName() + "/" + month.getPath().getName(), Settings.sha256(text.toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the month partitions of " + table, e);
    }
    return keys;
  }

  /** (publication, issue_month) of a folder {@code publication=P/issue_month=M}. */
  private static String[] partitionValues(String partition) {
    String[] parts = partition.split("/", 2);
    return new String[] {
        ExternalCatalogUtils.unescapePathName(parts[0].substring(parts[0].indexOf('=') + 1)),
        ExternalCatalogUtils.unescapePathName(parts[1].substring(parts[1].indexOf('=') + 1))};
  }
}
