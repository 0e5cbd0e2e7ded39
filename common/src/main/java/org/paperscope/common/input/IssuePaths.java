package org.paperscope.common.input;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.paperscope.common.config.ConfigException;

/**
 * Reads an issue's date and publication from its path relative to the input root.
 *
 * <p>Dates come from regexes with named groups {@code y}, {@code m}, {@code d}; the defaults cover
 * {@code 20240105}, {@code 2024-01-05} and {@code 2024/01/05} (so also {@code 2024/20240105.md}).
 * The match that ends last in the path wins, so {@code 2024/20240105.md} reads the file name, not a
 * folder, and an impossible date ({@code 20241399}) is skipped rather than guessed.
 */
public final class IssuePaths implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern YEAR_OR_DATE = Pattern.compile("\\d{4}([-_/]?\\d{2}){0,2}");

  private final List<String> patternSources;
  private transient List<Pattern> patterns;

  private IssuePaths(List<String> patternSources) {
    this.patternSources = List.copyOf(patternSources);
  }

  /**
   * Compiles the date patterns (separated by ';'); fails naming the bad one.
   *
   * @throws ConfigException when a pattern does not compile or lacks the groups y, m and d
   */
  public static IssuePaths of(String datePatterns) {
    List<String> sources = new ArrayList<>();
    for (String source : datePatterns.split(";")) {
      if (source.isBlank()) {
        continue;
      }
      try {
        Pattern pattern = Pattern.compile(source.trim());
        for (String group : List.of("y", "m", "d")) {
          if (!source.contains("?<" + group + ">")) {
            throw new ConfigException("Date pattern '" + source.trim()
                + "' in input.date-patterns lacks the named group (?<" + group + ">...)");
          }
        }
        sources.add(pattern.pattern());
      } catch (PatternSyntaxException e) {
        throw new ConfigException("Date pattern '" + source.trim()
            + "' in input.date-patterns is not a valid regex: " + e.getDescription());
      }
    }
    if (sources.isEmpty()) {
      throw new ConfigException("input.date-patterns is empty: at least one pattern is needed");
    }
    return new IssuePaths(sources);
  }

  private List<Pattern> patterns() {
    if (patterns == null) {
      List<Pattern> compiled = new ArrayList<>();
      patternSources.forEach(source -> compiled.add(Pattern.compile(source)));
      patterns = compiled;
    }
    return patterns;
  }

  /** The issue date in {@code relativePath} ('/'-separated), or null when there is none. */
  public LocalDate dateOf(String relativePath) {
    LocalDate best = null;
    int bestEnd = -1;
    for (Pattern pattern : patterns()) {
      Matcher matcher = pattern.matcher(relativePath);
      while (matcher.find()) {
        LocalDate date = toDate(matcher);
        if (date != null && matcher.end() > bestEnd) {
          best = date;
          bestEnd = matcher.end();
        }
      }
    }
    return best;
  }

  private static LocalDate toDate(Matcher matcher) {
    try {
      return LocalDate.of(Integer.parseInt(matcher.group("y")), Integer.parseInt(matcher.group("m")),
          Integer.parseInt(matcher.group("d")));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The publication of a file: {@code configured} when set; else the first directory under the input
   * root, unless that directory is a year or a date ({@code 2024}), in which case the input root's
   * own name. A file directly under the root also takes the root's name.
   */
  public static String publicationOf(String relativePath, String inputRootName, String configured) {
    if (configured != null && !configured.isBlank()) {
      return configured.trim();
    }
    int slash = relativePath.indexOf('/');
    if (slash > 0) {
      String first = relativePath.substring(0, slash);
      if (!YEAR_OR_DATE.matcher(first).matches()) {
        return first;
      }
    }
    return inputRootName == null || inputRootName.isBlank() ? "default" : inputRootName;
  }

  /** True when a file name ends with one of the extensions, optionally followed by {@code .gz}. */
  public static boolean hasIssueExtension(String name, List<String> extensions) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      lower = lower.substring(0, lower.length() - 3);
    }
    for (String extension : extensions) {
      if (lower.endsWith("." + extension.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The file name without folders and without the issue extension(s): {@code 20240105}. */
  public static String stemOf(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
