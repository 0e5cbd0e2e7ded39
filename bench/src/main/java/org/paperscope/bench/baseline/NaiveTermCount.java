package org.paperscope.bench.baseline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.instr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_extract_all;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.paperscope.bench.BenchOut;
import org.paperscope.common.config.Settings;
import org.paperscope.common.match.TermList;
import org.paperscope.common.match.TermMatcher;
import org.paperscope.common.match.TopicTerm;
import org.paperscope.jobs.spark.SessionFactory;

/**
 * Baseline (c) of issue 9: what a data engineer writes in an afternoon instead of Paperscope. A
 * Spark SQL job reads every raw issue file whole and counts each listed variant of
 * {@code conf/terms/topics.txt} by substring ({@code length(value) - length(replace(value, v, ''))}
 * over {@code length(v)}), summed per topic and year. Its time is the figure to beat.
 *
 * <p>With {@code --compare WAREHOUSE} it then explains, per topic and year, where those counts
 * differ from the {@code mentions} of {@code term_trends} (year rows, {@code term = '*'}), by
 * peeling the naive count down to ours one rule at a time:
 *
 * <ol>
 *   <li>{@code outside_articles}: hits outside the stories, mostly the {@code ## 新闻摘要} summary
 *       that repeats every headline (the same story counted twice), plus the title and links;
 *   <li>{@code overlapping_variants}: one occurrence counted once per listed variant it contains
 *       (内卷式 is also 内卷, 生成式人工智能 also 人工智能, 5G-A also 5G); the difference between
 *       substring counts and a leftmost-longest scan over each topic's variants;
 *   <li>{@code latin_case}: Latin word boundaries and case (AI in MAIL or AIGC, 5G in 15G; ai is AI),
 *       the scan with the matcher's Latin rules;
 *   <li>{@code token_refused}: candidates the HanLP token check turned away, counted from
 *       {@code boundary_conflicts} ({@code outcome = 'refused'});
 *   <li>{@code other}: what is left, the parser's repairs (captions moved out, page-overlap
 *       duplicates, full-width forms normalized) and refused candidates that overlap a kept hit.
 * </ol>
 *
 * <p>Usage: {@code NaiveTermCount --input DIR [--month YYYY-MM] [--compare WAREHOUSE]}.
 */
public final class NaiveTermCount {
  private static final String DETAIL_HEADING = "## 详细新闻";
  private static final String FILE_YEAR = "(\\d{4})\\d{4}\\.(?:md|txt)$";

  private NaiveTermCount() {}

  /** Counts keyed by topic, then year. */
  private static final class Counts {
    final Map<String, Map<Integer, Long>> byTopic = new TreeMap<>();

    void add(String topic, int year, long n) {
      byTopic.computeIfAbsent(topic, t -> new TreeMap<>()).merge(year, n, Long::sum);
    }

    long get(String topic, int year) {
      return byTopic.getOrDefault(topic, Map.of()).getOrDefault(year, 0L);
    }

    long total() {
      return byTopic.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
  }

  public static void main(String[] args) {
    Map<String, String> options = parse(args);
    String input = Path.of(options.get("--input")).toAbsolutePath().normalize().toString();
    String month = options.get("--month");
    Settings settings = Settings.load(null);
    TermList terms = TermList.parse(settings.text("trends.terms"), settings.string("trends.terms"));

    long start = System.nanoTime();
    SparkSession spark = SessionFactory.create("paperscope-bench-naive", null);
    try {
      spark.sparkContext().setLogLevel("WARN");
      double sessionSeconds = BenchOut.secondsSince(start);
      long countStart = System.nanoTime();
      Dataset<Row> files = readFiles(spark, input, month);
      Counts naive = substringCounts(files.select(col("year"), col("value")), terms);
      double countSeconds = BenchOut.secondsSince(countStart);
      BenchOut.figure("naive_spark_session", sessionSeconds, "s");
      BenchOut.figure("naive_spark_count", countSeconds, "s");
      BenchOut.count("naive_mentions_total", naive.total(), "mentions");
      if (options.containsKey("--compare")) {
        compare(spark, files, terms, naive, options.get("--compare"));
      }
    } finally {
      spark.stop();
    }
  }

