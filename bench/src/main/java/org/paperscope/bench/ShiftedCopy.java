package org.paperscope.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the ×N corpus of {@code bin/bench} in a scratch folder (never in the project): N copies of
 * a {@code YYYY/YYYYMMDD.md} corpus, copy k with every year moved back by k × shift, so that all
 * dates stay valid and distinct. The shift is the smallest multiple of 4 years that is at least the
 * corpus' span: a multiple of 4 keeps 29 February a real day (2024 → 2016 → … → 1952; 1900 is
 * never reached), and at least the span keeps copies from overlapping. Years must stay in
 * 1900–2099, the range of the default {@code input.date-patterns}. Files are copied byte for byte
 * (dates are read from the path, the text is untouched).
 *
 * <p>Usage: {@code ShiftedCopy CORPUS_DIR TARGET_DIR COPIES [YYYY-MM]}; the copies land in
 * {@code TARGET_DIR/<corpus folder name>/} so the publication name stays the same.
 */
public final class ShiftedCopy {
  private static final Pattern DATED = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\.[^/]+)$");
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2099;

  private ShiftedCopy() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: ShiftedCopy CORPUS_DIR TARGET_DIR COPIES [YYYY-MM]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
    int copies = Integer.parseInt(args[2]);
    if (copies < 1) {
      throw new IllegalArgumentException("COPIES must be >= 1, got " + copies);
    }
    Path target = Path.of(args[1]).toAbsolutePath().normalize().resolve(corpus.getFileName());
    List<Path> files = BenchCorpus.issueFiles(corpus, args.length > 3 ? args[3] : null);
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Path file : files) {
      int year = dateOf(file).getYear();
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    int span = last - first + 1;
    int shift = ((span + 3) / 4) * 4;
    int lowest = first - shift * (copies - 1);
    if (lowest < MIN_YEAR || last > MAX_YEAR) {
      throw new IllegalArgumentException("Cannot make " + copies + " copies of " + first + "-" + last
          + " shifted by " + shift + " years: the earliest year would be " + lowest
          + ", outside " + MIN_YEAR + "-" + MAX_YEAR + " (input.date-patterns)");
    }
    long bytes = 0;
    for (int k = 0; k < copies; k++) {
      for (Path file : files) {
        LocalDate date = dateOf(file).minusYears((long) shift * k);
        String name = String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth())
            + extension(file);
        Path out = target.resolve(String.format("%04d", date.getYear())).resolve(name);
        bytes += copy(file, out);
      }
    }
    BenchOut.count("scaled_copies", copies, "copies");
    BenchOut.count("scaled_shift", shift, "years");
    BenchOut.count("scaled_files", (long) files.size() * copies, "files");
    BenchOut.count("scaled_bytes", bytes, "bytes");
  }

  private static LocalDate dateOf(Path file) {
    Matcher m = DATED.matcher(file.getFileName().toString());
    if (!m.find()) {
      throw new IllegalArgumentException("Corpus file " + file + " is not named YYYYMMDD.ext");
    }
    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private static String extension(Path file) {
    Matcher m = DATED.matcher(file.getFileName().toString());
    m.find();
    return m.group(4);
  }

  private static long copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      // A copy, not a hard link: the corpus is read-only shared data, and a link would let anything
      // that writes into the scratch folder write into it.
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      return Files.size(to);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
    }
  }
}
