package org.paperscope.common.input.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperscope.common.input.RejectReason;
import org.paperscope.common.input.RejectedInputException;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.IssueParser;
import org.paperscope.common.issue.ParserSettings;
import org.paperscope.common.match.ArticleText;
import org.paperscope.common.match.TermDetector;
import org.paperscope.common.match.TermList;
import org.paperscope.common.match.TermMatcher;
import org.paperscope.common.match.TopicTerm;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.TokenizerSettings;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

class InputAdaptersTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 8);
  private static final TermList TERMS = TermList.parse("""
      内卷: 内卷, 内卷式
      新质生产力
      人工智能
      新能源汽车
      部委: 商务部, 工业和信息化部
      """, "test");

  static byte[] fixture(String name) {
    try (InputStream in = InputAdaptersTest.class.getResourceAsStream("/fixtures/inputs/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test fixture inputs/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputAdapters.Result read(String name, LocalDate fileDate) throws RejectedInputException {
    byte[] bytes = fixture(name);
    InputFormat format = InputFormat.choose(name, bytes, null);
    return InputAdapters.read(bytes, format, fileDate, null, null, 1 << 20, FormatSettings.defaults(),
        ParserSettings.defaults());
  }

  private static List<Article> seedLayout() {
    return IssueParser.parse(new String(fixture("two-articles.md"), StandardCharsets.UTF_8)).articles();
  }

  private static List<String> counts(List<Article> articles) {
    TermDetector<TopicTerm> detector = new TermDetector<>(TermMatcher.cachedFor(TERMS),
        HanlpTokenizer.cachedFor(new TokenizerSettings(Segmenter.VITERBI, TERMS.variants())));
    return articles.stream()
        .map(a -> detector.detect(new ArticleText(a.headline(), a.subheadings(), a.body())).hits().stream()
            .map(h -> h.hit().payload().topic() + ":" + h.hit().surface()).sorted().toList().toString())
        .toList();
  }

  static Stream<Arguments> adapters() {
    return Stream.of(
        Arguments.of("feed-20250308.xml", InputFormat.RSS),
        Arguments.of("page-20250308.html", InputFormat.HTML),
        Arguments.of("records-2025-03.jsonl", InputFormat.JSON_LINES),
        Arguments.of("records-20250308.json", InputFormat.JSON_ARRAY),
        Arguments.of("records-20250308.csv", InputFormat.CSV));
  }

  @ParameterizedTest
  @MethodSource("adapters")
  void eachAdapterReadsTheSameArticlesAsTheSeedLayout(String name, InputFormat format) throws Exception {
    InputAdapters.Result result = read(name, DAY);
    List<Article> seed = seedLayout();

    assertThat(result.format()).isEqualTo(format);
    assertThat(result.issues()).extracting(InputAdapters.DatedArticles::date).containsExactly(DAY);
    List<Article> read = result.issues().get(0).articles();
    assertThat(read).extracting(Article::seq).containsExactly(1, 2);
    assertThat(read).extracting(Article::headline).isEqualTo(seed.stream().map(Article::headline).toList());
    assertThat(read).extracting(Article::body).isEqualTo(seed.stream().map(Article::body).toList());
    assertThat(read).extracting(Article::leadType).containsExactly("本报", "新华社");
    assertThat(read).extracting(Article::dateline).containsExactly("本报北京3月7日电", "新华社北京3月7日电");
    assertThat(read).extracting(Article::page).containsExactly(1, 1);
    assertThat(counts(read)).isEqualTo(counts(seed));
    assertThat(counts(read)).containsExactly(
        "[人工智能:人工智能, 内卷:内卷式, 新质生产力:新质生产力, 新质生产力:新质生产力, 部委:工业和信息化部]",
        "[内卷:内卷, 新能源汽车:新能源汽车, 新能源汽车:新能源汽车, 新能源汽车:新能源汽车, 部委:商务部]");
  }

  @Test
  void seedLayoutReadsTheDatelineAndItsSource() {
    List<Article> seed = seedLayout();

    assertThat(seed).extracting(Article::leadType).containsExactly("本报", "新华社");
    assertThat(seed).extracting(Article::dateline).containsExactly("本报北京3月7日电", "新华社北京3月7日电");
    assertThat(seed.get(0).reporters()).containsExactly("李明");
    assertThat(seed.get(0).authorTag()).isEqualTo("李明");
  }

  @Test
  void feedItemGivesPageSectionKickerSubtitleAndUrlAndDropsPlaceholderAndEmptyItems() throws Exception {
    InputAdapters.Result result = read("feed-20250308.xml", null);
    Article first = result.issues().get(0).articles().get(0);

    assertThat(result.issues().get(0).date()).isEqualTo(DAY);
    assertThat(first.kicker()).isEqualTo("工信部部署重点工作");
    assertThat(first.subtitle()).isEqualTo("支持人工智能与实体经济深度融合");
    assertThat(first.section()).isEqualTo("要闻");
    assertThat(first.url()).isEqualTo("https://paper.example.cn/2025-03/08/content_1.htm");
    assertThat(first.reporters()).containsExactly("李明");
    assertThat(first.subheadings()).isEmpty();
    assertThat(result.rejects()).extracting(ItemReject::item, ItemReject::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, RejectReason.PLACEHOLDER_BODY),
        org.assertj.core.groups.Tuple.tuple(4, RejectReason.UNDATED));
    assertThat(result.rejects().get(0).detail())
        .isEqualTo("item 3 「多国专家热议中国经济前景」: the body is a placeholder '（正文无法提取，请查看版面原图）' (input.placeholder-bodies)");
  }

  @Test
  void emptyFeedItemOfADatedFileIsAnEmptyItem() throws Exception {
    InputAdapters.Result result = read("feed-20250308.xml", DAY);

    assertThat(result.rejects()).extracting(ItemReject::item, ItemReject::reason, ItemReject::detail).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, RejectReason.PLACEHOLDER_BODY,
            "item 3 「多国专家热议中国经济前景」: the body is a placeholder '（正文无法提取，请查看版面原图）' (input.placeholder-bodies)"),
        org.assertj.core.groups.Tuple.tuple(4, RejectReason.EMPTY_ITEM, "item 4: no headline"));
  }

  @Test
  void jsonLinesRejectsBadRecordsOneByOneAndKeepsTheOthers() throws Exception {
    InputAdapters.Result result = read("records-2025-03.jsonl", null);

    assertThat(result.issues().get(0).articles().get(0).url()).isEqualTo("https://paper.example.cn/2025-03/08/content_1.htm");
    assertThat(result.rejects()).extracting(ItemReject::item, ItemReject::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(4, RejectReason.PLACEHOLDER_BODY),
        org.assertj.core.groups.Tuple.tuple(5, RejectReason.BAD_RECORD),
        org.assertj.core.groups.Tuple.tuple(6, RejectReason.BAD_RECORD),
        org.assertj.core.groups.Tuple.tuple(7, RejectReason.BAD_RECORD));
    assertThat(result.rejects().get(1).detail())
        .isEqualTo("line 5: date '2025-02-30' is not a date (expected 2025-03-08, 2025/3/8, 2025年3月8日 or 20250308)");
    assertThat(result.rejects().get(2).detail()).isEqualTo("line 6: a JSON array, expected an object with fields");
  }

  @Test
  void jsonArrayAndCsvRejectsNameThePosition() throws Exception {
    assertThat(read("records-20250308.json", DAY).rejects()).extracting(ItemReject::detail).containsExactly(
        "item 3: no headline", "element 4: a JSON value, expected an object with fields");
    assertThat(read("records-20250308.csv", DAY).rejects()).extracting(ItemReject::detail).containsExactly(
        "item 3 「“十五五”开局之年的“新”与“进”」: the body is a placeholder '暂无正文' (input.placeholder-bodies)",
        "row 4 has 4 fields, the header has 6");
  }

  @Test
  void aHugeJsonLineIsRejectedWithoutTakingTheFileDown() throws Exception {
    String huge = "{\"title\": \"很长\", \"date\": \"2025-03-08\", \"content\": \"" + "字".repeat(5_000_000) + "\"}\n";
    String good = "{\"title\": \"短的一篇\", \"date\": \"2025-03-08\", \"content\": \"新质生产力。\"}\n";
    byte[] bytes = (huge + good).getBytes(StandardCharsets.UTF_8);
    InputAdapters.Result result = InputAdapters.read(bytes, InputFormat.JSON_LINES, null, null, null, 64L << 20,
        FormatSettings.defaults(), ParserSettings.defaults());

    assertThat(result.issues().get(0).articles()).extracting(Article::headline).containsExactly("短的一篇");
    assertThat(result.rejects()).extracting(ItemReject::reason, ItemReject::detail).containsExactly(
        org.assertj.core.groups.Tuple.tuple(RejectReason.RECORD_TOO_LARGE,
            "line 1: 5000052 characters is more than input.max-record-chars=4194304"));
  }

  @Test
  void recordDateWinsOverTheFileDateAndTheRangeIsApplied() throws Exception {
    String records = "{\"title\": \"三月七日\", \"date\": \"2025-03-07\", \"content\": \"正文一。\"}\n"
        + "{\"title\": \"无日期\", \"content\": \"正文二。\"}\n";
    InputAdapters.Result result = InputAdapters.read(records.getBytes(StandardCharsets.UTF_8), InputFormat.JSON_LINES,
        DAY, DAY, DAY, 1 << 20, FormatSettings.defaults(), ParserSettings.defaults());

    assertThat(result.outOfRange()).isEqualTo(1);
    assertThat(result.issues()).extracting(InputAdapters.DatedArticles::date).containsExactly(DAY);
    assertThat(result.issues().get(0).articles()).extracting(Article::headline).containsExactly("无日期");
  }

  @Test
  void configuredFieldNamesReplaceTheDefaults() throws Exception {
    String records = "{\"biaoti\": \"改了字段名\", \"zhengwen\": \"正文。\", \"title\": \"不是这个\"}\n";
    FieldMapping fields = new FieldMapping(java.util.Map.of(RecordField.TITLE, List.of("biaoti"),
        RecordField.BODY, List.of("zhengwen")));
    FormatSettings settings = new FormatSettings(null, fields, FormatSettings.DEFAULT_PLACEHOLDER_BODIES,
        FormatSettings.DEFAULT_PLACEHOLDER_MAX_CHARS, FormatSettings.DEFAULT_MAX_RECORD_CHARS);
    InputAdapters.Result result = InputAdapters.read(records.getBytes(StandardCharsets.UTF_8), InputFormat.JSON_LINES,
        DAY, null, null, 1 << 20, settings, ParserSettings.defaults());

    assertThat(result.issues().get(0).articles()).extracting(Article::headline, Article::body)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("改了字段名", "正文。"));
  }

  @Test
  void feedWithADoctypeIsRefusedAsUnsafe() {
    String bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <rss version="2.0"><channel><item><title>&lol2;</title></item></channel></rss>
        """;
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>
        """;
    for (String feed : List.of(bomb, xxe)) {
      assertThatThrownBy(() -> InputAdapters.read(feed.getBytes(StandardCharsets.UTF_8), InputFormat.RSS, DAY, null,
          null, 1 << 20, FormatSettings.defaults(), ParserSettings.defaults()))
          .isInstanceOfSatisfying(RejectedInputException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.UNSAFE_MARKUP);
            assertThat(e.detail()).isEqualTo(
                "the feed declares a DOCTYPE; DTDs are refused (entity expansion, external entities)");
          });
    }
  }

  @Test
  void malformedFeedIsRejectedNamingTheLine() {
    String broken = "<rss version=\"2.0\"><channel>\n<item><title>未闭合</item></channel></rss>";
    assertThatThrownBy(() -> InputAdapters.read(broken.getBytes(StandardCharsets.UTF_8), InputFormat.RSS, DAY, null,
        null, 1 << 20, FormatSettings.defaults(), ParserSettings.defaults()))
        .isInstanceOfSatisfying(RejectedInputException.class, e -> {
          assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED);
          assertThat(e.detail()).startsWith("not a well-formed feed: line 2 column ");
        });
  }

  @Test
  void atomEntriesAreArticles() throws Exception {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>××日报</title>
          <entry>
            <title>[02版：综合] 稳增长政策持续发力</title>
            <link rel="alternate" href="https://paper.example.cn/a.htm"/>
            <author><name>王芳</name></author>
            <updated>2025-03-07T21:00:00+08:00</updated>
            <content type="html">&lt;p&gt;　　本报讯 各地稳增长政策持续发力。&lt;/p&gt;</content>
          </entry>
        </feed>
        """;
    byte[] bytes = atom.getBytes(StandardCharsets.UTF_8);
    InputAdapters.Result result = InputAdapters.read(bytes, InputFormat.choose("x.xml", bytes, null), DAY, null,
        null, 1 << 20, FormatSettings.defaults(), ParserSettings.defaults());

    assertThat(result.format()).isEqualTo(InputFormat.ATOM);
    Article article = result.issues().get(0).articles().get(0);
    assertThat(article).extracting(Article::headline, Article::page, Article::section, Article::url, Article::leadType,
        Article::body).containsExactly("稳增长政策持续发力", 2, "综合", "https://paper.example.cn/a.htm", "本报讯",
        "各地稳增长政策持续发力。");
    assertThat(article.reporters()).containsExactly("王芳");
  }

  @Test
  void formatIsChosenByContentThenExtensionAndCanBeForced() {
    byte[] rss = "\uFEFF<?xml version=\"1.0\"?><!-- x --><rss>".getBytes(StandardCharsets.UTF_8);
    byte[] html = "<!doctype html><html>".getBytes(StandardCharsets.UTF_8);
    byte[] text = "## 标题\n正文".getBytes(StandardCharsets.UTF_8);

    assertThat(InputFormat.choose("a.html", rss, null)).isEqualTo(InputFormat.RSS);
    assertThat(InputFormat.choose("a.txt", html, null)).isEqualTo(InputFormat.HTML);
    assertThat(InputFormat.choose("a.md", text, null)).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.choose("a.csv.gz", new byte[] {0x1f, (byte) 0x8b}, null)).isEqualTo(InputFormat.CSV);
    assertThat(InputFormat.choose("a.json", "[{}]".getBytes(StandardCharsets.UTF_8), null))
        .isEqualTo(InputFormat.JSON_ARRAY);
    assertThat(InputFormat.choose("a.txt", rss, InputFormat.TEXT)).isEqualTo(InputFormat.TEXT);
    assertThatThrownBy(() -> InputFormat.fromConfig("yaml")).hasMessage(
        "Unknown input.format 'yaml': expected auto, text, rss, atom, html, jsonl, json, csv or parquet");
  }
}
