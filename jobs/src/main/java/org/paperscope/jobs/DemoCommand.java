package org.paperscope.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.paperscope.jobs.catalog.TableCatalog;
import org.paperscope.jobs.spark.SessionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paperscope demo}: writes the bundled demo corpus (generated, deterministic) and runs every
 * stage on it into {@code ./warehouse}, then prints where each table is.
 *
 * <p>The generator is the {@code paperscope-demo} module, which the shaded jar leaves out (no stage
 * needs it, and spark-submit ships that jar to every executor): {@code bin/paperscope} puts it on
 * the classpath; without it the command exits {@link ExitCode#USAGE} and says so. Only
 * {@link DemoCorpusWriter} names the generator's classes: picocli reflects on this class's methods
 * for every command, so none of them may mention a class that is absent from the shaded jar.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Generate the demo corpus and run all stages on it (local[*] unless --master).")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "PATH", defaultValue = "demo-corpus",
      description = "Where the demo corpus is written (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--output", paramLabel = "PATH", defaultValue = "warehouse",
      description = "Warehouse root (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;

  @Option(names = {"-v", "--verbose"}, description = "Log at INFO.")
  boolean verbose;

  /** The generator's entry class, named as a string so that this class loads without it. */
  static final String GENERATOR = "org.paperscope.demo.DemoCorpus";

  @Override
  public Integer call() {
    if (!generatorOnClasspath()) {
      System.err.println("paperscope demo: the demo corpus generator (" + GENERATOR + ", module"
          + " paperscope-demo) is not on the classpath: the shaded jar leaves it out. Run"
          + " bin/paperscope demo, or add demo/target/paperscope-demo-*.jar to the classpath.");
      return ExitCode.USAGE;
    }
    System.out.println(DemoCorpusWriter.write(corpus));
    // The session is started here so that it outlives the run: the summary below reads the tables.
    SparkSession spark = SessionFactory.create("paperscope-demo", master);
    try {
      RunOptions options = new RunOptions(corpus.toString(), output, null, null, null, null, master, null, verbose);
      int code = new Pipeline("demo", Main.allStages(), System.out, System.err).execute(options, List.of("demo"));
      if (code == ExitCode.OK) {
        printSummary(spark, Path.of(output).toAbsolutePath().normalize());
      }
      return code;
    } finally {
      spark.stop();
    }
  }

  private static boolean generatorOnClasspath() {
    try {
      Class.forName(GENERATOR, false, DemoCommand.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * The front-page split of one topic for the publications whose pages are known, from the
   * per-day count tables (term_days, term_day_counts where front_page is not null).
   */
  private static void printFrontPageSplit(SparkSession spark, String wh, String topic) {
    Dataset<Row> articles = TableCatalog.read(spark, wh, "term_days").filter("front_page IS NOT NULL")
        .groupBy("publication", "front_page").agg(functions.sum("articles").as("n"));
    Dataset<Row> hits = TableCatalog.read(spark, wh, "term_day_counts")
        .filter(functions.col("front_page").isNotNull().and(functions.col("term").equalTo("*"))
            .and(functions.col("topic").equalTo(topic)))
        .groupBy("publication", "front_page").agg(functions.sum("articles_with").as("hits"));
    List<Row> rows = articles
        .join(hits, org.paperscope.jobs.spark.ParquetSink.seq("publication", "front_page"), "left")
        .selectExpr("publication", "front_page", "coalesce(hits, 0L) AS hits", "n")
        .orderBy(functions.col("publication"), functions.col("front_page").desc()).collectAsList();
    if (rows.isEmpty()) {
      return;
    }
    System.out.println("Front page and inner pages (" + topic + ", publications with pages, all years):");
    for (Row row : rows) {
      System.out.printf(java.util.Locale.ROOT, "  %s, %s: %d of %d articles (%.1f%%)%n", row.getString(0),
          row.getBoolean(1) ? "front page" : "inner pages", row.getLong(2), row.getLong(3),
          100.0 * row.getLong(2) / row.getLong(3));
    }
  }

  /** What was found, where it is, and what to try next: a page a newcomer reads. */
  private static void printSummary(SparkSession spark, Path warehouse) {
    String wh = warehouse.toUri().toString();
    System.out.println();
    System.out.println("Top topics (share of articles, all years):");
    List<Row> top = TableCatalog.read(spark, wh, "term_trends")
        .filter("granularity = 'year' AND term = '*'")
        .groupBy("topic").agg(functions.sum("articles_with").as("with"), functions.sum("total_articles").as("n"))
        .selectExpr("topic", "with", "n", "with / n AS share")
        .orderBy(functions.col("share").desc(), functions.col("topic")).limit(5).collectAsList();
    for (Row row : top) {
      System.out.printf(java.util.Locale.ROOT, "  %-10s %5d of %d articles (%.1f%%)%n", row.getString(0),
          row.getLong(1), row.getLong(2), 100 * row.getDouble(3));
    }
    if (!top.isEmpty()) {
      printFrontPageSplit(spark, wh, top.get(0).getString(0));
    }
    System.out.println("Bodies most often named together (article scope, all years, by NPMI, together >= 5):");
    for (Row row : TableCatalog.read(spark, wh, "ministry_cooccurrence")
        .filter("scope = 'article' AND level = 'ministry' AND granularity = 'all' AND together >= 5")
        .orderBy(functions.col("npmi").desc(), functions.col("together").desc()).limit(5)
        .select("publication", "ministry_a_name", "ministry_b_name", "together", "npmi").collectAsList()) {
      System.out.printf(java.util.Locale.ROOT, "  %s – %s: %d articles, npmi %.2f (%s)%n", row.getString(1),
          row.getString(2), row.getLong(3), row.getDouble(4), row.getString(0));
    }
    System.out.println();
    System.out.println("Tables (Parquet, one folder each; docs/tables.md): " + warehouse);
    System.out.println("Run manifest: " + warehouse.resolve("_runs"));
    System.out.println("Next:");
    System.out.println("  bin/paperscope report --warehouse " + warehouse + " --output report");
    System.out.println("  bin/paperscope export --warehouse " + warehouse + " --output export");
    System.out.println("  duckdb -c \"SELECT period_start, publication, articles_with, article_share FROM read_parquet('"
        + warehouse + "/term_trends/**/*.parquet', hive_partitioning = true) WHERE granularity = 'year'"
        + " AND topic = '人工智能' AND term = '*' ORDER BY 1, 2\"   # pip install duckdb, or the DuckDB CLI");
  }
}
