package org.paperscope.common.input.formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paperscope.common.input.DecodedText;
import org.paperscope.common.input.IssueDecoder;
import org.paperscope.common.input.RejectReason;
import org.paperscope.common.input.RejectedInputException;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.ArticleParts;
import org.paperscope.common.issue.ParserSettings;
import org.paperscope.common.issue.StructuredArticles;

/**
 * Reads a feed, HTML page or record file into issues of {@link Article}s, one per issue date, with
 * the same rules as the issue parser (see {@link StructuredArticles}). The date of an article is
 * the one its item names (record field, page line), else the file's date (path or manifest).
 * Articles without a headline or body, with a placeholder body (正文无法提取), or without any date
 * are dropped with a reason, never counted.
 */
public final class InputAdapters {
  private InputAdapters() {}

  /**
   * The articles of one issue date of a file.
   *
   * @param date     the issue date
   * @param articles its articles, {@code seq} 1.. in file order
   */
  public record DatedArticles(LocalDate date, List<Article> articles) {}

  /**
   * What a structured file gave.
   *
   * @param format     the format it was read as
   * @param encoding   its character encoding
   * @param issues     one entry per issue date in [from, to], in date order
   * @param rejects    dropped articles, in file order
   * @param outOfRange articles dated outside [from, to], skipped
   */
  public record Result(InputFormat format, String encoding, List<DatedArticles> issues, List<ItemReject> rejects,
      int outOfRange) {}

  /**
   * Decodes and reads one file of a structured {@code format}.
   *
   * @param fileDate the file's date from its path or the manifest, or null
   * @param from     first issue date kept (null = open)
   * @param to       last issue date kept (null = open)
   * @throws RejectedInputException when the whole file is unusable (undecodable, malformed, unsafe)
   */
  public static Result read(byte[] bytes, InputFormat format, LocalDate fileDate, LocalDate from, LocalDate to,
      long maxFileBytes, FormatSettings settings, ParserSettings parser) throws RejectedInputException {
    if (!format.structured()) {
      throw new IllegalArgumentException("Format " + format.code() + " is read by IssueParser, not by an adapter");
    }
    if (format == InputFormat.PARQUET) {
      throw new IllegalArgumentException("Parquet records are read into fields first (readRecords), not from bytes");
    }
    DecodedText decoded = IssueDecoder.decode(bytes, maxFileBytes);
    SourceRead read = switch (format) {
      case RSS, ATOM -> FeedReader.read(decoded.text(), decoded.encoding(), format);
      case HTML -> readHtml(decoded);
      default -> RecordReader.read(decoded.text(), decoded.encoding(), format, settings);
    };
    return split(read, fileDate, from, to, settings, parser);
  }

  /**
   * The articles of records another reader took apart into fields (a Parquet file, read where
   * Parquet's library is): the same field mapping ({@code input.fields.*}), dates (record, then
   * {@code fileDate}), pages and per-article checks as the JSON and CSV records.
   *
   * @param records     the readable records, in file order
   * @param readRejects records the reader already dropped (too large, unreadable)
   */
  public static Result readRecords(InputFormat format, String encoding, List<FieldRecord> records,
      List<ItemReject> readRejects, LocalDate fileDate, LocalDate from, LocalDate to, FormatSettings settings,
      ParserSettings parser) {
    return split(RecordReader.fromFields(format, encoding, records, readRejects, settings), fileDate, from, to,
        settings, parser);
  }

  private static SourceRead readHtml(DecodedText decoded) {
    List<SourceItem> items = new ArrayList<>();
    for (HtmlArticles.HtmlArticle article : HtmlArticles.read(decoded.text())) {
      items.add(new SourceItem(items.size() + 1, new ArticleParts(article.headline(),
          article.kicker(), article.subtitle(), article.paragraphs(), article.page(), article.section(), null, null,
          null), article.date()));
    }
    return new SourceRead(InputFormat.HTML, decoded.encoding(), items, List.of());
  }

  /** Dates, checks and numbers the items of a read file. */
  static Result split(SourceRead read, LocalDate fileDate, LocalDate from, LocalDate to, FormatSettings settings,
      ParserSettings parser) {
    Map<LocalDate, List<Article>> byDate = new TreeMap<>();
    List<ItemReject> rejects = new ArrayList<>(read.rejects());
    int outOfRange = 0;
    for (SourceItem item : read.items()) {
      LocalDate date = item.date() != null ? item.date() : fileDate;
      Article article = StructuredArticles.assemble(item.parts(), 0, parser);
      String where = "item " + item.item() + (article.headline().isEmpty() ? "" : " 「" + article.headline() + "」");
      if (date == null) {
        rejects.add(new ItemReject(item.item(), null, RejectReason.UNDATED,
            where + ": no date in the item, the path (input.date-patterns) or the manifest"));
        continue;
      }
      if ((from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
        outOfRange++;
        continue;
      }
      ItemReject problem = check(item, article, date, where, settings);
      if (problem != null) {
        rejects.add(problem);
        continue;
      }
      List<Article> articles = byDate.computeIfAbsent(date, d -> new ArrayList<>());
      articles.add(article.withSeq(articles.size() + 1));
    }
    rejects.sort(Comparator.comparingInt(ItemReject::item));
    List<DatedArticles> issues = new ArrayList<>();
    byDate.forEach((date, articles) -> issues.add(new DatedArticles(date, articles)));
    return new Result(read.format(), read.encoding(), issues, rejects, outOfRange);
  }

  private static ItemReject check(SourceItem item, Article article, LocalDate date, String where,
      FormatSettings settings) {
    if (article.headline().isEmpty()) {
      return new ItemReject(item.item(), date, RejectReason.EMPTY_ITEM, where + ": no headline");
    }
    String body = article.body();
    if (body.codePointCount(0, body.length()) <= settings.placeholderMaxChars()) {
      for (String phrase : settings.placeholderBodies()) {
        if (body.contains(phrase)) {
          return new ItemReject(item.item(), date, RejectReason.PLACEHOLDER_BODY,
              where + ": the body is a placeholder '" + body + "' (input.placeholder-bodies)");
        }
      }
    }
    if (body.isEmpty()) {
      return new ItemReject(item.item(), date, RejectReason.EMPTY_ITEM, where + ": no body text"
          + (article.boilerplateRemoved() > 0 ? " (only ad lines)" : ""));
    }
    return null;
  }
}
