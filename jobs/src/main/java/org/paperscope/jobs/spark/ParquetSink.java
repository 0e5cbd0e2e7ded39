package org.paperscope.jobs.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The only writer of published tables. Every write goes first to a staging folder of its own run
 * ({@code <warehouse>/_staging/<run_id>/<table>}), outside the table, and is then published by
 * renaming whole partition folders:
 *
 * <ul>
 *   <li>{@link #replaceDays}: per-day tables in {@code publication=P/issue_month=YYYY-MM} folders
 *       (one file per publication and month). The months that hold the run's days are rewritten:
 *       the rows of the run's days are replaced (a day without rows is emptied), every other day
 *       of those months is carried over unchanged, nothing else changes.
 *   <li>{@link #replaceMonths}: derived per-month tables whose months are recomputed whole.
 *   <li>{@link #replaceTable}: aggregate tables, recomputed whole and swapped in one rename.
 * </ul>
 *
 * <p>Why not Spark's own dynamic partition overwrite: its {@code .spark-staging-*} folder sits
 * inside the table (readers globbing {@code **}/*.parquet would see half-written files after a
 * crash), and its commit deletes before it renames. Here a killed run leaves published partitions
 * untouched until the swap, the swap moves the old folder to {@code _trash/<run_id>} before moving
 * the new one in, and {@link #recover} finishes or undoes the interrupted swap of a dead run at the
 * next start. A run holds a lock on every month it rewrites ({@link MonthLocks}), so two runs on
 * days of the same month serialize and runs on different months do not wait for each other.
 *
 * <p>Row counts come from the footers of the files just written, not from another Spark job. A
 * table that has no rows still gets one empty file carrying its schema, so that
 * {@code read_parquet('<table>/**}{@code /*.parquet', hive_partitioning = true)} always works.
 */
public final class ParquetSink {
  private static final Logger LOG = LogManager.getLogger(ParquetSink.class);
  static final String STAGING = "_staging";
  static final String TRASH = "_trash";
  /** The partition value of the empty file that stands for a table without rows. */
  static final String EMPTY = "__empty__";
  private static final String EMPTY_FILE = "part-00000-empty.parquet";

  private ParquetSink() {}

  /**
   * Writes {@code rows} (the spec's columns except {@code issue_month}) and replaces, in the
   * per-day table {@code spec}, exactly the days of {@code held} (a run's
   * {@code RunScope.replacedDays()}): their rows are replaced, a day without rows is emptied,
   * every other day of their months is carried over unchanged; with {@code withUndated}, also the
   * {@code issue_month=undated} partition of each of {@code held.undatedOf()} (rows without a
   * date: rejects of undated files). Writes of different tables under the same locks may run at
   * the same time, from different threads.
   *
   * @return rows in the rewritten partitions after the write
   */
  public static long replaceDays(Dataset<Row> rows, MonthLocks held, TableSpec spec, boolean withUndated) {
    requireDaily(spec);
    SortedSet<String> partitions = held.partitions(withUndated);
    return mergeAndPublish(rows, held.warehouse(), spec, held.days(), partitions);
  }

  private static long mergeAndPublish(Dataset<Row> rows, Warehouse warehouse, TableSpec spec,
      Set<DayKey> days, SortedSet<String> partitions) {
    Dataset<Row> fresh = withMonth(rows).selectExpr(spec.columns());
    SparkSession spark = warehouse.spark();
    List<String> existing = existingPartitions(warehouse, spec, partitions);
    Dataset<Row> all = fresh;
    if (!existing.isEmpty()) {
      List<Row> replaced = new ArrayList<>();
      for (DayKey day : days) {
        replaced.add(RowFactory.create(day.publication(), day.date()));
      }
      Dataset<Row> replacedDays = spark.createDataFrame(replaced, new StructType()
          .add(TableSpec.PUBLICATION, DataTypes.StringType)
          .add(TableSpec.ISSUE_DATE, DataTypes.DateType));
      Dataset<Row> kept = Tables.readPartitions(spark, warehouse.root(), spec, existing)
          .filter(col(TableSpec.ISSUE_MONTH).notEqual(TableSpec.UNDATED))
          .join(broadcast(replacedDays), seq(TableSpec.PUBLICATION, TableSpec.ISSUE_DATE), "left_anti")
          .selectExpr(spec.columns());
      all = fresh.unionByName(kept);
    }
    return publishPartitions(all, warehouse, spec, partitions);
  }

  /**
   * Replaces the {@code months} (relative folders {@code publication=P/issue_month=M}, see
   * {@link #monthPartition}) of a per-month table with {@code rows}, which must hold every row of
   * those months and no other.
   *
   * @return rows in the rewritten partitions after the write
   */
  public static long replaceMonths(Dataset<Row> rows, MonthLocks held, TableSpec spec,
      SortedSet<String> months) {
    requireDaily(spec);
    held.requireHeld(months);
    return publishPartitions(withMonth(rows).selectExpr(spec.columns()), held.warehouse(), spec, months);
  }

  /**
   * Writes {@code rows} as the whole new content of the aggregate table {@code spec} and swaps it
   * in place of the old one.
   *
   * @return the number of rows written
   */
  public static long replaceTable(Dataset<Row> rows, Warehouse warehouse, TableSpec spec) {
    String staging = stagingPath(warehouse, spec.name());
    write(rows.selectExpr(spec.columns()), spec, staging);
    long written = rowsIn(warehouse, staging);
    FileSystem fs = fileSystem(warehouse, staging);
    try {
      ensureReadable(warehouse, fs, new Path(staging), spec);
      Path trash = new Path(trashPath(warehouse, spec.name()));
      swap(fs, new Path(staging), new Path(warehouse.tablePath(spec.name())), trash);
      fs.delete(trash, true);
      cleanRunFolders(warehouse, fs);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish table " + spec.name() + " from " + staging, e);
    }
    LOG.info("Published {} rows of {}", written, spec.name());
    return written;
  }

  /**
   * Replaces the {@code partitions} (relative folders such as
   * {@code granularity=day/period_year=2024}, see {@link #partitionPath}) of the partitioned
   * aggregate table {@code spec} with {@code rows}, which must hold every row of those partitions
   * and no other; every other partition is kept as it is. The caller holds the table's warehouse
   * lock.
   *
   * @return rows in the rewritten partitions after the write
   */
  public static long replacePartitions(Dataset<Row> rows, Warehouse warehouse, TableSpec spec,
      SortedSet<String> partitions) {
    if (spec.daily() || spec.partitionColumns().isEmpty()) {
      throw new IllegalArgumentException("Table " + spec.name() + " is not a partitioned aggregate table");
    }
    return publishPartitions(rows.selectExpr(spec.columns()), warehouse, spec, partitions);
  }

  /** The relative folder of one partition of {@code spec}: its partition values in order, escaped as Spark writes them. */
  public static String partitionPath(TableSpec spec, Object... values) {
    if (values.length != spec.partitionColumns().size()) {
      throw new IllegalArgumentException("Table " + spec.name() + " is partitioned by " + spec.partitionColumns()
          + ", not " + values.length + " values");
    }
    return partitionPath(spec.partitionColumns(), values);
  }

  private static String partitionPath(List<String> columns, Object... values) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        path.append('/');
      }
      path.append(columns.get(i)).append('=').append(ExternalCatalogUtils.escapePathName(String.valueOf(values[i])));
    }
    return path.toString();
  }

  private static long publishPartitions(Dataset<Row> rows, Warehouse warehouse, TableSpec spec,
      SortedSet<String> partitions) {
    long started = System.nanoTime();
    String staging = stagingPath(warehouse, spec.name());
    write(rows, spec, staging);
    long written = rowsIn(warehouse, staging);
    LOG.info("Staged {} rows of {} in {} ms", written, spec.name(), (System.nanoTime() - started) / 1_000_000);
    FileSystem fs = fileSystem(warehouse, staging);
    try {
      Path tableDir = new Path(warehouse.tablePath(spec.name()));
      Path stagingDir = new Path(staging);
      Path trashDir = new Path(trashPath(warehouse, spec.name()));
      fs.mkdirs(tableDir);
      for (String relative : partitions) {
        swap(fs, new Path(stagingDir, relative), new Path(tableDir, relative), new Path(trashDir, relative));
      }
      List<String> stray = dataPartitions(fs, stagingDir);
      if (!stray.isEmpty()) {
        throw new IllegalStateException("Table " + spec.name() + ": rows for partitions outside this run: "
            + stray.subList(0, Math.min(5, stray.size())) + " (a stage wrote rows it does not own)");
      }
      fs.delete(stagingDir, true);
      fs.delete(trashDir, true);
      ensureReadable(warehouse, fs, tableDir, spec);
      cleanRunFolders(warehouse, fs);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish table " + spec.name() + " from " + staging, e);
    }
    LOG.info("Published {} rows of {} over {} partitions", written, spec.name(), partitions.size());
    return written;
  }

  /** One file per partition value (or one file for an unpartitioned table), rows in sort order. */
  private static void write(Dataset<Row> rows, TableSpec spec, String staging) {
    Column[] partitionBy = columns(spec.partitionColumns().toArray(String[]::new));
    List<Column> order = new ArrayList<>();
    spec.partitionColumns().forEach(c -> order.add(col(c)));
    spec.sortColumns().forEach(c -> order.add(col(c)));
    // repartition (not coalesce): the work upstream keeps its own parallelism; only the write
    // gathers each partition value into one task, hence one file.
    Dataset<Row> shaped = partitionBy.length > 0 ? rows.repartition(partitionBy) : rows.repartition(1);
    if (!order.isEmpty()) {
      shaped = shaped.sortWithinPartitions(order.toArray(Column[]::new));
    }
    // Names the Spark jobs of this write (event log, UI, spark-submit logs); per thread, so
    // writes side by side keep their own names.
    org.apache.spark.SparkContext context = rows.sparkSession().sparkContext();
    String previous = context.getLocalProperty("spark.job.description");
    context.setJobDescription("paperscope: write " + spec.name());
    try {
      shaped.write().mode(SaveMode.Overwrite)
          .partitionBy(spec.partitionColumns().toArray(String[]::new))
          .parquet(staging);
    } finally {
      context.setJobDescription(previous);
    }
  }

  /** The partitions among {@code partitions} that exist in the published table. */
  private static List<String> existingPartitions(Warehouse warehouse, TableSpec spec,
      SortedSet<String> partitions) {
    FileSystem fs = warehouse.fileSystem();
    Path tableDir = new Path(warehouse.tablePath(spec.name()));
    List<String> existing = new ArrayList<>();
    try {
      if (!fs.exists(tableDir)) {
        return existing;
      }
      for (String relative : partitions) {
        if (fs.exists(new Path(tableDir, relative))) {
          existing.add(relative);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list table " + tableDir, e);
    }
    return existing;
  }

  /** {@code yyyy-MM} of a date. */
  public static String month(LocalDate date) {
    return String.format(java.util.Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
  }

  /** Adds {@code issue_month} (yyyy-MM, or {@code undated} when issue_date is null). */
  public static Dataset<Row> withMonth(Dataset<Row> rows) {
    return rows.withColumn(TableSpec.ISSUE_MONTH, org.apache.spark.sql.functions.coalesce(
        date_format(col(TableSpec.ISSUE_DATE), "yyyy-MM"), org.apache.spark.sql.functions.lit(TableSpec.UNDATED)));
  }

  /** {@code publication=<p>/issue_month=<month>}, escaped the way Spark writes partition folders. */
  public static String monthPartition(String publication, String month) {
    return partitionPath(List.of(TableSpec.PUBLICATION, TableSpec.ISSUE_MONTH), publication, month);
  }

  private static void requireDaily(TableSpec spec) {
    if (!spec.daily()) {
      throw new IllegalArgumentException("Table " + spec.name() + " is not a per-day table");
    }
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

  /**
   * Leaves exactly one way to read the table's schema when it has no rows: an empty file in a
   * placeholder partition ({@code <col>=__empty__/…}) while no real partition exists, removed as
   * soon as one does (DuckDB refuses to mix files of different partition depth).
   */
  private static void ensureReadable(Warehouse warehouse, FileSystem fs, Path tableDir, TableSpec spec)
      throws IOException {
    if (spec.partitionColumns().isEmpty()) {
      if (!hasParquet(fs, tableDir)) {
        writeEmpty(warehouse, fs, tableDir, spec);
      }
      return;
    }
    Path placeholder = tableDir;
    for (String column : spec.partitionColumns()) {
      // A number column cannot hold the word: Spark would refuse to read the folder.
      boolean text = spec.schema().apply(column).dataType().equals(DataTypes.StringType);
      placeholder = new Path(placeholder, column + "=" + (text ? EMPTY : "0"));
    }
    Path placeholderRoot = new Path(tableDir, spec.partitionColumns().get(0) + "=" + EMPTY);
    boolean hasData = !dataPartitions(fs, tableDir).isEmpty() || hasRealTopLevel(fs, tableDir, spec);
    if (hasData) {
      if (fs.exists(placeholderRoot)) {
        fs.delete(placeholderRoot, true);
      }
    } else if (!fs.exists(new Path(placeholder, EMPTY_FILE))) {
      writeEmpty(warehouse, fs, placeholder, spec);
    }
  }

  private static boolean hasRealTopLevel(FileSystem fs, Path tableDir, TableSpec spec) throws IOException {
    if (!fs.exists(tableDir)) {
      return false;
    }
    String prefix = spec.partitionColumns().get(0) + "=";
    for (FileStatus child : fs.listStatus(tableDir)) {
      String name = child.getPath().getName();
      if (child.isDirectory() && name.startsWith(prefix) && !name.equals(prefix + EMPTY)
          && hasParquet(fs, child.getPath())) {
        return true;
      }
    }
    return false;
  }

  private static void writeEmpty(Warehouse warehouse, FileSystem fs, Path dir, TableSpec spec) throws IOException {
    String tmp = stagingPath(warehouse, spec.name() + "-empty");
    warehouse.spark().createDataFrame(List.of(), spec.fileSchema()).coalesce(1).write()
        .mode(SaveMode.Overwrite).parquet(tmp);
    Path tmpDir = new Path(tmp);
    Path written = null;
    for (FileStatus file : fs.listStatus(tmpDir)) {
      if (file.getPath().getName().endsWith(".parquet")) {
        written = file.getPath();
      }
    }
    if (written == null) {
      throw new IOException("Spark wrote no file for the empty table " + spec.name() + " in " + tmp);
    }
    fs.mkdirs(dir);
    if (!fs.rename(written, new Path(dir, EMPTY_FILE))) {
      throw new IOException("Cannot move " + written + " to " + dir);
    }
    fs.delete(tmpDir, true);
  }

  /** The leaf partition folders ({@code a=x/b=y}) under {@code dir} that hold data files. */
  private static List<String> dataPartitions(FileSystem fs, Path dir) throws IOException {
    List<String> found = new ArrayList<>();
    if (!fs.exists(dir)) {
      return found;
    }
    for (FileStatus first : fs.listStatus(dir)) {
      String name = first.getPath().getName();
      if (!first.isDirectory() || !name.contains("=") || name.endsWith("=" + EMPTY)) {
        continue;
      }
      for (FileStatus second : fs.listStatus(first.getPath())) {
        if (second.isDirectory() && second.getPath().getName().contains("=")) {
          found.add(name + "/" + second.getPath().getName());
        }
      }
    }
    return found;
  }

  /**
   * Repairs what a dead run left: a partition moved to {@code _trash} whose replacement never
   * arrived is rolled forward from staging when the staged copy is complete there, else restored
   * from trash; then that run's staging and trash are removed. Runs whose heartbeat is fresh are
   * alive and left alone ({@link RunHeartbeat}). Call at the start of a run.
   */
  public static void recover(Warehouse warehouse) {
    Path root = new Path(warehouse.root());
    FileSystem fs = warehouse.fileSystem();
    try {
      Path trashRoot = new Path(root, TRASH);
      if (fs.exists(trashRoot)) {
        for (FileStatus run : fs.listStatus(trashRoot)) {
          String runId = run.getPath().getName();
          if (!runId.equals(warehouse.runId()) && !RunHeartbeat.isAlive(fs, warehouse.root(), runId)) {
            restoreRun(fs, root, run.getPath());
            fs.delete(run.getPath(), true);
          }
        }
      }
      Path stagingRoot = new Path(root, STAGING);
      if (fs.exists(stagingRoot)) {
        for (FileStatus run : fs.listStatus(stagingRoot)) {
          String runId = run.getPath().getName();
          if (!runId.equals(warehouse.runId()) && !RunHeartbeat.isAlive(fs, warehouse.root(), runId)) {
            LOG.warn("Removing the staging folder of dead run {}", runId);
            fs.delete(run.getPath(), true);
          }
        }
      }
      cleanRunFolders(warehouse, fs);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check the warehouse " + root + " for interrupted runs", e);
    }
  }

  /**
   * Removes {@code _staging/<run>}, {@code _trash/<run>} and the empty roots this run leaves.
   * Another write of the same run may be creating its folder there at the same moment: a folder is
   * only ever removed empty (a non-recursive delete), so that write's files are never lost.
   */
  private static void cleanRunFolders(Warehouse warehouse, FileSystem fs) throws IOException {
    Path root = new Path(warehouse.root());
    for (String folder : List.of(STAGING, TRASH)) {
      deleteIfEmpty(fs, new Path(new Path(root, folder), warehouse.runId()));
      deleteIfEmpty(fs, new Path(root, folder));
    }
  }

  private static void deleteIfEmpty(FileSystem fs, Path dir) throws IOException {
    try {
      if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
        fs.delete(dir, false);
      }
    } catch (IOException e) {
      // Another write of this run filled the folder or removed it meanwhile: a non-recursive
      // delete of a non-empty folder fails, and so does listing a folder removed under it (the
      // local file system throws a plain IOException, not FileNotFoundException). Either way there
      // is nothing of ours to remove; only a folder that is still there and empty is an error.
      if (emptyFolder(fs, dir)) {
        throw e;
      }
    }
  }

  /** True when {@code dir} exists and holds nothing; false also when it changes while looked at. */
  private static boolean emptyFolder(FileSystem fs, Path dir) {
    try {
      return fs.exists(dir) && fs.listStatus(dir).length == 0;
    } catch (IOException e) {
      return false;
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
      for (String relative : dataPartitions(fs, tableTrash)) {
        Path target = new Path(tableDir, relative);
        if (fs.exists(target)) {
          continue;
        }
        Path staged = new Path(tableStaging, relative);
        Path source = fs.exists(staged) ? staged : new Path(tableTrash, relative);
        LOG.warn("Recovering partition {} of interrupted run {} from {}", target, runId, source);
        fs.mkdirs(target.getParent());
        fs.rename(source, target);
      }
    }
  }

  /** Rows in every Parquet file under {@code dir}, from the footers (no data page is read). */
  private static long rowsIn(Warehouse warehouse, String dir) {
    Configuration conf = warehouse.spark().sparkContext().hadoopConfiguration();
    // Without options, ParquetFileReader.open makes a new Hadoop Configuration per file, which
    // parses core-default.xml again (a third of the footer time in a demo run's thread samples).
    ParquetReadOptions options = HadoopReadOptions.builder(conf).build();
    FileSystem fs = fileSystem(warehouse, dir);
    long rows = 0;
    try {
      Path path = new Path(dir);
      if (!fs.exists(path)) {
        return 0;
      }
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(path, true);
      while (files.hasNext()) {
        LocatedFileStatus file = files.next();
        if (file.getPath().getName().endsWith(".parquet")) {
          try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf), options)) {
            rows += reader.getRecordCount();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the footers under " + dir, e);
    }
    return rows;
  }

  private static boolean hasParquet(FileSystem fs, Path dir) throws IOException {
    if (!fs.exists(dir)) {
      return false;
    }
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(dir, true);
    while (files.hasNext()) {
      if (files.next().getPath().getName().endsWith(".parquet")) {
        return true;
      }
    }
    return false;
  }

  static String stagingPath(Warehouse warehouse, String table) {
    return warehouse.root() + "/" + STAGING + "/" + warehouse.runId() + "/" + table;
  }

  static String trashPath(Warehouse warehouse, String table) {
    return warehouse.root() + "/" + TRASH + "/" + warehouse.runId() + "/" + table;
  }

  static FileSystem fileSystem(Warehouse warehouse, String path) {
    return fileSystemOf(warehouse.spark(), path);
  }

  /** The Hadoop file system of {@code path}, with the session's Hadoop configuration. */
  public static FileSystem fileSystemOf(SparkSession spark, String path) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      return new Path(path).getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the file system of " + path, e);
    }
  }

  /** The columns named {@code names}, in that order (for select, groupBy and hashes over names). */
  public static Column[] columns(String... names) {
    Column[] columns = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      columns[i] = col(names[i]);
    }
    return columns;
  }

  /** Column names as the Scala sequence Spark's join-by-name methods take. */
  public static scala.collection.immutable.Seq<String> seq(String... columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toSeq();
  }
}
