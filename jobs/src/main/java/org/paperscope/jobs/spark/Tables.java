package org.paperscope.jobs.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads published tables back, with their declared schema (partition columns typed, not guessed). */
public final class Tables {
  private Tables() {}

  /**
   * Reads the table {@code spec} under {@code warehouse}, partition columns included; an empty
   * dataset of that schema when the table has not been written yet.
   */
  public static Dataset<Row> read(SparkSession spark, String warehouse, TableSpec spec) {
    String path = warehouse + "/" + spec.name();
    if (!exists(spark, path)) {
      return spark.createDataFrame(List.of(), spec.schema());
    }
    return spark.read().schema(spec.schema()).option("basePath", path).parquet(path);
  }

  /**
   * Reads the given partitions (relative folders such as {@code publication=P/issue_month=M}) of
   * the table {@code spec}; those that do not exist are skipped.
   */
  public static Dataset<Row> readPartitions(SparkSession spark, String warehouse, TableSpec spec,
      List<String> partitions) {
    String path = warehouse + "/" + spec.name();
    List<String> paths = new java.util.ArrayList<>();
    try {
      FileSystem fs = new Path(path).getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String partition : partitions) {
        if (fs.exists(new Path(path, partition))) {
          paths.add(path + "/" + partition);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list table folder " + path, e);
    }
    if (paths.isEmpty()) {
      return spark.createDataFrame(List.of(), spec.schema());
    }
    return spark.read().schema(spec.schema()).option("basePath", path).parquet(paths.toArray(String[]::new));
  }

  /** Whether {@code path} is a folder with something in it (a table that has been written). */
  public static boolean exists(SparkSession spark, String path) {
    try {
      Path dir = new Path(path);
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(dir) && fs.listStatus(dir).length > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list table folder " + path, e);
    }
  }
}
