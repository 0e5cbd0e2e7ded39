package org.paperscope.common.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperscope.common.SharedData;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.IssueParser;
import org.paperscope.common.issue.ParserSettings;
import org.paperscope.common.match.ArticleText;

/**
 * Precision of the ministry detector on the 新闻联播 corpus (read-only, ../shared), measured on the
 * hand-labelled sample {@code fixtures/ministries/xwlb-precision.tsv}: for every body, among the
 * sampled articles in which the detector names it, the share labelled as naming that Chinese
 * body. Articles are keyed {@code <file stem>-<seq>} (20240615-015).
 */
class XwlbMinistryPrecisionTest {
  private static final double GOAL = 0.95;
  private static final int GOAL_MIN_ARTICLES = 20;
  /** Articles in which each body is named (any kind), over the whole corpus. */
  private static final Map<String, Set<String>> ARTICLES = new HashMap<>();
  private record Label(String article, String ministryId, String label) {}
  private static final List<Label> LABELS = new ArrayList<>();

  @BeforeAll
  static void detectOverTheCorpus() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SharedData.xwlbCorpus())) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    MinistryDetector detector = MinistryDetectorTest.detector();
    for (Path file : files) {
      String stem = file.getFileName().toString().replace(".md", "");
      LocalDate date = LocalDate.of(Integer.parseInt(stem.substring(0, 4)),
          Integer.parseInt(stem.substring(4, 6)), Integer.parseInt(stem.substring(6, 8)));
      for (Article a : IssueParser.parse(read(file), ParserSettings.defaults()).articles()) {
        String id = stem + "-" + String.format(java.util.Locale.ROOT, "%03d", a.seq());
        ArticleMinistries found = detector.detect(
            new ArticleText(a.headline(), a.subheadings(), a.body()), date);
        for (MinistryMention m : found.mentions()) {
          ARTICLES.computeIfAbsent(m.ministry().id(), k -> new HashSet<>()).add(id);
        }
      }
    }
    Path fixture = Path.of("src", "test", "resources", "fixtures", "ministries",
        "xwlb-precision.tsv");
    boolean header = false;
    for (String line : Files.readAllLines(fixture, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (!header) {
        header = true;
        continue;
      }
      String[] cols = line.split("\t", -1);
      LABELS.add(new Label(cols[0], cols[1], cols[2]));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Per body: "correct/detected" over the labelled sample, bodies the detector never names left out. */
  private static Map<String, String> precision() {
    Map<String, int[]> counts = new TreeMap<>();
    for (Label l : LABELS) {
      if (ARTICLES.getOrDefault(l.ministryId(), Set.of()).contains(l.article())) {
        int[] c = counts.computeIfAbsent(l.ministryId(), k -> new int[2]);
        c[1]++;
        if (l.label().equals("china")) {
          c[0]++;
        }
      }
    }
    return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
        e -> e.getValue()[0] + "/" + e.getValue()[1], (x, y) -> x, TreeMap::new));
  }

  @Test
  void fixtureLabelsOnlyKnownValues() {
    assertThat(LABELS).hasSize(1983);
    assertThat(LABELS).extracting(Label::label).containsOnly("china", "foreign", "other");
    assertThat(LABELS.stream().filter(l -> !l.label().equals("china")).count()).isEqualTo(214);
  }

  @Test
  void everyBodyNamedInTwentyArticlesMeetsThePrecisionGoal() {
    Map<String, String> precision = precision();
    for (Map.Entry<String, Set<String>> e : ARTICLES.entrySet()) {
      if (e.getValue().size() >= GOAL_MIN_ARTICLES) {
        String[] p = precision.get(e.getKey()).split("/");
        assertThat(Double.parseDouble(p[0]) / Double.parseDouble(p[1]))
            .as("precision of %s (%s)", e.getKey(), precision.get(e.getKey()))
            .isGreaterThanOrEqualTo(GOAL);
      }
    }
  }

  @Test
  void precisionOfTheBodiesForeignStatesShareNamesWith() {
    Map<String, String> precision = precision();
    // was (detector of 7e4c8fa): mfa 164/237, mod 21/90, moh 0/23, mocomm 0/17, mss 15/21,
    // moj 60/75, mof 37/40, mps 37/40, pbc 37/40
    assertThat(precision).containsEntry("mfa", "163/163").containsEntry("mod", "21/21")
        .doesNotContainKey("moh").containsEntry("mocomm", "0/1").containsEntry("mss", "15/15")
        .containsEntry("moj", "59/59").containsEntry("mof", "37/37")
        .containsEntry("mps", "36/36").containsEntry("pbc", "37/38");
  }

  @Test
  void articlesNamingTheBodiesOverTheWholeCorpus() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String id : List.of("mfa", "mod", "moh", "mocomm", "mof", "mofcom", "mot", "nhc",
        "npcsc", "cppcc")) {
      counts.put(id, ARTICLES.getOrDefault(id, Set.of()).size());
    }
    // was: mfa 237, mod 90, moh 23, mocomm 17, mof 505, mofcom 509, mot 354, nhc 636,
    // npcsc 883, cppcc 813
    assertThat(counts).isEqualTo(Map.of("mfa", 163, "mod", 21, "moh", 0, "mocomm", 1, "mof", 477,
        "mofcom", 508, "mot", 354, "nhc", 636, "npcsc", 883, "cppcc", 813));
  }
}
