package org.paperscope.jobs.trends;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.paperscope.common.match.ArticleText;
import org.paperscope.common.measures.TrendMeasures;
import org.paperscope.common.token.HanlpTokenizer;
import org.paperscope.common.token.Token;
import org.paperscope.common.token.Tokenizer;
import org.paperscope.jobs.articles.ArticleTextRow;
import org.paperscope.jobs.spark.MeasureColumns;
import org.paperscope.jobs.spark.PerItem;

/**
 * The open vocabulary: full segmentation of every article into words, counted per day
 * ({@code term_vocabulary}), then scored per month against the months before
 * ({@code emerging_terms}). Nothing here reads, writes or creates a session.
 */
public final class EmergingTransforms {
  private EmergingTransforms() {}

  /**
   * Segments headline, sub-headings and body of each article (one tokenizer per executor JVM) and
   * counts the words {@link EmergingSettings#counts} keeps.
   *
   * <p>In: {@link ArticleTextRow}. Out: {@link WordCountRow}, one row per article and word.
   */
  public static Dataset<WordCountRow> words(Dataset<ArticleTextRow> articles,
      EmergingSettings settings) {
    return articles.mapPartitions(wordCounting(settings), WordCountRow.ENCODER);
  }

  /** The function {@link #words} maps each partition with (package-private for its tests). */
  static MapPartitionsFunction<ArticleTextRow, WordCountRow> wordCounting(EmergingSettings settings) {
    return new CountWords(settings);
  }

  private static final class CountWords implements MapPartitionsFunction<ArticleTextRow, WordCountRow> {
    private static final long serialVersionUID = 1L;
    private final EmergingSettings settings;

    CountWords(EmergingSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<WordCountRow> call(Iterator<ArticleTextRow> articles) {
      Tokenizer tokenizer = HanlpTokenizer.cachedFor(settings.tokenizer());
      return PerItem.rows(articles, (article, out) -> {
        ArticleText text = new ArticleText(article.getHeadline(), article.getSubheadings(),
            article.getBody()).normalized();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        parts.add(text.headline());
        parts.addAll(text.subheadings());
        parts.add(text.body());
        for (String part : parts) {
          // One paragraph at a time: HanLP's lattice grows with the text it is given.
          for (String paragraph : part.split("\n")) {
            for (Token token : tokenizer.tokenize(paragraph)) {
              if (settings.counts(token)) {
                counts.merge(token.text(), 1, Integer::sum);
              }
            }
          }
        }
        counts.forEach((word, n) -> {
          WordCountRow row = new WordCountRow();
          row.setArticleId(article.getArticleId());
          row.setPublication(article.getPublication());
          row.setIssueDate(article.getIssueDate());
          row.setWord(word);
          row.setMentions(n);
          out.accept(row);
        });
      });
    }
  }

  /**
   * The intermediate {@code term_vocabulary}: per day and word, the mentions and the articles
   * that use it.
   *
   * <p>In: {@link WordCountRow}. Out: {@link TrendsTables#VOCABULARY_SCHEMA}.
   */
  public static Dataset<Row> vocabulary(Dataset<WordCountRow> words) {
    return words.groupBy(col("publication"), col("issueDate"), col("word"))
        .agg(sum(col("mentions")).cast(DataTypes.LongType).as("mentions"),
            count(lit(1)).as("articles_with"))
        .select(col("word"), col("mentions"), col("articles_with"), col("publication"),
            col("issueDate").as("issue_date"));
  }

  /**
   * The published {@code emerging_terms}: for each month and publication, the words whose share of
   * articles rose most against the {@code baselineMonths} months before, by signed Dunning G²
   * over articles ({@link MeasureColumns#signedLogLikelihood}, whose reference is
   * {@link TrendMeasures#signedLogLikelihood}): k11 = articles of the month with the word,
   * k12 = those without, k21 and k22 the same over the baseline. Only
   * rises are ranked; a month needs {@code minBaselineMonths} months with articles before it, a
   * word {@code minArticles} articles in the month.
   *
   * <p>In: {@code term_vocabulary} rows, {@code term_days} rows (publication, issue_date, articles), the
   * tracked variants (for the {@code tracked} flag). Out: {@link TrendsTables#EMERGING_SCHEMA}.
   */
  public static Dataset<Row> emerging(Dataset<Row> vocabulary, Dataset<Row> dayTotals,
      List<String> trackedTerms, EmergingSettings settings) {
    Column monthIndex = year(col("month")).multiply(12).plus(month(col("month")));
    Dataset<Row> monthly = vocabulary
        .groupBy(col("publication"), trunc(col("issue_date"), "month").as("month"), col("word"))
        .agg(sum(col("mentions")).cast(DataTypes.LongType).as("mentions"),
            sum(col("articles_with")).cast(DataTypes.LongType).as("articles_with"))
        .withColumn("month_index", monthIndex);
    WindowSpec wordHistory = Window.partitionBy("publication", "word").orderBy("month_index")
        .rangeBetween(-settings.baselineMonths(), -1);
    monthly = monthly.withColumn("baseline_articles_with",
        coalesce(sum(col("articles_with")).over(wordHistory), lit(0L)).cast(DataTypes.LongType));

    Dataset<Row> totals = dayTotals
        .groupBy(col("publication"), trunc(col("issue_date"), "month").as("month"))
        .agg(sum(col("articles")).cast(DataTypes.LongType).as("total_articles"))
        .withColumn("month_index", monthIndex);
    WindowSpec history = Window.partitionBy("publication").orderBy("month_index")
        .rangeBetween(-settings.baselineMonths(), -1);
    totals = totals
        .withColumn("baseline_total_articles",
            coalesce(sum(col("total_articles")).over(history), lit(0L)).cast(DataTypes.LongType))
        .withColumn("baseline_months",
            coalesce(count(lit(1)).over(history), lit(0L)).cast(DataTypes.IntegerType))
        .drop("month_index");

    Dataset<Row> scored = monthly.join(totals, new String[] {"publication", "month"})
        .filter(col("baseline_months").geq(settings.minBaselineMonths())
            .and(col("articles_with").geq(settings.minArticles())))
        .withColumn("score", MeasureColumns.signedLogLikelihood(col("articles_with"),
            col("total_articles"), col("baseline_articles_with"), col("baseline_total_articles")))
        .filter(col("score").gt(0));
    Column tracked = trackedTerms.isEmpty() ? lit(false)
        : col("word").isin(trackedTerms.toArray());
    return scored
        .withColumn("rank", row_number().over(Window.partitionBy("publication", "month")
            .orderBy(col("score").desc(), col("word"))))
        .filter(col("rank").leq(settings.topN()))
        .select(col("month"), col("publication"), col("rank"), col("word").as("term"),
            tracked.as("tracked"), col("mentions"), col("articles_with"), col("total_articles"),
            col("baseline_articles_with"), col("baseline_total_articles"), col("baseline_months"),
            col("score"));
  }
}
