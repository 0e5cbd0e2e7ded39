package org.paperscope.jobs.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.paperscope.jobs.DayKey;
import org.paperscope.jobs.RunContext;

/**
 * The only writer of published tables. Every write goes first to a staging folder of its own run
 * ({@code <warehouse>/_staging/<run_id>/<table>}), outside the table, and is then published by
 * renaming whole partition folders:
 *
 * <ul>
 *   <li>{@link #replaceDays}: per-article tables partitioned by {@code publication/issue_date}; the
 *       run's day partitions are replaced (a day without rows is removed), nothing else changes.
 *   <li>{@link #replaceTable}: aggregate tables, recomputed whole and swapped in one rename.
 * </ul>
 *
 * <p>Why not Spark's own dynamic partition overwrite: its {@code .spark-staging-*} folder sits
 * inside the table (readers globbing {@code **}/*.parquet would see half-written files after a
 * crash), and its commit deletes before it renames. Here a killed run leaves published partitions
 * untouched until the swap, the swap moves the old folder to {@code _trash/<run_id>} before moving
 * the new one in, and {@link #recover} finishes or undoes an interrupted swap at the next start.
 * Disjoint runs touch disjoint folders, so concurrent runs on different dates both land.
 */
public final class ParquetSink {
  private static final Logger LOG = LogManager.getLogger(ParquetSink.class);
  public static final String PUBLICATION = "publication";
  public static final String ISSUE_DATE = "issue_date";
  static final String STAGING = "_staging";
  static final String TRASH = "_trash";
  /** Staging and trash of runs older than this are removed by {@link #recover}. */
  private static final Duration ABANDONED_AFTER = Duration.ofHours(24);

  private ParquetSink() {}

  /**
   * Writes {@code rows} (which must have {@code publication} string and {@code issue_date} date
   * columns) and replaces, in {@code table}, exactly the run's {@link RunContext#replacedDays()}.
   *
   * @return the number of rows written
   */
  public static long replaceDays(Dataset<Row> rows, RunContext context, String table) {
    List<String> partitions = new ArrayList<>();
    context.replacedDays().forEach(day -> partitions.add(partitionPath(day)));
    return replacePartitions(rows, context, table, ISSUE_DATE, partitions);
  }

