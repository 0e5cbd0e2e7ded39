package org.paperscope.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperscope.demo.Milestones.Milestone;

/**
 * Writes the bundled demo corpus: three years (2023-01-01 to 2025-12-31) of three invented
 * publications, {@code demo-daily/YYYY/YYYYMMDD.txt} (a newspaper in the seed's layout, twice a
 * week), {@code demo-broadcast/YYYY/YYYYMMDD.md} (a transcript in the 新闻联播 layout, three
 * times a week) and {@code demo-feed/YYYY/YYYYMMDD.xml} (an RSS feed per issue with pages and
 * sections, weekly; see {@link FeedWriter}). All text is generated from templates written for this project.
 *
 * <p>The output is byte-for-byte deterministic: each file comes from its own random source seeded
 * by publication and date, nothing reads the clock, and a rerun rewrites identical files and
 * removes issue files of these folders that it did not write.
 *
 * <p>Trends the corpus is built to show (see the theme and {@link CommonLines} curves): 新质生产力
 * absent before 2023-09-08, then rising every year; 内卷式 from 2024-07-30 and 反内卷 from 2025-03,
 * rising; 人工智能/AI/大模型 rising steadily; 低空经济 only from 2024; 5G-A only from 2024 (5.5G in
 * 2023); 数据要素 and 国家数据局 from 2023-10-25; 碳达峰/碳中和 flat; 国家金融监督管理总局 from
 * 2023-05-18 (银保监会 before). Joint notices make some ministry pairs co-occur far above chance.
 */
public final class DemoCorpus {

  public static final String NEWSPAPER = "demo-daily";
  public static final String BROADCAST = "demo-broadcast";
  /** RSS feeds with pages and sections (docs/inputs.md), weekly. */
  public static final String FEED = "demo-feed";

  private static final long SEED = 20230101L;
  private static final double CRLF_CHANCE = 0.15;
  private static final Pattern ISSUE_FILE = Pattern.compile("\\d{8}\\.(txt|md|xml)");

  private DemoCorpus() {}

  /** Files and bytes written for one publication folder. */
  public record PublicationSummary(String publication, int files, long bytes,
      LocalDate firstIssue, LocalDate lastIssue) {}

  /** What {@link #generate} wrote. */
  public record Summary(Path outputDir, List<PublicationSummary> publications) {

    public Summary {
      publications = List.copyOf(publications);
    }

    public int totalFiles() {
      return publications.stream().mapToInt(PublicationSummary::files).sum();
    }

    public long totalBytes() {
      return publications.stream().mapToLong(PublicationSummary::bytes).sum();
    }

    public LocalDate firstIssue() {
      return publications.stream().map(PublicationSummary::firstIssue).min(LocalDate::compareTo)
          .orElseThrow();
    }

    public LocalDate lastIssue() {
      return publications.stream().map(PublicationSummary::lastIssue).max(LocalDate::compareTo)
          .orElseThrow();
    }

    public PublicationSummary publication(String name) {
      return publications.stream().filter(p -> p.publication().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No demo publication '" + name + "'"));
    }
  }

  /** Writes (or rewrites) the demo corpus under {@code outputDir} and says what it wrote. */
  public static Summary generate(Path outputDir) {
    NewspaperWriter newspaper = new NewspaperWriter();
    BroadcastWriter broadcast = new BroadcastWriter();
    PublicationSummary daily = writePublication(outputDir, NEWSPAPER, ".txt", 1,
        DemoCalendar.newspaperDays(), (date, due, random) -> newspaper.write(date, due, random));
    PublicationSummary tv = writePublication(outputDir, BROADCAST, ".md", 2,
        DemoCalendar.broadcastDays(), (date, due, random) -> broadcast.write(date, due, random));
    FeedWriter feedWriter = new FeedWriter();
    PublicationSummary feed = writePublication(outputDir, FEED, ".xml", 3,
        DemoCalendar.feedDays(), (date, due, random) -> feedWriter.write(date, due, random));
    return new Summary(outputDir, List.of(daily, tv, feed));
  }

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("Usage: DemoCorpus <output-dir>");
      System.exit(2);
    }
    Summary summary = generate(Paths.get(args[0]));
    for (PublicationSummary p : summary.publications()) {
      System.out.printf("%s: %d files, %d bytes, %s .. %s%n",
          p.publication(), p.files(), p.bytes(), p.firstIssue(), p.lastIssue());
    }
    System.out.printf("total: %d files, %d bytes in %s%n",
        summary.totalFiles(), summary.totalBytes(), summary.outputDir());
  }

  private interface IssueWriter {
    String write(LocalDate date, List<Milestone> due, SplittableRandom random);
  }

  private static PublicationSummary writePublication(Path root, String publication,
      String extension, int salt, List<LocalDate> days, IssueWriter writer) {
    Path folder = root.resolve(publication);
    Set<Path> written = new HashSet<>();
    long bytes = 0;
    int nextMilestone = 0;
    List<Milestone> milestones = Milestones.ALL;
    try {
      for (LocalDate date : days) {
        List<Milestone> due = new ArrayList<>();
        while (nextMilestone < milestones.size()
            && !milestones.get(nextMilestone).date().isAfter(date)) {
          due.add(milestones.get(nextMilestone++));
        }
        SplittableRandom random = new SplittableRandom(seed(salt, date));
        String text = writer.write(date, due, random);
        if (random.nextDouble() < CRLF_CHANCE) {
          text = text.replace("\n", "\r\n");
        }
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve(Integer.toString(date.getYear()))
            .resolve(String.format("%04d%02d%02d%s",
                date.getYear(), date.getMonthValue(), date.getDayOfMonth(), extension));
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        written.add(file);
        bytes += content.length;
      }
      removeStale(folder, written);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write demo corpus under " + folder, e);
    }
    return new PublicationSummary(publication, days.size(), bytes, days.get(0),
        days.get(days.size() - 1));
  }

  /** Deletes issue files a previous (different) generator version left behind. */
  private static void removeStale(Path folder, Set<Path> written) throws IOException {
    List<Path> stale;
    try (Stream<Path> files = Files.walk(folder)) {
      stale = files.filter(Files::isRegularFile)
          .filter(f -> ISSUE_FILE.matcher(f.getFileName().toString()).matches())
          .filter(f -> !written.contains(f))
          .sorted()
          .toList();
    }
    for (Path file : stale) {
      Files.delete(file);
    }
  }

  private static long seed(int salt, LocalDate date) {
    return SEED * 1_000_003L + salt * 7_919L * 100_000L + date.toEpochDay();
  }
}
