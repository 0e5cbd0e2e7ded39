package org.paperscope.bench.jmh;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.bench.BenchCorpus;
import org.paperscope.common.input.DecodedText;
import org.paperscope.common.input.IssueDecoder;
import org.paperscope.common.input.IssuePaths;
import org.paperscope.common.input.RejectedInputException;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.IssueParser;
import org.paperscope.common.issue.ParserSettings;
import org.paperscope.common.match.ArticleText;

/**
 * The real corpus loaded once per benchmark trial, at the stage each step starts from: the raw
 * bytes of every issue file, their decoded texts, and the parsed articles (headline, sub-headings,
 * body, the text the detectors read, with its issue date). Every benchmark walks these lists round
 * robin, so one measurement covers the whole corpus (or the month of {@code -Dpaperscope.bench.month}).
 */
final class IssueCorpus {
  /** The limit the pipeline applies to unpacked files ({@code input.max-file-bytes}). */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  private static final IssuePaths DATES = IssuePaths.of(
      "(?<y>(?:19|20)\\d{2})(?<m>[01]\\d)(?<d>[0-3]\\d)");

  final List<byte[]> raw = new ArrayList<>();
  final List<String> texts = new ArrayList<>();
  final List<ArticleText> articles = new ArrayList<>();
  final List<LocalDate> articleDates = new ArrayList<>();
  long rawBytes;

  private IssueCorpus() {}

  /** Loads files (always), decodes them when {@code decode}, and parses them when {@code parse}. */
  static IssueCorpus load(boolean decode, boolean parse) {
    IssueCorpus corpus = new IssueCorpus();
    ParserSettings settings = ParserSettings.defaults();
    for (Path file : BenchCorpus.issueFiles()) {
      byte[] bytes = BenchCorpus.read(file);
      corpus.raw.add(bytes);
      corpus.rawBytes += bytes.length;
      if (!decode && !parse) {
        continue;
      }
      String text;
      try {
        text = IssueDecoder.decode(bytes, MAX_FILE_BYTES).text();
      } catch (RejectedInputException e) {
        throw new IllegalStateException("Corpus file " + file + " does not decode: " + e.getMessage(), e);
      }
      corpus.texts.add(text);
      if (parse) {
        LocalDate date = DATES.dateOf(file.getFileName().toString());
        for (Article article : IssueParser.parse(text, settings).articles()) {
          corpus.articles.add(new ArticleText(article.headline(), article.subheadings(), article.body()));
          corpus.articleDates.add(date);
        }
      }
    }
    return corpus;
  }

  /** Length of an article's text in UTF-16 units (headline, sub-headings and body). */
  static long chars(ArticleText text) {
    long n = text.headline().length() + text.body().length();
    for (String s : text.subheadings()) {
      n += s.length();
    }
    return n;
  }

  /** Decodes, failing loudly: every corpus file decoded once already when the corpus loaded. */
  static DecodedText decode(byte[] bytes) {
    try {
      return IssueDecoder.decode(bytes, MAX_FILE_BYTES);
    } catch (RejectedInputException e) {
      throw new IllegalStateException("Corpus file stopped decoding: " + e.getMessage(), e);
    }
  }
}
