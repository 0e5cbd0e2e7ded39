package org.paperscope.jobs.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;
import org.paperscope.common.input.formats.FormatSettings;
import org.paperscope.jobs.run.NoInputException;
import org.paperscope.jobs.run.Publish;
import org.paperscope.jobs.run.RunScope;
import org.paperscope.jobs.run.RunSpec;
import org.paperscope.jobs.run.Stage;
import org.paperscope.jobs.run.StageResult;
import org.paperscope.jobs.spark.DayKey;
import org.paperscope.jobs.spark.MonthLocks;
import org.paperscope.jobs.spark.ParquetSink;
import org.paperscope.jobs.spark.Warehouse;

/**
 * Stage {@code ingest}: input files to the {@code articles}, {@code issues} and {@code rejects}
 * tables. Only files dated within the run's range are opened; only their day partitions change.
 * Its result's scope holds the days it covered and the run's articles, kept in memory for the
 * stages after it.
 */
public final class IngestStage implements Stage {
  private static final Logger LOG = LogManager.getLogger(IngestStage.class);
  public static final String ARTICLES = "articles";
  public static final String ISSUES = "issues";
  public static final String REJECTS = "rejects";
  /** Files per parse task when the input is large; small inputs get a few tasks per core. */
  private static final int FILES_PER_TASK = 64;

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public void check(Settings settings) {
    IngestOptions.from(settings);
  }

  @Override
  public StageResult run(RunSpec spec, RunScope earlier) {
    if (spec.input() == null) {
      throw new ConfigException("Stage ingest needs --input");
    }
    IngestOptions options = IngestOptions.from(spec.settings());
    SparkSession spark = spec.spark();
    FormatSettings formats = options.parse().formats();
    InputListing listing = new InputListing(options.datePaths(), options.extensions(),
        spec.publicationOverride() != null ? spec.publicationOverride() : options.publication(),
        options.manifest(), formats.override());
    InputListing.Result found = listing.list(spec.input(), spark.sparkContext().hadoopConfiguration(),
        spec.from(), spec.to());
    LOG.info("Input {}: {} files in range, {} out of range, {} listing rejects, {} other files ignored",
        spec.input(), found.files().size(), found.outOfRange(), found.rejects().size(), found.ignored());
    if (found.files().isEmpty() && !options.succeedWhenEmpty()) {
      throw new NoInputException("No input file dated " + describeRange(spec) + " under '"
          + spec.input() + "' (" + found.outOfRange() + " files outside the range, "
          + found.rejects().size() + " undated or unusable)");
    }

    Set<DayKey> covered = new TreeSet<>();
    List<String> paths = new ArrayList<>();
    for (InputFileRow file : found.files()) {
      if (file.getIssueDate() != null) {
        covered.add(new DayKey(file.getPublication(), file.getIssueDate()));
      }
      paths.add(file.getSourcePath());
    }
    for (RejectRow reject : found.rejects()) {
      if (reject.getIssueDate() != null) {
        covered.add(new DayKey(reject.getPublication(), reject.getIssueDate()));
      }
    }
    StageResult.Builder result = StageResult.builder(null).inputFiles(paths);
    Warehouse warehouse = spec.warehouse();

    int partitions = parsePartitions(options, spark, found.files().size());
    Dataset<InputFileRow> files = spark.createDataset(found.files(), InputFileRow.ENCODER).repartition(partitions);
    ParseSettings parse = new ParseSettings(options.parse().parser(), options.parse().maxFileBytes(), formats,
        spec.from(), spec.to());
    // Persisted as read: the duplicate check reads it twice (the days with several files, then the
    // rows), and every write after it reads the result, which is this same dataset when no day
    // has two readable files.
    Dataset<ParsedFileRow> read = IngestTransforms.parse(files, parse).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<ParsedFileRow> parsed;
    try {
      parsed = IngestTransforms.rejectDuplicates(read, options.nearDuplicateMinSimilarity());
    } catch (RuntimeException e) {
      read.unpersist();
      throw e;
    }
    // The run's articles stay in memory for the stages after ingest: they are not read back.
    Dataset<Row> articleRows = IngestTransforms.articles(parsed).persist(StorageLevel.MEMORY_AND_DISK());
    RunScope scope = null;
    try {
      // Before anything is written: a parser regression fails the run here (exit 1).
      ParseErrorGuard.check(parsed, found.files().size(), options.maxParseErrorShare());
      // Feed and record files may date their articles themselves: their days are known only now.
      covered.addAll(IngestTransforms.days(parsed));
      RunScope owned = RunScope.lock(spec, covered, found.publications(), articleRows, true);
      scope = owned;
      MonthLocks held = owned.locks();
      Dataset<Row> rejects = IngestTransforms.rejects(parsed,
          spark.createDataset(found.rejects(), RejectRow.ENCODER), spec.runId());
      Publish.together(spec.output().parallelWrites(), List.of(
          () -> Publish.days(result, articleRows, held, ArticlesTable.SPEC),
          () -> Publish.days(result, IngestTransforms.issues(parsed), held, ArticlesTable.ISSUES),
          () -> result.table(ArticlesTable.REJECTS.name(),
              ParquetSink.replaceDays(rejects, held, ArticlesTable.REJECTS, true)),
          () -> {
            // The run's own figures for the summary line (the writes count whole rewritten
            // months): one aggregate over the files already parsed in memory.
            Row totals = IngestTransforms.totals(parsed);
            result.count("issues", totals.getLong(0));
            result.count("articles", totals.getLong(1));
            result.count("rejects", totals.getLong(2) + found.rejects().size());
          }));
    } catch (RuntimeException e) {
      // The run ends here: nobody else will drop the articles kept for the later stages.
      if (scope != null) {
        scope.release();
      } else {
        articleRows.unpersist();
      }
      throw e;
    } finally {
      read.unpersist();
    }
    return result.scope(scope).build();
  }

  private static int parsePartitions(IngestOptions options, SparkSession spark, int fileCount) {
    int configured = options.parsePartitions();
    if (configured > 0) {
      return configured;
    }
    int parallelism = spark.sparkContext().defaultParallelism();
    return Math.max(1, Math.min(Math.max(fileCount, 1), Math.max(parallelism * 2, fileCount / FILES_PER_TASK)));
  }

  private static String describeRange(RunSpec spec) {
    if (spec.from() == null && spec.to() == null) {
      return "at any date";
    }
    return "from " + (spec.from() == null ? "the beginning" : spec.from())
        + " to " + (spec.to() == null ? "the end" : spec.to());
  }
}
