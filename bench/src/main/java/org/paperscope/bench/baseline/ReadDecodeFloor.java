package org.paperscope.bench.baseline;

import java.nio.file.Path;
import java.util.List;
import org.paperscope.bench.BenchCorpus;
import org.paperscope.bench.BenchOut;
import org.paperscope.common.input.IssueDecoder;
import org.paperscope.common.input.RejectedInputException;

/**
 * Baseline (b) of issue 9: the floor under any pipeline, reading every issue file and decoding it
 * with {@code IssueDecoder} (the pipeline's own decoder), one thread, nothing else. A file the
 * decoder rejects is counted, as the pipeline would put it in {@code rejects}.
 *
 * <p>Usage: {@code ReadDecodeFloor CORPUS_DIR [YYYY-MM]}.
 */
public final class ReadDecodeFloor {
  /** The pipeline's default {@code input.max-file-bytes}. */
  private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private ReadDecodeFloor() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ReadDecodeFloor CORPUS_DIR [YYYY-MM]");
      System.exit(2);
    }
    List<Path> files = BenchCorpus.issueFiles(Path.of(args[0]), args.length > 1 ? args[1] : null);
    long start = System.nanoTime();
    long bytes = 0;
    long chars = 0;
    long rejected = 0;
    for (Path file : files) {
      byte[] raw = BenchCorpus.read(file);
      bytes += raw.length;
      try {
        chars += IssueDecoder.decode(raw, MAX_FILE_BYTES).text().length();
      } catch (RejectedInputException e) {
        rejected++;
      }
    }
    double seconds = BenchOut.secondsSince(start);
    BenchOut.count("baseline_decode_files", files.size(), "files");
    BenchOut.count("baseline_decode_rejected", rejected, "files");
    BenchOut.count("baseline_decode_bytes", bytes, "bytes");
    BenchOut.count("baseline_decode_chars", chars, "chars");
    BenchOut.figure("baseline_decode_loop", seconds, "s");
    BenchOut.figure("baseline_decode_mb_per_s", bytes / 1e6 / seconds, "MB/s");
  }
}
