package org.paperscope.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.paperscope.common.input.IssuePaths;

/**
 * Where the benchmarks and baselines read the real corpus from: never a copy in the project, always
 * the read-only {@code ../shared/corpora/xwlb} (or the folder {@code bin/bench} hands over).
 *
 * <p>Looked up in this order: the system property {@value #CORPUS_PROPERTY}, the environment
 * variable {@value #CORPUS_ENV}, then {@code ../shared/corpora/xwlb} and
 * {@code ../../shared/corpora/xwlb} relative to the working directory. The system property
 * {@value #MONTH_PROPERTY} ({@code 2024-03}) keeps the files of one month only, for a quick run.
 */
public final class BenchCorpus {
  public static final String CORPUS_PROPERTY = "paperscope.bench.corpus";
  public static final String CORPUS_ENV = "PAPERSCOPE_BENCH_CORPUS";
  public static final String MONTH_PROPERTY = "paperscope.bench.month";
  private static final List<String> EXTENSIONS = List.of("md", "txt");

  private BenchCorpus() {}

  /** The corpus folder, or empty when none of the places holds one. */
  public static Optional<Path> locate() {
    String configured = System.getProperty(CORPUS_PROPERTY, System.getenv(CORPUS_ENV));
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured).toAbsolutePath().normalize();
      return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }
    for (Path candidate : List.of(Path.of("..", "shared", "corpora", "xwlb"),
        Path.of("..", "..", "shared", "corpora", "xwlb"))) {
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate.toAbsolutePath().normalize());
      }
    }
    return Optional.empty();
  }

  /** Why there is nothing to measure: printed by the launchers before they exit without running. */
  public static String missingMessage() {
    String configured = System.getProperty(CORPUS_PROPERTY, System.getenv(CORPUS_ENV));
    return "Skipping: the xwlb corpus is not at "
        + (configured != null && !configured.isBlank() ? configured
            : "../shared/corpora/xwlb (relative to " + Path.of("").toAbsolutePath() + ")")
        + "; set -D" + CORPUS_PROPERTY + "=DIR or " + CORPUS_ENV + "=DIR";
  }

  /**
   * The corpus folder.
   *
   * @throws IllegalStateException naming the places looked at, when there is no corpus
   */
  public static Path require() {
    return locate().orElseThrow(() -> new IllegalStateException(missingMessage()));
  }

  /** The month filter ({@code 2024-03}) from {@value #MONTH_PROPERTY}, or null for every file. */
  public static String monthFilter() {
    String month = System.getProperty(MONTH_PROPERTY);
    if (month == null || month.isBlank()) {
      return null;
    }
    if (!month.matches("\\d{4}-\\d{2}")) {
      throw new IllegalArgumentException("-D" + MONTH_PROPERTY + " must look like 2024-03, got '"
          + month + "'");
    }
    return month;
  }

  /**
   * The issue files under {@code root} ({@code .md}/{@code .txt}, optionally gzipped), sorted by
   * path; with a {@code month} ({@code 2024-03}) only the files whose name starts with 202403.
   */
  public static List<Path> issueFiles(Path root, String month) {
    String prefix = month == null ? "" : month.replace("-", "");
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(Files::isRegularFile)
          .filter(p -> IssuePaths.hasIssueExtension(p.getFileName().toString(), EXTENSIONS))
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .sorted()
          .toList();
      if (files.isEmpty()) {
        throw new IllegalStateException("No issue files under " + root
            + (month == null ? "" : " for month " + month));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the corpus " + root, e);
    }
  }

  /** The issue files of the located corpus, month filter applied. */
  public static List<Path> issueFiles() {
    return issueFiles(require(), monthFilter());
  }

  /** Reads a file whole; an unreadable corpus file is a broken benchmark, not a skip. */
  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read corpus file " + file, e);
    }
  }
}
