package org.paperscope.bench.baseline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.paperscope.bench.BenchOut;
import org.paperscope.jobs.spark.SessionFactory;

/**
 * Goal 2 says the fast path (open vocabulary off) must count exactly what the full path counts:
 * this compares the count tables of two warehouses row for row (as multisets, over the columns
 * both hold, by name) and prints {@code bench diff_<table> N rows} for the rows found in only one
 * of them. 0 everywhere means identical counts. The open-vocabulary tables are not compared (the
 * fast path does not write them).
 *
 * <p>Usage: {@code WarehouseDiff WAREHOUSE_A WAREHOUSE_B [TABLE ...]}.
 */
public final class WarehouseDiff {
  private static final List<String> COUNT_TABLES = List.of("articles", "term_mentions", "term_trends",
      "term_first_seen", "ministry_mentions", "ministry_cooccurrence");

  private WarehouseDiff() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: WarehouseDiff WAREHOUSE_A WAREHOUSE_B [TABLE ...]");
      System.exit(2);
    }
    Path a = Path.of(args[0]).toAbsolutePath().normalize();
    Path b = Path.of(args[1]).toAbsolutePath().normalize();
    List<String> tables = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : COUNT_TABLES;
    SparkSession spark = SessionFactory.create("paperscope-bench-diff", null);
    try {
      spark.sparkContext().setLogLevel("WARN");
      long differing = 0;
      for (String table : tables) {
        if (!Files.isDirectory(a.resolve(table)) || !Files.isDirectory(b.resolve(table))) {
          throw new IllegalStateException("Table " + table + " is missing from " + a + " or " + b);
        }
        Dataset<Row> left = spark.read().parquet(a.resolve(table).toString());
        Dataset<Row> right = spark.read().parquet(b.resolve(table).toString());
        List<String> rightNames = Arrays.asList(right.columns());
        Column[] columns = Arrays.stream(left.columns()).filter(rightNames::contains).sorted()
            .map(functions::col).toArray(Column[]::new);
        Dataset<Row> l = left.select(columns);
        Dataset<Row> r = right.select(columns);
        long only = l.exceptAll(r).count() + r.exceptAll(l).count();
        differing += only;
        BenchOut.count("diff_" + table, only, "rows");
      }
      BenchOut.count("diff_total", differing, "rows");
    } finally {
      spark.stop();
    }
  }
}
