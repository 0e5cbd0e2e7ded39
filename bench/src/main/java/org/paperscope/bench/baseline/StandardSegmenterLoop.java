package org.paperscope.bench.baseline;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.paperscope.bench.BenchCorpus;
import org.paperscope.bench.BenchOut;

/**
 * Baseline (a) of issue 9: what a newcomer writes to segment the corpus. One thread, HanLP's
 * default ("standard") segmenter from {@code HanLP.newSegment()}, every file read as UTF-8, the
 * Markdown stripped line by line the obvious way (heading hashes, bold stars, links), every
 * non-blank line segmented. No parser, no repairs, no term list.
 *
 * <p>Prints {@code bench baseline_segment_*} figures; its process wall time (taken by
 * {@code bin/bench}) is the denominator of goal 1.
 *
 * <p>Usage: {@code StandardSegmenterLoop CORPUS_DIR [YYYY-MM]}.
 */
public final class StandardSegmenterLoop {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern HEADING = Pattern.compile("^#+\\s*");

  private StandardSegmenterLoop() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: StandardSegmenterLoop CORPUS_DIR [YYYY-MM]");
      System.exit(2);
    }
    List<Path> files = BenchCorpus.issueFiles(Path.of(args[0]), args.length > 1 ? args[1] : null);
    long start = System.nanoTime();
    Segment segment = HanLP.newSegment();
    double loadSeconds = BenchOut.secondsSince(start);
    long loopStart = System.nanoTime();
    long bytes = 0;
    long chars = 0;
    long tokens = 0;
    for (Path file : files) {
      byte[] raw = BenchCorpus.read(file);
      bytes += raw.length;
      for (String line : new String(raw, StandardCharsets.UTF_8).split("\n")) {
        String text = HEADING.matcher(LINK.matcher(line).replaceAll("$1")).replaceAll("")
            .replace("**", "").strip();
        if (text.isEmpty()) {
          continue;
        }
        chars += text.length();
        tokens += segment.seg(text).size();
      }
    }
    double loopSeconds = BenchOut.secondsSince(loopStart);
    BenchOut.count("baseline_segment_files", files.size(), "files");
    BenchOut.count("baseline_segment_bytes", bytes, "bytes");
    BenchOut.count("baseline_segment_chars", chars, "chars");
    BenchOut.count("baseline_segment_tokens", tokens, "tokens");
    BenchOut.figure("baseline_segment_dictionary_load", loadSeconds, "s");
    BenchOut.figure("baseline_segment_loop", loopSeconds, "s");
    BenchOut.figure("baseline_segment_loop_mb_per_s", bytes / 1e6 / loopSeconds, "MB/s");
  }
}