  private static Dataset<Row> readFiles(SparkSession spark, String input, String month) {
    String glob = month == null ? "*.{md,txt}" : month.replace("-", "") + "*.{md,txt}";
    return spark.read().option("wholetext", "true").option("recursiveFileLookup", "true")
        .option("pathGlobFilter", glob).text(input)
        .select(regexp_extract(col("_metadata.file_path"), FILE_YEAR, 1).cast("int").as("year"),
            col("value"));
  }

  /** The afternoon job: substring occurrences of every variant, summed per topic and year. */
  private static Counts substringCounts(Dataset<Row> texts, TermList terms) {
    List<TopicTerm> variants = terms.terms();
    List<Column> sums = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      String v = variants.get(i).term();
      Column occurrences = length(col("value")).minus(length(replace(col("value"), lit(v), lit(""))))
          .divide(v.length()).cast("long");
      sums.add(sum(occurrences).as("v" + i));
    }
    Counts counts = new Counts();
    for (Row row : texts.groupBy(col("year")).agg(sums.get(0), sums.subList(1, sums.size()).toArray(new Column[0]))
        .collectAsList()) {
      int year = row.getInt(0);
      for (int i = 0; i < variants.size(); i++) {
        counts.add(variants.get(i).topic(), year, row.isNullAt(i + 1) ? 0 : row.getLong(i + 1));
      }
    }
    return counts;
  }

  /**
   * Occurrences found by one regex per topic over its variants (leftmost, longest alternative
   * first), as the matcher selects within each topic; topics are counted independently, so
   * 新能源 inside 新能源汽车 counts for both topics when both are listed.
   */
  private static Counts scanCounts(Dataset<Row> texts, TermList terms, boolean matcherRules) {
    Map<String, List<String>> variantsOf = new java.util.TreeMap<>();
    terms.terms().forEach(t -> variantsOf.computeIfAbsent(t.topic(), k -> new ArrayList<>()).add(t.term()));
    Counts counts = new Counts();
    for (Map.Entry<String, List<String>> topic : variantsOf.entrySet()) {
      List<String> variants = new ArrayList<>(topic.getValue());
      variants.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
      List<String> alternatives = new ArrayList<>();
      for (String v : variants) {
        alternatives.add(matcherRules ? withLatinBoundaries(v) : Pattern.quote(v));
      }
      String regex = (matcherRules ? "(?i)" : "") + "(?:" + String.join("|", alternatives) + ")";
      Dataset<Row> hits = texts.select(col("year"),
          explode(regexp_extract_all(col("value"), lit(regex), lit(0))).as("hit"))
          .groupBy(col("year")).count();
      for (Row row : hits.collectAsList()) {
        counts.add(topic.getKey(), row.getInt(0), row.getLong(1));
      }
    }
    return counts;
  }

  /** The matcher's Latin word-boundary rule as look-arounds (docs/matching.md). */
  private static String withLatinBoundaries(String variant) {
    StringBuilder regex = new StringBuilder();
    char first = variant.charAt(0);
    char last = variant.charAt(variant.length() - 1);
    if (TermMatcher.isLatinWordChar(first)) {
      regex.append("(?<![A-Za-z0-9])");
      if (Character.isDigit(first)) {
        regex.append("(?<![0-9]\\.)");
      }
    }
    regex.append(Pattern.quote(variant));
    if (TermMatcher.isLatinWordChar(last)) {
      regex.append("(?![A-Za-z0-9])");
      if (Character.isDigit(last)) {
        regex.append("(?!\\.[0-9])");
      }
    }
    return regex.toString();
  }

