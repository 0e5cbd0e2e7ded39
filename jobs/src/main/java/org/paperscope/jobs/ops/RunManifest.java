package org.paperscope.jobs.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.paperscope.jobs.run.RunSpec;
import org.paperscope.jobs.run.StageResult;

/**
 * The record of one run, written as {@code <warehouse>/_runs/<run_id>.json} when the run starts
 * (status {@code running}) and again when it ends ({@code succeeded}, {@code failed},
 * {@code no_input}, {@code config_error}). Analysts read them with
 * {@code read_json('warehouse/_runs/*.json')}; the fields are listed in docs/tables.md.
 */
public final class RunManifest {
  /** The classpath resource the build fills with the commit (jobs/src/main/resources-filtered). */
  static final String BUILD_PROPERTIES = "paperscope-build.properties";
  /** {@code git_commit} of a build made outside a git checkout. */
  static final String UNKNOWN_COMMIT = "unknown";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunManifest() {}

  /**
   * Writes the manifest of the run {@code spec} with {@code status} and what its stages did so far
   * ({@code done}); {@code error} may be null.
   */
  public static void write(RunSpec spec, StageResult done, String status, Instant startedAt, Instant endedAt,
      List<String> args, String error) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", spec.runId());
    manifest.put("status", status);
    manifest.put("command", spec.command());
    manifest.put("args", args);
    manifest.put("started_at", startedAt.toString());
    manifest.put("ended_at", endedAt == null ? null : endedAt.toString());
    manifest.put("elapsed_seconds", endedAt == null ? null
        : (endedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
    manifest.put("from", spec.from() == null ? null : spec.from().toString());
    manifest.put("to", spec.to() == null ? null : spec.to().toString());
    manifest.put("input", spec.input());
    manifest.put("warehouse", spec.warehouse().root());
    manifest.put("publications", done.scope() == null ? List.of() : List.copyOf(done.scope().publications()));
    manifest.put("git_commit", gitCommit());
    manifest.put("spark_version", spec.spark().version());
    manifest.put("spark_master", spec.spark().sparkContext().master());
    manifest.put("config_sha256", spec.settings().hash());
    manifest.put("input_hashes", done.inputHashes());
    manifest.put("counters", done.counters());
    manifest.put("table_rows", done.tableRows());
    manifest.put("input_file_count", done.inputFiles().size());
    manifest.put("input_files", done.inputFiles());
    manifest.put("error", error);
    Path file = new Path(spec.warehouse().root() + "/_runs/" + spec.runId() + ".json");
    Configuration conf = spec.spark().sparkContext().hadoopConfiguration();
    try {
      FileSystem fs = file.getFileSystem(conf);
      fs.mkdirs(file.getParent());
      Path temporary = new Path(file.getParent(), "." + file.getName() + ".tmp");
      try (OutputStream out = fs.create(temporary, true)) {
        JSON.writeValue(out, manifest);
      }
      fs.delete(file, false);
      fs.rename(temporary, file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write run manifest " + file, e);
    }
  }

  /**
   * The commit the code was built from: system property {@code paperscope.git.commit}, env
   * {@code PAPERSCOPE_GIT_COMMIT}, else the {@code paperscope-build.properties} that the build
   * writes into the jar (so also under {@code spark-submit}), with {@code -dirty} when the build
   * had uncommitted changes to tracked files; "unknown" when built outside a git checkout.
   */
  public static String gitCommit() {
    String commit = System.getProperty("paperscope.git.commit");
    if (commit == null || commit.isBlank()) {
      commit = System.getenv("PAPERSCOPE_GIT_COMMIT");
    }
    if (commit == null || commit.isBlank()) {
      commit = builtCommit();
    }
    return commit == null || commit.isBlank() ? UNKNOWN_COMMIT : commit;
  }

  /** What the build wrote, or null when the resource is missing or was not filled. */
  private static String builtCommit() {
    try (InputStream in = RunManifest.class.getClassLoader().getResourceAsStream(BUILD_PROPERTIES)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      String commit = properties.getProperty("git.commit", "").trim();
      // `git describe --dirty` output; empty or an unfilled ${...} when the build had no git.
      return commit.matches("[0-9a-f]{7,64}(-dirty)?") ? commit : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + BUILD_PROPERTIES + " from the jar", e);
    }
  }
}
