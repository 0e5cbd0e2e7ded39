package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.paperscope.common.input.RejectReason;

/**
 * Decides which files of one publication and date are the same issue twice, so that each issue
 * is counted once. Deterministic: the verdicts depend only on the files, never on their order.
 *
 * <ol>
 *   <li>Files with the same SHA-256 are one file: the smallest path is kept, the others are
 *       {@code duplicate_content}.</li>
 *   <li>The remaining files are taken by most body characters first (the most complete copy),
 *       then by path; a file whose {@link IssueSimilarity body similarity} to a file already kept
 *       is at least {@code minSimilarity} is {@code near_duplicate} of the most similar kept
 *       file, with the similarity in the detail; otherwise it is kept.</li>
 * </ol>
 */
public final class DuplicateIssues {
  private DuplicateIssues() {}

  /** One readable, parsed file of the day. */
  public record Candidate(String sourcePath, String sha256, IssueSimilarity.Fingerprint fingerprint) {
    public Candidate {
      Objects.requireNonNull(sourcePath, "sourcePath");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(fingerprint, "fingerprint");
    }
  }

  /** A file that is not kept, and why. */
  public record Verdict(String sourcePath, RejectReason reason, String detail) {}

  /**
   * The files to reject among {@code sameDay} (one publication, one date), by path; files not in
   * the map are kept.
   *
   * @param minSimilarity body shingle Jaccard from which two files are the same issue, in (0, 1]
   */
  public static Map<String, Verdict> judge(List<Candidate> sameDay, double minSimilarity) {
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1], got " + minSimilarity);
    }
    List<Candidate> byPath = new ArrayList<>(sameDay);
    byPath.sort(Comparator.comparing(Candidate::sourcePath));
    Map<String, Verdict> rejected = new LinkedHashMap<>();
    Map<String, Candidate> firstOfContent = new LinkedHashMap<>();
    for (Candidate candidate : byPath) {
      Candidate first = firstOfContent.putIfAbsent(candidate.sha256(), candidate);
      if (first != null) {
        rejected.put(candidate.sourcePath(), new Verdict(candidate.sourcePath(), RejectReason.DUPLICATE_CONTENT,
            "same bytes as " + first.sourcePath() + " (same publication and date), which was kept"));
      }
    }
    List<Candidate> distinct = new ArrayList<>(firstOfContent.values());
    distinct.sort(Comparator.comparingLong((Candidate c) -> -c.fingerprint().bodyChars())
        .thenComparing(Candidate::sourcePath));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : distinct) {
      Candidate closest = null;
      IssueSimilarity.Comparison best = null;
      for (Candidate keeper : kept) {
        IssueSimilarity.Comparison comparison = IssueSimilarity.compare(candidate.fingerprint(), keeper.fingerprint());
        if (best == null || comparison.jaccard() > best.jaccard()) {
          best = comparison;
          closest = keeper;
        }
      }
      if (best != null && best.jaccard() >= minSimilarity) {
        rejected.put(candidate.sourcePath(), new Verdict(candidate.sourcePath(), RejectReason.NEAR_DUPLICATE,
            String.format(Locale.ROOT, "%s with %s (same publication and date, %d vs %d body chars), which was kept;"
                + " threshold %.2f", best.describe(), closest.sourcePath(), candidate.fingerprint().bodyChars(),
                closest.fingerprint().bodyChars(), minSimilarity)));
      } else {
        kept.add(candidate);
      }
    }
    return rejected;
  }
}
