package org.paperscope.common.issue;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much two files of one publication and date say the same thing: the Jaccard similarity of
 * the sets of 5-character shingles of their article bodies (every run of five consecutive
 * characters, white space removed, across all articles of the file), plus the share of headlines
 * they have in common for the record.
 *
 * <p>Bodies rather than headlines decide, because a re-OCR or a re-scrape keeps the bodies while
 * headline marks and punctuation vary; shingles rather than whole paragraphs, because one misread
 * character then costs only the five shingles around it. A {@code .txt}/{@code .md} twin scores
 * 1.0; two different issues of a daily score below 0.05 (shared boilerplate only).
 */
public final class IssueSimilarity {
  /** Characters per shingle: long enough that two different Chinese texts share few of them. */
  public static final int SHINGLE_CHARS = 5;

  private IssueSimilarity() {}

  /**
   * What a file is compared by.
   *
   * @param shingles  sorted distinct 64-bit hashes of the body shingles
   * @param headlines distinct headlines
   * @param bodyChars code points of all bodies, white space excluded
   */
  public record Fingerprint(long[] shingles, Set<String> headlines, long bodyChars) implements Serializable {
    public Fingerprint {
      shingles = shingles.clone();
      headlines = Set.copyOf(headlines);
    }

    @Override
    public long[] shingles() {
      return shingles.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Fingerprint that && Arrays.equals(shingles, that.shingles)
          && headlines.equals(that.headlines) && bodyChars == that.bodyChars;
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(shingles) + headlines.hashCode();
    }

    @Override
    public String toString() {
      return "Fingerprint[" + shingles.length + " shingles, " + headlines.size() + " headlines, "
          + bodyChars + " chars]";
    }
  }

  /**
   * The outcome of one comparison.
   *
   * @param jaccard         shared shingles / shingles of either file (1.0 when both have none)
   * @param sharedHeadlines headlines found in both files
   * @param headlinesA      distinct headlines of the first file
   * @param headlinesB      distinct headlines of the second file
   */
  public record Comparison(double jaccard, int sharedHeadlines, int headlinesA, int headlinesB) {
    /** {@code body shingle Jaccard 0.962, 11 of 12/12 headlines shared}. */
    public String describe() {
      return String.format(Locale.ROOT, "body shingle Jaccard %.3f, %d of %d/%d headlines shared",
          jaccard, sharedHeadlines, headlinesA, headlinesB);
    }
  }

  /** The fingerprint of one file's articles. */
  public static Fingerprint fingerprint(List<String> headlines, List<String> bodies) {
    Set<Long> hashes = new HashSet<>();
    long chars = 0;
    for (String body : bodies) {
      int[] points = body == null ? new int[0]
          : body.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).toArray();
      chars += points.length;
      for (int start = 0; start + SHINGLE_CHARS <= points.length; start++) {
        hashes.add(hash(points, start));
      }
      if (points.length > 0 && points.length < SHINGLE_CHARS) {
        hashes.add(hash(points, 0));
      }
    }
    long[] sorted = hashes.stream().mapToLong(Long::longValue).sorted().toArray();
    Set<String> distinct = new HashSet<>();
    for (String headline : headlines) {
      if (headline != null && !headline.isBlank()) {
        distinct.add(headline.strip());
      }
    }
    return new Fingerprint(sorted, distinct, chars);
  }

  /** Compares two fingerprints; symmetric. */
  public static Comparison compare(Fingerprint a, Fingerprint b) {
    long[] x = a.shingles;
    long[] y = b.shingles;
    int i = 0;
    int j = 0;
    long shared = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    long union = x.length + y.length - shared;
    double jaccard = union == 0 ? 1.0 : (double) shared / union;
    int sharedHeadlines = 0;
    for (String headline : a.headlines()) {
      if (b.headlines().contains(headline)) {
        sharedHeadlines++;
      }
    }
    return new Comparison(jaccard, sharedHeadlines, a.headlines().size(), b.headlines().size());
  }

  /** FNV-1a over the shingle's code points (shorter than SHINGLE_CHARS only for a tiny body). */
  private static long hash(int[] points, int start) {
    long hash = 0xcbf29ce484222325L;
    int end = Math.min(points.length, start + SHINGLE_CHARS);
    for (int k = start; k < end; k++) {
      hash ^= points[k];
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
