package org.paperscope.jobs.articles;

import java.util.List;
import java.util.Map;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.config.Settings;
import org.paperscope.common.input.IssuePaths;
import org.paperscope.common.input.ManifestEntry;
import org.paperscope.common.input.ManifestReader;
import org.paperscope.common.issue.ParserSettings;

/**
 * The {@code input.*}, {@code parser.*} and {@code output.*} configuration of ingest, read and
 * checked once on the driver before Spark starts (the manifest file is read here too).
 *
 * @param publication            publication of every file ({@code input.publication}), or null to
 *                               take it from the paths
 * @param extensions             file name endings read ({@code input.extensions})
 * @param datePaths              the date patterns ({@code input.date-patterns})
 * @param manifest               rows of {@code input.manifest} by relative path (empty when unset)
 * @param succeedWhenEmpty       {@code input.on-no-input=succeed-empty}
 * @param parse                  what executors need to read and parse files
 * @param parsePartitions        {@code output.parse-partitions}; 0 = Spark's default parallelism
 * @param nearDuplicateMinSimilarity body similarity from which two files of one day are the same
 *                               issue ({@code input.near-duplicate-min-similarity})
 * @param maxParseErrorShare     the run fails (exit 1) when a larger share of the files read fail
 *                               with {@code parse_error} ({@code input.max-parse-error-share})
 */
public record IngestOptions(
    String publication,
    List<String> extensions,
    IssuePaths datePaths,
    Map<String, ManifestEntry> manifest,
    boolean succeedWhenEmpty,
    ParseSettings parse,
    int parsePartitions,
    double nearDuplicateMinSimilarity,
    double maxParseErrorShare) {

  public static final String PUBLICATION = "input.publication";
  public static final String EXTENSIONS = "input.extensions";
  public static final String DATE_PATTERNS = "input.date-patterns";
  public static final String MANIFEST = "input.manifest";
  public static final String ON_NO_INPUT = "input.on-no-input";
  public static final String MAX_FILE_BYTES = "input.max-file-bytes";
  public static final String NEAR_DUPLICATE_MIN_SIMILARITY = "input.near-duplicate-min-similarity";
  public static final String MAX_PARSE_ERROR_SHARE = "input.max-parse-error-share";
  public static final String PARSE_PARTITIONS = "output.parse-partitions";
  /** Values of {@link #ON_NO_INPUT}. */
  public static final List<String> ON_NO_INPUT_VALUES = List.of("fail", "succeed-empty");

  public IngestOptions {
    extensions = List.copyOf(extensions);
    manifest = Map.copyOf(manifest);
  }

  /** Reads and checks every ingest key; errors name the key and the value. */
  public static IngestOptions from(Settings settings) {
    List<String> extensions = settings.list(EXTENSIONS);
    if (extensions.isEmpty()) {
      throw new ConfigException("Config key '" + EXTENSIONS + "' lists no file extension: no file would be read");
    }
    for (String extension : extensions) {
      if (!extension.matches("[A-Za-z0-9]+")) {
        throw new ConfigException("Config key '" + EXTENSIONS + "': '" + extension
            + "' is not a file extension (letters and digits, without the dot, e.g. txt)");
      }
    }
    IssuePaths datePaths = IssuePaths.of(settings.string(DATE_PATTERNS));
    Map<String, ManifestEntry> manifest = settings.has(MANIFEST)
        ? ManifestReader.parse(settings.text(MANIFEST), settings.string(MANIFEST)) : Map.of();
    boolean succeedWhenEmpty = "succeed-empty".equals(settings.oneOf(ON_NO_INPUT, ON_NO_INPUT_VALUES));
    long maxFileBytes = settings.bytes(MAX_FILE_BYTES);
    if (maxFileBytes <= 0) {
      throw new ConfigException("Config key '" + MAX_FILE_BYTES + "' must be positive, got " + maxFileBytes);
    }
    int parsePartitions = settings.integer(PARSE_PARTITIONS);
    if (parsePartitions < 0) {
      throw new ConfigException("Config key '" + PARSE_PARTITIONS + "' must be >= 0 (0 = Spark's default), got "
          + parsePartitions);
    }
    double similarity = settings.decimal(NEAR_DUPLICATE_MIN_SIMILARITY);
    if (!(similarity > 0 && similarity <= 1)) {
      throw new ConfigException("Config key '" + NEAR_DUPLICATE_MIN_SIMILARITY
          + "' must be a share in (0, 1], got " + settings.string(NEAR_DUPLICATE_MIN_SIMILARITY));
    }
    double errorShare = settings.decimal(MAX_PARSE_ERROR_SHARE);
    if (!(errorShare >= 0 && errorShare <= 1)) {
      throw new ConfigException("Config key '" + MAX_PARSE_ERROR_SHARE + "' must be a share in [0, 1], got "
          + settings.string(MAX_PARSE_ERROR_SHARE));
    }
    return new IngestOptions(settings.string(PUBLICATION, null), extensions, datePaths, manifest,
        succeedWhenEmpty, new ParseSettings(ParserSettings.from(settings), maxFileBytes,
            FormatSettingsFactory.from(settings), null, null), parsePartitions,
        similarity, errorShare);
  }
}