  private static void compare(SparkSession spark, Dataset<Row> files, TermList terms, Counts naive,
      String warehouse) {
    Dataset<Row> detail = files.select(col("year"),
        when(instr(col("value"), DETAIL_HEADING).gt(0),
            substring_index(col("value"), DETAIL_HEADING, -1)).otherwise(col("value")).as("value"));
    Counts naiveDetail = substringCounts(detail, terms);
    Counts longest = scanCounts(detail, terms, false);
    Counts candidates = scanCounts(detail, terms, true);
    Counts refused = refusedCounts(spark, warehouse);
    Counts ours = ourCounts(spark, warehouse);

    System.out.println("naive_diff why: outside_articles = summary section and title/links (a story"
        + " counted twice); overlapping_variants = one occurrence counted for every listed variant"
        + " inside it; latin_case = Latin word boundaries and case; token_refused = refused by the"
        + " HanLP token check (boundary_conflicts); other = parser repairs and normalization");
    TreeSet<String> topics = new TreeSet<>(naive.byTopic.keySet());
    topics.addAll(ours.byTopic.keySet());
    int differing = 0;
    int compared = 0;
    for (String topic : topics) {
      TreeSet<Integer> years = new TreeSet<>(naive.byTopic.getOrDefault(topic, Map.of()).keySet());
      years.addAll(ours.byTopic.getOrDefault(topic, Map.of()).keySet());
      for (int y : years) {
        compared++;
        long n = naive.get(topic, y);
        long o = ours.get(topic, y);
        if (n == o) {
          continue;
        }
        differing++;
        long outside = n - naiveDetail.get(topic, y);
        long overlapping = naiveDetail.get(topic, y) - longest.get(topic, y);
        long latin = longest.get(topic, y) - candidates.get(topic, y);
        long tokenRefused = refused.get(topic, y);
        long other = candidates.get(topic, y) - tokenRefused - o;
        System.out.println("naive_diff topic=" + topic + " year=" + y + " naive=" + n + " ours=" + o
            + " delta=" + (n - o) + " outside_articles=" + outside + " overlapping_variants=" + overlapping
            + " latin_case=" + latin + " token_refused=" + tokenRefused + " other=" + other);
      }
    }
    BenchOut.count("ours_mentions_total", ours.total(), "mentions");
    BenchOut.count("naive_topic_years_compared", compared, "rows");
    BenchOut.count("naive_topic_years_differing", differing, "rows");
    BenchOut.count("naive_delta_outside_articles", naive.total() - naiveDetail.total(), "mentions");
    BenchOut.count("naive_delta_overlapping_variants", naiveDetail.total() - longest.total(), "mentions");
    BenchOut.count("naive_delta_latin_case", longest.total() - candidates.total(), "mentions");
    BenchOut.count("naive_delta_token_refused", refused.total(), "mentions");
    BenchOut.count("naive_delta_other", candidates.total() - refused.total() - ours.total(), "mentions");
  }

  /** {@code term_trends} year rows of each topic ({@code term = '*'}), all publications summed. */
  private static Counts ourCounts(SparkSession spark, String warehouse) {
    Counts counts = new Counts();
    Dataset<Row> rows = spark.read().parquet(table(warehouse, "term_trends"))
        .where(col("granularity").equalTo("year").and(col("term").equalTo("*")))
        .groupBy(col("topic"), year(col("period_start")).as("year"))
        .agg(sum(col("mentions")).as("mentions"));
    for (Row row : rows.collectAsList()) {
      counts.add(row.getString(0), row.getInt(1), row.getLong(2));
    }
    return counts;
  }

  /** Refused candidates per topic and year, from {@code boundary_conflicts}. */
  private static Counts refusedCounts(SparkSession spark, String warehouse) {
    Counts counts = new Counts();
    String path = table(warehouse, "boundary_conflicts");
    if (!Files.isDirectory(Path.of(path))) {
      System.err.println("naive: " + path + " does not exist; token_refused is taken as 0");
      return counts;
    }
    Dataset<Row> rows = spark.read().parquet(path)
        .where(col("outcome").equalTo("refused"))
        .groupBy(col("topic"), year(col("issue_date").cast("date")).as("year")).count();
    for (Row row : rows.collectAsList()) {
      counts.add(row.getString(0), row.getInt(1), row.getLong(2));
    }
    return counts;
  }

  private static String table(String warehouse, String name) {
    return Path.of(warehouse).toAbsolutePath().normalize().resolve(name).toString();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!List.of("--input", "--month", "--compare").contains(args[i]) || i + 1 >= args.length) {
        System.err.println("usage: NaiveTermCount --input DIR [--month YYYY-MM] [--compare WAREHOUSE]"
            + " (bad argument '" + args[i] + "')");
        System.exit(2);
      }
      options.put(args[i], args[++i]);
    }
    if (!options.containsKey("--input")) {
      System.err.println("usage: NaiveTermCount --input DIR [--month YYYY-MM] [--compare WAREHOUSE]");
      System.exit(2);
    }
    return options;
  }
}
