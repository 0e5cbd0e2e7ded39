package org.paperscope.jobs.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.paperscope.common.config.ConfigException;
import org.paperscope.common.input.IssuePaths;
import org.paperscope.common.input.ManifestEntry;
import org.paperscope.common.input.RejectReason;
import org.paperscope.common.issue.IssueIds;
import org.paperscope.common.input.formats.InputFormat;

/**
 * Lists the input on the driver: a folder (recursively), a glob, or one file, on any Hadoop file
 * system. Dates and publications come from the paths (or the manifest), so files outside the
 * requested dates are never opened. Undated files and folders named like issues become rejects
 * here; everything else is read on the executors.
 */
public final class InputListing {
  /** What the listing found. */
  public record Result(List<InputFileRow> files, List<RejectRow> rejects, Set<String> publications,
      int outOfRange, int ignored) {}

  private final IssuePaths paths;
  private final List<String> extensions;
  private final String configuredPublication;
  private final Map<String, ManifestEntry> manifest;
  private final InputFormat formatOverride;

  public InputListing(IssuePaths paths, List<String> extensions, String configuredPublication,
      Map<String, ManifestEntry> manifest) {
    this(paths, extensions, configuredPublication, manifest, null);
  }

  /** {@code formatOverride} is {@code input.format} (null = by file): it decides which undated files are read. */
  public InputListing(IssuePaths paths, List<String> extensions, String configuredPublication,
      Map<String, ManifestEntry> manifest, InputFormat formatOverride) {
    this.paths = paths;
    this.extensions = List.copyOf(extensions);
    this.configuredPublication = configuredPublication;
    this.manifest = Map.copyOf(manifest);
    this.formatOverride = formatOverride;
  }

  /**
   * Lists {@code input}, keeping files whose date is within [from, to] (null = open).
   *
   * @throws ConfigException when the input does not exist
   */
  public Result list(String input, Configuration hadoopConf, LocalDate from, LocalDate to) {
    try {
      Path inputPath = new Path(input);
      FileSystem fs = inputPath.getFileSystem(hadoopConf);
      boolean glob = input.matches(".*[*?\\[{].*");
      List<FileStatus> roots = new ArrayList<>();
      Path root;
      if (glob) {
        FileStatus[] matches = fs.globStatus(inputPath);
        if (matches == null || matches.length == 0) {
          throw new ConfigException("Input '" + input + "' matches no file or folder");
        }
        roots.addAll(List.of(matches));
        root = globRoot(inputPath);
      } else {
        if (!fs.exists(inputPath)) {
          throw new ConfigException("Input '" + input + "' does not exist");
        }
        FileStatus status = fs.getFileStatus(inputPath);
        roots.add(status);
        root = status.isDirectory() ? status.getPath() : status.getPath().getParent();
      }
      root = fs.makeQualified(root);
      Collector collector = new Collector(root.toUri().getPath(), root.getName(), from, to);
      for (FileStatus status : roots) {
        walk(fs, status, collector);
      }
      collector.files.sort(Comparator.comparing(InputFileRow::getSourcePath));
      disambiguateIssueIds(collector.files);
      collector.rejects.sort(Comparator.comparing(RejectRow::getSourcePath));
      return new Result(collector.files, collector.rejects, collector.publications,
          collector.outOfRange, collector.ignored);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list input " + input, e);
    }
  }

  private static Path globRoot(Path glob) {
    Path root = glob;
    while (root != null && root.toString().matches(".*[*?\\[{].*")) {
      root = root.getParent();
    }
    return root == null ? new Path("/") : root;
  }

  private final class Collector {
    final String rootPath;
    final String rootName;
    final LocalDate from;
    final LocalDate to;
    final List<InputFileRow> files = new ArrayList<>();
    final List<RejectRow> rejects = new ArrayList<>();
    final Set<String> publications = new TreeSet<>();
    int outOfRange;
    int ignored;

    Collector(String rootPath, String rootName, LocalDate from, LocalDate to) {
      this.rootPath = rootPath.endsWith("/") ? rootPath : rootPath + "/";
      this.rootName = rootName;
      this.from = from;
      this.to = to;
    }