  /**
   * Like {@link #replaceDays} for a table partitioned by {@code publication} and another day-like
   * column ({@code rejects}: {@code reject_day}); {@code partitions} are the relative folders
   * ({@code publication=x/reject_day=undated}) that this run replaces.
   *
   * @return the number of rows written
   */
  public static long replacePartitions(Dataset<Row> rows, RunContext context, String table,
      String dayColumn, List<String> partitions) {
    long started = System.nanoTime();
    String staging = stagingPath(context, table);
    rows.repartition(col(PUBLICATION), col(dayColumn))
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy(PUBLICATION, dayColumn)
        .parquet(staging);
    long stagedAt = System.nanoTime();
    long written = countStaged(context, staging);
    LOG.info("Staged {} rows of {} in {} ms (count {} ms)", written, table, (stagedAt - started) / 1_000_000,
        (System.nanoTime() - stagedAt) / 1_000_000);
    FileSystem fs = fileSystem(context, staging);
    try {
      Path tableDir = new Path(context.tablePath(table));
      Path stagingDir = new Path(staging);
      Path trashDir = new Path(trashPath(context, table));
      fs.mkdirs(tableDir);
      for (String relative : partitions) {
        swap(fs, new Path(stagingDir, relative), new Path(tableDir, relative), new Path(trashDir, relative));
      }
      List<String> stray = strayPartitions(fs, stagingDir);
      if (!stray.isEmpty()) {
        throw new IllegalStateException("Table " + table + ": rows for partitions outside this run: "
            + stray.subList(0, Math.min(5, stray.size())) + " (a stage wrote rows it does not own)");
      }
      fs.delete(stagingDir, true);
      fs.delete(trashDir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish table " + table + " from " + staging, e);
    }
    context.recordTable(table, written);
    LOG.info("Published {} rows of {} over {} partitions", written, table, partitions.size());
    return written;
  }

  /**
   * Writes {@code rows} as the whole new content of {@code table} (optionally partitioned) and
   * swaps it in place of the old one.
   *
   * @return the number of rows written
   */
  public static long replaceTable(Dataset<Row> rows, RunContext context, String table,
      String... partitionColumns) {
    String staging = stagingPath(context, table);
    Dataset<Row> toWrite = rows;
    if (partitionColumns.length > 0) {
      toWrite = rows.repartition(java.util.Arrays.stream(partitionColumns)
          .map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new));
    } else {
      toWrite = rows.coalesce(1);
    }
    toWrite.write().mode(SaveMode.Overwrite).partitionBy(partitionColumns).parquet(staging);
    long written = countStaged(context, staging);
    FileSystem fs = fileSystem(context, staging);
    try {
      Path trash = new Path(trashPath(context, table));
      swap(fs, new Path(staging), new Path(context.tablePath(table)), trash);
      fs.delete(trash, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish table " + table + " from " + staging, e);
    }
    context.recordTable(table, written);
    LOG.info("Published {} rows of {}", written, table);
    return written;
  }

  /** The folder of one day partition relative to the table, escaped the way Spark writes it. */
  public static String partitionPath(DayKey day) {
    return partitionPath(day.publication(), ISSUE_DATE, day.date().toString());
  }

  /** {@code publication=<p>/<column>=<value>}, escaped the way Spark writes partition folders. */
  public static String partitionPath(String publication, String column, String value) {
    return PUBLICATION + "=" + ExternalCatalogUtils.escapePathName(publication) + "/"
        + column + "=" + ExternalCatalogUtils.escapePathName(value);
  }

  /**
   * Moves {@code target} (if any) to {@code trash}, then {@code staged} (if any) to {@code target}.
   * Between the two renames the partition is briefly absent; {@link #recover} repairs a crash there.
   */
  private static void swap(FileSystem fs, Path staged, Path target, Path trash) throws IOException {
    boolean hasStaged = fs.exists(staged);
    if (fs.exists(target)) {
      fs.mkdirs(trash.getParent());
      if (!fs.rename(target, trash)) {
        throw new IOException("Cannot move " + target + " to " + trash);
      }
    }
    if (hasStaged) {
      fs.mkdirs(target.getParent());
      if (!fs.rename(staged, target)) {
        throw new IOException("Cannot move " + staged + " to " + target);
      }
    }
  }

  private static List<String> strayPartitions(FileSystem fs, Path stagingDir) throws IOException {
    List<String> stray = new ArrayList<>();
    if (!fs.exists(stagingDir)) {
      return stray;
    }
    for (FileStatus publication : fs.listStatus(stagingDir)) {
      if (publication.isDirectory() && publication.getPath().getName().startsWith(PUBLICATION + "=")) {
        for (FileStatus day : fs.listStatus(publication.getPath())) {
          if (day.isDirectory()) {
            stray.add(publication.getPath().getName() + "/" + day.getPath().getName());
          }
        }
      }
    }
    return stray;
  }

  /**
   * Repairs what a killed run left: a partition moved to {@code _trash} whose replacement never
   * arrived is rolled forward from staging when the staged copy is complete there, else restored
   * from trash; staging and trash of runs older than a day are deleted. Call at the start of a run.
   */
  public static void recover(RunContext context) {
    Path root = new Path(context.warehouse());
    FileSystem fs = fileSystem(context, context.warehouse());
    try {
      Path trashRoot = new Path(root, TRASH);
      if (fs.exists(trashRoot)) {
        for (FileStatus run : fs.listStatus(trashRoot)) {
          if (!run.getPath().getName().equals(context.runId())) {
            restoreRun(fs, root, run.getPath());
          }
        }
      }
      long cutoff = System.currentTimeMillis() - ABANDONED_AFTER.toMillis();
      for (String folder : List.of(STAGING, TRASH)) {
        Path dir = new Path(root, folder);
        if (!fs.exists(dir)) {
          continue;
        }
        for (FileStatus run : fs.listStatus(dir)) {
          if (run.getModificationTime() < cutoff) {
            LOG.warn("Removing leftovers of an abandoned run: {}", run.getPath());
            fs.delete(run.getPath(), true);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check the warehouse " + root + " for interrupted runs", e);
    }
  }

  private static void restoreRun(FileSystem fs, Path root, Path runTrash) throws IOException {
    String runId = runTrash.getName();
    for (FileStatus table : fs.listStatus(runTrash)) {
      Path tableTrash = table.getPath();
      Path tableDir = new Path(root, tableTrash.getName());
      Path tableStaging = new Path(new Path(new Path(root, STAGING), runId), tableTrash.getName());
      if (!fs.exists(tableDir)) {
        // A whole-table swap was interrupted between its two renames.
        Path source = fs.exists(tableStaging) ? tableStaging : tableTrash;
        LOG.warn("Recovering table {} of interrupted run {} from {}", tableDir, runId, source);
        fs.rename(source, tableDir);
        continue;
      }
      for (Path partition : dayPartitions(fs, tableTrash)) {
        String relative = partition.getParent().getName() + "/" + partition.getName();
        Path target = new Path(tableDir, relative);
        if (fs.exists(target)) {
          continue;
        }
        Path staged = new Path(tableStaging, relative);
        Path source = fs.exists(staged) ? staged : partition;
        LOG.warn("Recovering partition {} of interrupted run {} from {}", target, runId, source);
        fs.mkdirs(target.getParent());
        fs.rename(source, target);
      }
    }
  }

  private static List<Path> dayPartitions(FileSystem fs, Path tableDir) throws IOException {
    List<Path> partitions = new ArrayList<>();
    for (FileStatus publication : fs.listStatus(tableDir)) {
      if (publication.isDirectory()) {
        for (FileStatus day : fs.listStatus(publication.getPath())) {
          if (day.isDirectory()) {
            partitions.add(day.getPath());
          }
        }
      }
    }
    return partitions;
  }

  private static long countStaged(RunContext context, String staging) {
    FileSystem fs = fileSystem(context, staging);
    try {
      Path dir = new Path(staging);
      if (!fs.exists(dir) || !hasParquetFile(fs, dir)) {
        return 0;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check staging folder " + staging, e);
    }
    // Parquet footers hold the row counts: this reads no data pages.
    return context.spark().read().option("recursiveFileLookup", "true").parquet(staging).count();
  }

  private static boolean hasParquetFile(FileSystem fs, Path dir) throws IOException {
    org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> files = fs.listFiles(dir, true);
    while (files.hasNext()) {
      if (files.next().getPath().getName().endsWith(".parquet")) {
        return true;
      }
    }
    return false;
  }

  static String stagingPath(RunContext context, String table) {
    return context.warehouse() + "/" + STAGING + "/" + context.runId() + "/" + table;
  }

  static String trashPath(RunContext context, String table) {
    return context.warehouse() + "/" + TRASH + "/" + context.runId() + "/" + table;
  }

  static FileSystem fileSystem(RunContext context, String path) {
    Configuration conf = context.spark().sparkContext().hadoopConfiguration();
    try {
      return new Path(path).getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the file system of " + path, e);
    }
  }
}
