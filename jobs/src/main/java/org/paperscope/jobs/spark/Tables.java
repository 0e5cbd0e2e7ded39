package org.paperscope.jobs.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Reads published tables back, with their declared schema (partition columns typed, not guessed). */
public final class Tables {
  private Tables() {}

  /**
   * Reads {@code table} under {@code warehouse} with {@code schema} (which includes the partition
   * columns); an empty dataset of that schema when the table has not been written yet.
   */
  public static Dataset<Row> read(SparkSession spark, String warehouse, String table, StructType schema) {
    String path = warehouse + "/" + table;
    if (!hasData(spark, path)) {
      return spark.createDataFrame(List.of(), schema);
    }
    return spark.read().schema(schema).option("basePath", path).parquet(path);
  }

  private static boolean hasData(SparkSession spark, String path) {
    try {
      Path dir = new Path(path);
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(dir)) {
        return false;
      }
      var files = fs.listFiles(dir, true);
      while (files.hasNext()) {
        if (files.next().getPath().getName().endsWith(".parquet")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list table folder " + path, e);
    }
  }
}