    /** Undated entries are kept (they become rejects); dated ones must fall in [from, to]. */
    boolean inRange(LocalDate date) {
      return date == null || ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)));
    }

    String relative(Path path) {
      String full = path.toUri().getPath();
      return full.startsWith(rootPath) ? full.substring(rootPath.length()) : path.getName();
    }
  }

  private void walk(FileSystem fs, FileStatus status, Collector collector) throws IOException {
    String name = status.getPath().getName();
    if (name.startsWith(".") || name.startsWith("_")) {
      return;
    }
    if (status.isDirectory()) {
      String relative = collector.relative(status.getPath());
      LocalDate dirDate = paths.dateOf(relative);
      if (IssuePaths.hasIssueExtension(name, extensions) && collector.inRange(dirDate)) {
        collector.rejects.add(new RejectRow(status.getPath().toString(), publicationOf(relative, collector),
            dirDate, RejectReason.NOT_A_FILE.code(),
            "a directory named like an issue file; its contents are read as usual"));
      }
      FileStatus[] children = fs.listStatus(status.getPath());
      reportUnlistable(status.getPath(), children, collector);
      java.util.Arrays.sort(children, Comparator.comparing(child -> child.getPath().getName()));
      for (FileStatus child : children) {
        walk(fs, child, collector);
      }
      return;
    }
    if (!IssuePaths.hasIssueExtension(name, extensions)) {
      collector.ignored++;
      return;
    }
    String relative = collector.relative(status.getPath());
    ManifestEntry entry = manifest.get(relative);
    String publication = entry != null && entry.publication() != null
        ? entry.publication() : publicationOf(relative, collector);
    LocalDate date = entry != null ? entry.date() : paths.dateOf(relative);
    collector.publications.add(publication);
    if (date == null && mayDateItsArticles(name)) {
      // Feed, page and record files may date each article themselves: read them, and let the
      // executors reject the articles that have no date.
      collector.files.add(new InputFileRow(status.getPath().toString(), relative, publication, null, null,
          status.getLen()));
      return;
    }
    if (date == null) {
      collector.rejects.add(new RejectRow(status.getPath().toString(), publication, null,
          RejectReason.UNDATED.code(), "no date in path '" + relative
          + "' (input.date-patterns) and no manifest row"));
      return;
    }
    if (!collector.inRange(date)) {
      collector.outOfRange++;
      return;
    }
    String edition = entry != null && entry.edition() != null ? entry.edition() : IssuePaths.stemOf(relative);
    String issueId = IssueIds.issueId(publication, date, edition);
    collector.files.add(new InputFileRow(status.getPath().toString(), relative, publication, date, issueId,
        status.getLen()));
  }

  /** By its name, a file of a format whose articles can carry their own dates (not an issue text). */
  private boolean mayDateItsArticles(String name) {
    InputFormat format = formatOverride != null ? formatOverride : InputFormat.choose(name, new byte[0], null);
    return format.structured();
  }

  /**
   * Collision-free ids for every listed file with a date (the rule is {@link IssueIds}); a feed or
   * record file without one has no id yet: its articles are dated, and given ids, when it is read.
   */
  private static void disambiguateIssueIds(List<InputFileRow> files) {
    List<InputFileRow> dated = files.stream().filter(file -> file.getIssueId() != null).toList();
    List<IssueIds.Source> sources = new ArrayList<>(dated.size());
    for (InputFileRow file : dated) {
      String base = file.getPublication() + "/" + file.getIssueDate() + "/";
      sources.add(new IssueIds.Source(file.getRelativePath(), file.getPublication(), file.getIssueDate(),
          file.getIssueId().substring(base.length())));
    }
    List<String> ids = IssueIds.assign(sources);
    for (int i = 0; i < dated.size(); i++) {
      dated.get(i).setIssueId(ids.get(i));
    }
  }

  /**
   * Hadoop's local file system silently drops entries it cannot stat (a link to nowhere, a file
   * that vanished): on local folders, such issue-named entries become {@code unreadable} rejects
   * instead of disappearing from the run.
   */
  private void reportUnlistable(Path dir, FileStatus[] listed, Collector collector) {
    if (!"file".equals(dir.toUri().getScheme())) {
      return;
    }
    String[] names = new java.io.File(dir.toUri().getPath()).list();
    if (names == null) {
      return;
    }
    Set<String> seen = new TreeSet<>();
    for (FileStatus child : listed) {
      seen.add(child.getPath().getName());
    }
    for (String name : names) {
      if (!seen.contains(name) && IssuePaths.hasIssueExtension(name, extensions)) {
        Path path = new Path(dir, name);
        String relative = collector.relative(path);
        LocalDate date = paths.dateOf(relative);
        if (!collector.inRange(date)) {
          continue;
        }
        collector.rejects.add(new RejectRow(path.toString(), publicationOf(relative, collector), date,
            RejectReason.UNREADABLE.code(), "listed in its folder but cannot be opened (a broken link or a file that vanished)"));
      }
    }
  }

  private String publicationOf(String relative, Collector collector) {
    return IssuePaths.publicationOf(relative, collector.rootName, configuredPublication);
  }
}
