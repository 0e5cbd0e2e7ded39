package org.paperscope.common.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.paperscope.common.input.IssuePaths;

/**
 * The ids of issues and articles: {@code issue_id} is {@code <publication>/<issue date>/<edition>}
 * (the edition is the manifest's, else the file name without its extensions), {@code article_id}
 * is {@code <issue_id>-<seq>} with seq padded to three digits ({@code xwlb/2024-04-14/20240414-006}).
 *
 * <p>Ids depend only on the publication, the date and the path of the file relative to
 * {@code --input}, never on the run, the locale, the parser version or the file's content, so a
 * rerun gives every file the same ids. When several files of one publication and date have the
 * same edition ({@code 2025/20250420.txt} and {@code 2025/20250420.md}, or the same name in two
 * folders), every one of them gets the first of these forms that is unique among them:
 * <ol>
 *   <li>the edition followed by the file's extensions: {@code xwlb/2025-04-20/20250420.md};</li>
 *   <li>the relative path without its last extension, '/' replaced by '_':
 *       {@code xwlb/2025-04-20/a_20250420};</li>
 *   <li>the relative path, '/' replaced by '_': {@code xwlb/2025-04-20/a_20250420.txt};</li>
 *   <li>the relative path as it is: {@code xwlb/2025-04-20/a/20250420.txt}.</li>
 * </ol>
 * (and, should two members end on different forms that read the same, every member of the group
 * takes the last form). A file alone with its edition keeps the plain form, so the ids of single-file days never change;
 * the id of a file changes only when another file with the same edition appears for its date.
 */
public final class IssueIds {
  /** Positions below 1000 are padded to three digits; longer issues get as many digits as needed. */
  private static final int SEQ_DIGITS = 3;

  private IssueIds() {}

  /** One listed file, as far as its id is concerned. */
  public record Source(String relativePath, String publication, LocalDate issueDate, String edition) {
    public Source {
      Objects.requireNonNull(relativePath, "relativePath");
      Objects.requireNonNull(publication, "publication");
      Objects.requireNonNull(issueDate, "issueDate");
      Objects.requireNonNull(edition, "edition");
    }
  }

  /** {@code <publication>/<date>/<edition>}, the id of a file alone with its edition on its date. */
  public static String issueId(String publication, LocalDate issueDate, String edition) {
    return publication + "/" + issueDate + "/" + edition;
  }

  /**
   * {@code <issueId>-<seq>}: seq padded to three digits with ASCII zeros whatever the default
   * locale ({@code -007}); from 1000 on it has four or more digits ({@code -1000}).
   */
  public static String articleId(String issueId, int seq) {
    if (seq < 1) {
      throw new IllegalArgumentException("Article position must be >= 1, got " + seq + " in " + issueId);
    }
    return issueId + "-" + String.format(Locale.ROOT, "%0" + SEQ_DIGITS + "d", seq);
  }

  /**
   * The issue id of every source, in the same order; no two are equal as long as the relative
   * paths differ (they always do within one listing).
   *
   * @throws IllegalArgumentException when two sources have the same relative path
   */
  public static List<String> assign(List<Source> sources) {
    Map<String, List<Integer>> byBase = new HashMap<>();
    List<String> ids = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      String base = issueId(source.publication(), source.issueDate(), source.edition());
      ids.add(base);
      byBase.computeIfAbsent(base, key -> new ArrayList<>()).add(i);
    }
    List<Function<Source, String>> forms = List.of(
        source -> source.edition() + extensionsOf(source.relativePath()),
        source -> withoutLastExtension(source.relativePath()).replace('/', '_'),
        source -> source.relativePath().replace('/', '_'),
        Source::relativePath);
    for (List<Integer> group : byBase.values()) {
      if (group.size() < 2) {
        continue;
      }
      Set<String> distinct = new HashSet<>();
      for (int member : group) {
        Source source = sources.get(member);
        ids.set(member, issueId(source.publication(), source.issueDate(), uniqueForm(sources, group, member, forms)));
        distinct.add(ids.get(member));
      }
      if (distinct.size() < group.size()) {
        // Two members ended on different forms that read the same: the paths themselves differ.
        for (int member : group) {
          Source source = sources.get(member);
          ids.set(member, issueId(source.publication(), source.issueDate(), source.relativePath()));
        }
      }
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        throw new IllegalArgumentException("Two input files would get the issue id '" + ids.get(i)
            + "' (one is " + sources.get(i).relativePath() + "): their relative paths must differ");
      }
    }
    return ids;
  }

  private static String uniqueForm(List<Source> sources, List<Integer> group, int member,
      List<Function<Source, String>> forms) {
    String last = null;
    for (Function<Source, String> form : forms) {
      last = form.apply(sources.get(member));
      int same = 0;
      for (int other : group) {
        if (form.apply(sources.get(other)).equals(last)) {
          same++;
        }
      }
      if (same == 1) {
        return last;
      }
    }
    return last;
  }

  /** What {@link IssuePaths#stemOf} strips from the file name: {@code .txt}, {@code .txt.gz}. */
  static String extensionsOf(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    return name.substring(IssuePaths.stemOf(name).length());
  }

  private static String withoutLastExtension(String relativePath) {
    int dot = relativePath.lastIndexOf('.');
    return dot > 0 ? relativePath.substring(0, dot) : relativePath;
  }
}
