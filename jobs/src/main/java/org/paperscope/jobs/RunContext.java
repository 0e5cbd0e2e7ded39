package org.paperscope.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.paperscope.common.config.Settings;

/**
 * What every stage of one run shares: the session, the settings, the warehouse, the dates and the
 * days this run owns, and the figures that end up in the run manifest.
 *
 * <p>Driver-side only: never capture it in executor code.
 */
public final class RunContext {
  private final SparkSession spark;
  private final Settings settings;
  private final String warehouse;
  private final String runId;
  private final String command;
  private final LocalDate from;
  private final LocalDate to;
  private final Set<String> publications = new TreeSet<>();
  private Set<DayKey> coveredDays;
  private final Map<String, Long> tableRows = new LinkedHashMap<>();
  private final Map<String, String> inputHashes = new LinkedHashMap<>();
  private final Map<String, Long> counters = new LinkedHashMap<>();
  private final List<String> inputFiles = new ArrayList<>();
  private String input;
  private String publicationOverride;
  private org.paperscope.jobs.spark.RunHeartbeat heartbeat;
  private org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> runArticles;
  private org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> runText;

  public RunContext(SparkSession spark, Settings settings, String warehouse, String runId,
      String command, LocalDate from, LocalDate to) {
    this.spark = spark;
    this.settings = settings;
    this.warehouse = warehouse.endsWith("/") ? warehouse.substring(0, warehouse.length() - 1) : warehouse;
    this.runId = runId;
    this.command = command;
    this.from = from;
    this.to = to;
  }

  /** The --input of the run (folder, glob or file URI), or null for stages run on the warehouse alone. */
  public String input() {
    return input;
  }

  public RunContext withInput(String input, String publicationOverride) {
    this.input = input;
    this.publicationOverride = publicationOverride;
    return this;
  }

  /** --publication, or null to take it from the paths / config. */
  public String publicationOverride() {
    return publicationOverride;
  }

  public SparkSession spark() {
    return spark;
  }

  public Settings settings() {
    return settings;
  }

  /** The warehouse root URI or path, without a trailing slash. */
  public String warehouse() {
    return warehouse;
  }

  public String runId() {
    return runId;
  }

  public String command() {
    return command;
  }

  /** First issue date of the run (inclusive), or null for "from the beginning". */
  public LocalDate from() {
    return from;
  }

  /** Last issue date of the run (inclusive), or null for "to the end". */
  public LocalDate to() {
    return to;
  }

  public boolean inRange(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** Where a published table lives. */
  public String tablePath(String table) {
    return warehouse + "/" + table;
  }

  /** Publications this run writes (set by ingest, or read from the articles table). */
  public Set<String> publications() {
    return Collections.unmodifiableSet(publications);
  }

  public void addPublication(String publication) {
    publications.add(publication);
  }

  /** True once ingest (or a stage reading the articles table) has said which days the run owns. */
  public boolean hasCoveredDays() {
    return coveredDays != null;
  }

  /** Days for which this run has input (ingest) or articles (later stages run alone). */
  public Set<DayKey> coveredDays() {
    if (coveredDays == null) {
      throw new IllegalStateException("coveredDays() asked before a stage set them");
    }
    return Collections.unmodifiableSet(coveredDays);
  }

  public void setCoveredDays(Set<DayKey> days) {
    this.coveredDays = new TreeSet<>(days);
    days.forEach(day -> publications.add(day.publication()));
  }

  /**
   * The day partitions that this run replaces in every per-day table: the covered days, plus,
   * for a bounded run, every day of the range for each publication of the run (so a day whose
   * input disappeared is emptied rather than left stale).
   */
  public Set<DayKey> replacedDays() {
    Set<DayKey> days = new TreeSet<>(coveredDays());
    if (from != null && to != null) {
      for (String publication : publications) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
          days.add(new DayKey(publication, day));
        }
      }
    }
    return days;
  }

  /** The run's heartbeat (keeps its locks and owner file fresh). */
  public synchronized org.paperscope.jobs.spark.RunHeartbeat heartbeat() {
    if (heartbeat == null) {
      // A stage run without the Pipeline (tests, notebooks): beat from the first lock on.
      heartbeat = org.paperscope.jobs.spark.RunHeartbeat.start(
          org.paperscope.jobs.spark.ParquetSink.fileSystemOf(spark, warehouse), warehouse, runId);
    }
    return heartbeat;
  }

  public void startHeartbeat(org.paperscope.jobs.spark.RunHeartbeat heartbeat) {
    this.heartbeat = heartbeat;
  }

  /**
   * The articles ingest produced in this run (persisted), so that later stages of the same run
   * analyse them without reading them back; null when the run has no ingest.
   */
  public org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> runArticles() {
    return runArticles;
  }

  public void useRunArticles(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> articles) {
    this.runArticles = articles;
  }

  /** The run's article text as the detectors read it (see ArticlesTable.runText), or null. */
  public org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> runText() {
    return runText;
  }

  public void useRunText(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> text) {
    this.runText = text;
  }

  /** Drops what the run kept in memory (the run's articles and text). */
  public void releaseCached() {
    if (runArticles != null) {
      runArticles.unpersist();
    }
    if (runText != null) {
      runText.unpersist();
    }
  }

  public void recordTable(String table, long rows) {
    tableRows.merge(table, rows, Long::sum);
  }

  public Map<String, Long> tableRows() {
    return Collections.unmodifiableMap(tableRows);
  }

  /** Records the hash of an input such as the term list, for the manifest. */
  public void recordInputHash(String name, String sha256) {
    inputHashes.put(name, sha256);
  }

  public Map<String, String> inputHashes() {
    return Collections.unmodifiableMap(inputHashes);
  }

  public void count(String counter, long value) {
    counters.merge(counter, value, Long::sum);
  }

  public long counter(String counter) {
    return counters.getOrDefault(counter, 0L);
  }

  public Map<String, Long> counters() {
    return Collections.unmodifiableMap(counters);
  }

  public void addInputFiles(List<String> paths) {
    inputFiles.addAll(paths);
  }

  public List<String> inputFiles() {
    return Collections.unmodifiableList(inputFiles);
  }
}
