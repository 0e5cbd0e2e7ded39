package org.paperscope.jobs.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a stage did, returned by {@link Stage#run}: the rows it published per table, its counters
 * and input hashes (for the run manifest and the summary line), the input files it read, and the
 * {@link RunScope} the stages after it work on. {@link #plus} adds the result of a later stage.
 * Tables, counters and hashes are listed by name, whatever order the stage wrote them in.
 */
public final class StageResult {
  private static final StageResult EMPTY = new Builder(null).build();
  private final Map<String, Long> tableRows;
  private final Map<String, Long> counters;
  private final Map<String, String> inputHashes;
  private final List<String> inputFiles;
  private final RunScope scope;

  private StageResult(Map<String, Long> tableRows, Map<String, Long> counters,
      Map<String, String> inputHashes, List<String> inputFiles, RunScope scope) {
    this.tableRows = Collections.unmodifiableMap(new TreeMap<>(tableRows));
    this.counters = Collections.unmodifiableMap(new TreeMap<>(counters));
    this.inputHashes = Collections.unmodifiableMap(new TreeMap<>(inputHashes));
    this.inputFiles = List.copyOf(inputFiles);
    this.scope = scope;
  }

  /** The result of no stage: what a run starts from. */
  public static StageResult empty() {
    return EMPTY;
  }

  /** A builder for the result of a stage that works on {@code scope} (null: none yet). */
  public static Builder builder(RunScope scope) {
    return new Builder(scope);
  }

  /** Rows published per table (a table written twice counts both writes). */
  public Map<String, Long> tableRows() {
    return tableRows;
  }

  public Map<String, Long> counters() {
    return counters;
  }

  /** The value of {@code counter}, 0 when never counted. */
  public long counter(String counter) {
    return counters.getOrDefault(counter, 0L);
  }

  /** sha256 of the inputs such as the term list, by name. */
  public Map<String, String> inputHashes() {
    return inputHashes;
  }

  public List<String> inputFiles() {
    return inputFiles;
  }

  /** The scope after this stage, or null when no stage has decided it. */
  public RunScope scope() {
    return scope;
  }

  /** This result followed by {@code later}'s: tables and counters add up, the later scope wins. */
  public StageResult plus(StageResult later) {
    Builder merged = new Builder(later.scope != null ? later.scope : scope);
    for (StageResult part : List.of(this, later)) {
      part.tableRows.forEach(merged::table);
      part.counters.forEach(merged::count);
      part.inputHashes.forEach(merged::inputHash);
      merged.inputFiles(part.inputFiles);
    }
    return merged.build();
  }

  /** Collects one stage's figures; safe to use from the threads of one stage. */
  public static final class Builder {
    private final Map<String, Long> tableRows = new LinkedHashMap<>();
    private final Map<String, Long> counters = new LinkedHashMap<>();
    private final Map<String, String> inputHashes = new LinkedHashMap<>();
    private final List<String> inputFiles = new ArrayList<>();
    private RunScope scope;

    private Builder(RunScope scope) {
      this.scope = scope;
    }

    /** Records {@code rows} published to {@code table}. */
    public synchronized Builder table(String table, long rows) {
      tableRows.merge(table, rows, Long::sum);
      return this;
    }

    public synchronized Builder count(String counter, long value) {
      counters.merge(counter, value, Long::sum);
      return this;
    }

    public synchronized Builder inputHash(String name, String sha256) {
      inputHashes.put(name, sha256);
      return this;
    }

    public synchronized Builder inputFiles(List<String> paths) {
      inputFiles.addAll(paths);
      return this;
    }

    /** The scope the stages after this one work on. */
    public synchronized Builder scope(RunScope scope) {
      this.scope = scope;
      return this;
    }

    public synchronized StageResult build() {
      return new StageResult(tableRows, counters, inputHashes, inputFiles, scope);
    }
  }
}
