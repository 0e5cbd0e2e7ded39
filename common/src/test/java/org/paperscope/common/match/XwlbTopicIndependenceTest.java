package org.paperscope.common.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperscope.common.SharedData;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.IssueParser;
import org.paperscope.common.issue.ParserSettings;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.MemoTokenizer;
import org.paperscope.common.token.Tokenizer;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

/**
 * Topics are counted independently, as a property over the whole xwlb corpus (../shared,
 * read-only): removing any one topic from {@code conf/terms/topics.txt} leaves every other topic's
 * per-day counts, term by term, unchanged. The tokenizers are the shipped list's (what the trends
 * stage runs), memoized, so each window is segmented once for all 59 runs (the full list, then
 * the list without each of its 58 topics).
 */
class XwlbTopicIndependenceTest {
  private static final List<Dated> ARTICLES = new ArrayList<>();
  private static TermList terms;
  private static Tokenizer first;
  private static Tokenizer second;
  private static Map<String, Map<String, Integer>> all;

  private record Dated(String date, List<String> parts) {}

  @BeforeAll
  static void parseCorpus() throws IOException {
    Path file = Path.of(System.getProperty("paperscope.project.dir", ".."))
        .resolve("conf/terms/topics.txt");
    terms = TermList.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    first = new MemoTokenizer(HanlpTokenizer.cachedFor(
        new TokenizerSettings(Segmenter.VITERBI, terms.variants(), false)));
    second = new MemoTokenizer(HanlpTokenizer.cachedFor(
        new TokenizerSettings(Segmenter.VITERBI, terms.variants(), true)));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SharedData.xwlbCorpus())) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path f : files) {
      String date = f.getFileName().toString().substring(0, 8);
      for (Article a : IssueParser.parse(Files.readString(f, StandardCharsets.UTF_8),
          ParserSettings.defaults()).articles()) {
        // Normalized once here; detectIn on each part is what detect() does after normalizing.
        ArticleText text = new ArticleText(a.headline(), a.subheadings(), a.body()).normalized();
        List<String> parts = new ArrayList<>();
        parts.add(text.headline());
        parts.addAll(text.subheadings());
        parts.add(text.body());
        ARTICLES.add(new Dated(date, parts));
      }
    }
    all = countsWith(terms.topics());
  }

  /** Mentions per topic, then per "day term". */
  private static Map<String, Map<String, Integer>> countsWith(List<TermList.Topic> topics) {
    TermList list = new TermList(terms.sourceName(), terms.content(), topics);
    TermDetector<TopicTerm> detector = new TermDetector<>(
        TermMatcher.of(list.dictionary(), TopicTerm::topic), first, second);
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (Dated a : ARTICLES) {
      for (String part : a.parts()) {
        for (TermHit<TopicTerm> h : detector.detectIn(part).hits()) {
          counts.computeIfAbsent(h.payload().topic(), t -> new TreeMap<>())
              .merge(a.date() + " " + h.payload().term(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** Mentions (headline, sub-headings and body) of a topic per year, 2022 to 2025. */
  private static List<Integer> yearly(String topic) {
    List<Integer> years = new ArrayList<>();
    for (int year = 2022; year <= 2025; year++) {
      String prefix = Integer.toString(year);
      years.add(all.getOrDefault(topic, Map.of()).entrySet().stream()
          .filter(e -> e.getKey().startsWith(prefix)).mapToInt(Map.Entry::getValue).sum());
    }
    return years;
  }

  @Test
  void countsEachTopicWithTheHitsOfOtherTopicsThatContainIt() {
    // 新能源 with its 新能源汽车 hits, 人工智能 with 人工智能+, 5G with 5G-A (not 5.5G).
    assertThat(yearly("新能源")).containsExactly(245, 469, 474, 482);
    assertThat(yearly("人工智能")).containsExactly(88, 161, 408, 894);
    assertThat(yearly("5G")).containsExactly(172, 104, 132, 99);
    assertThat(yearly("数字经济")).containsExactly(237, 241, 193, 227);
    assertThat(yearly("新质生产力")).containsExactly(0, 28, 505, 314);
    assertThat(yearly("内卷")).containsExactly(0, 0, 3, 15);
    assertThat(yearly("一带一路")).containsExactly(423, 1195, 632, 338);
  }

  @Test
  void removingAnyTopicLeavesEveryOtherTopicsDailyCountsUnchanged() {

    for (TermList.Topic removed : terms.topics()) {
      List<TermList.Topic> rest = new ArrayList<>(terms.topics());
      rest.remove(removed);
      Map<String, Map<String, Integer>> expected = new TreeMap<>(all);
      expected.remove(removed.name());

      Map<String, Map<String, Integer>> actual = countsWith(rest);
      assertThat(differences(expected, actual)).as("without topic %s", removed.name()).isEmpty();
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** "topic day term: expected -> actual" for every count that differs. */
  private static List<String> differences(Map<String, Map<String, Integer>> expected,
      Map<String, Map<String, Integer>> actual) {
    List<String> out = new ArrayList<>();
    java.util.Set<String> topics = new java.util.TreeSet<>(expected.keySet());
    topics.addAll(actual.keySet());
    for (String topic : topics) {
      Map<String, Integer> e = expected.getOrDefault(topic, Map.of());
      Map<String, Integer> a = actual.getOrDefault(topic, Map.of());
      java.util.Set<String> keys = new java.util.TreeSet<>(e.keySet());
      keys.addAll(a.keySet());
      for (String key : keys) {
        if (!java.util.Objects.equals(e.get(key), a.get(key))) {
          out.add(topic + " " + key + ": " + e.get(key) + " -> " + a.get(key));
        }
      }
    }
    return out;
  }
}
