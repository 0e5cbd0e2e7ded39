package org.paperscope.jobs.articles;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.paperscope.common.input.DecodedText;
import org.paperscope.common.input.IssueDecoder;
import org.paperscope.common.input.RejectReason;
import org.paperscope.common.input.IssuePaths;
import org.paperscope.common.input.RejectedInputException;
import org.paperscope.common.input.formats.InputAdapters;
import org.paperscope.common.input.formats.InputFormat;
import org.paperscope.common.input.formats.ItemReject;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.Layout;
import org.paperscope.common.issue.IssueParser;
import org.paperscope.common.issue.ParsedIssue;
import org.paperscope.jobs.spark.PerItem;

/**
 * Executor side of ingest: opens each listed file, chooses its format ({@link InputFormat}), and
 * cuts it into articles: issue texts with {@link IssueParser}, feeds, HTML pages and records with
 * {@link InputAdapters} (Parquet records taken apart by {@link ParquetRecordsReader} first). A file that cannot become an issue yields a row with a reject reason
 * instead; it never fails the task. A feed or record file whose articles name several dates gives
 * one row per date.
 */
final class ParseFiles implements MapPartitionsFunction<InputFileRow, ParsedFileRow> {
  private static final long serialVersionUID = 1L;
  private final ParseSettings settings;

  ParseFiles(ParseSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<ParsedFileRow> call(Iterator<InputFileRow> files) {
    Configuration conf = new Configuration();
    return PerItem.rows(files, (file, out) -> parse(file, conf).forEach(out));
  }

  private static ParsedFileRow row(InputFileRow file) {
    ParsedFileRow row = new ParsedFileRow();
    row.setSourcePath(file.getSourcePath());
    row.setPublication(file.getPublication());
    row.setIssueDate(file.getIssueDate());
    row.setIssueId(file.getIssueId());
    row.setBytes(file.getBytes());
    row.setArticles(List.of());
    row.setItemRejects(List.of());
    return row;
  }

  private List<ParsedFileRow> parse(InputFileRow file, Configuration conf) {
    ParsedFileRow row = row(file);
    try {
      byte[] bytes = read(file, conf);
      row.setBytes(bytes.length);
      row.setSha256(sha256(bytes));
      String name = new Path(file.getSourcePath()).getName();
      InputFormat format = InputFormat.choose(name, bytes, settings.formats().override());
      row.setInputFormat(format.code());
      if (format == InputFormat.PARQUET) {
        ParquetRecordsReader.Records records = ParquetRecordsReader.read(bytes, settings.formats().maxRecordChars());
        return parseStructured(file, row, format, () -> InputAdapters.readRecords(format,
            ParquetRecordsReader.ENCODING, records.records(), records.rejects(), file.getIssueDate(),
            settings.from(), settings.to(), settings.formats(), settings.parser()));
      }
      if (format.structured()) {
        return parseStructured(file, row, format, () -> InputAdapters.read(bytes, format, file.getIssueDate(),
            settings.from(), settings.to(), settings.maxFileBytes(), settings.formats(), settings.parser()));
      }
      DecodedText decoded = IssueDecoder.decode(bytes, settings.maxFileBytes());
      row.setEncoding(decoded.encoding());
      ParsedIssue issue = parseText(decoded.text(), file);
      row.setLayout(issue.layout().code());
      if (issue.articles().isEmpty()) {
        throw new RejectedInputException(RejectReason.NO_ARTICLES, "no article found reading it as "
            + issue.layout().code() + " (" + decoded.text().length() + " characters, " + decoded.encoding() + ")");
      }
      List<ArticleRow> articles = new ArrayList<>(issue.articles().size());
      for (Article article : issue.articles()) {
        articles.add(ArticleRow.of(file.getIssueId(), file.getPublication(), file.getIssueDate(), article));
      }
      row.setArticles(articles);
    } catch (RejectedInputException e) {
      row.setRejectReason(e.reason().code());
      row.setRejectDetail(e.detail());
      row.setArticles(List.of());
    }
    return List.of(row);
  }

  /**
   * One row per issue date the file's articles have; the dropped articles ride on the first row
   * (or on the file's {@code no_articles} reject when nothing was kept).
   */
  private List<ParsedFileRow> parseStructured(InputFileRow file, ParsedFileRow template, InputFormat format,
      AdapterRead read) throws RejectedInputException {
    InputAdapters.Result result;
    try {
      result = read.read();
    } catch (RuntimeException e) {
      // A bug-shaped failure in one odd file must not sink the run: rejected with the error named.
      throw new RejectedInputException(RejectReason.PARSE_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    List<ItemRejectRow> itemRejects = new ArrayList<>();
    for (ItemReject reject : result.rejects()) {
      itemRejects.add(ItemRejectRow.of(reject, file.getIssueDate()));
    }
    List<ParsedFileRow> rows = new ArrayList<>();
    for (InputAdapters.DatedArticles issue : result.issues()) {
      ParsedFileRow row = row(file);
      row.setBytes(template.getBytes());
      row.setSha256(template.getSha256());
      row.setInputFormat(format.code());
      row.setEncoding(result.encoding());
      row.setLayout(Layout.NEWSPAPER.code());
      row.setIssueDate(issue.date());
      String issueId = issue.date().equals(file.getIssueDate()) && file.getIssueId() != null ? file.getIssueId()
          : file.getPublication() + "/" + issue.date() + "/" + IssuePaths.stemOf(file.getRelativePath());
      row.setIssueId(issueId);
      List<ArticleRow> articles = new ArrayList<>(issue.articles().size());
      for (Article article : issue.articles()) {
        articles.add(ArticleRow.of(issueId, file.getPublication(), issue.date(), article));
      }
      row.setArticles(articles);
      rows.add(row);
    }
    if (rows.isEmpty() && itemRejects.isEmpty() && result.outOfRange() > 0) {
      // Every article is dated outside --from/--to: this run has nothing to say about the file.
      return List.of();
    }
    if (rows.isEmpty()) {
      template.setEncoding(result.encoding());
      template.setRejectReason(RejectReason.NO_ARTICLES.code());
      template.setRejectDetail("no article kept reading it as " + format.code() + " (" + itemRejects.size()
          + " articles rejected, " + result.outOfRange() + " dated outside the run)");
      rows.add(template);
    }
    rows.get(0).setItemRejects(itemRejects);
    return rows;
  }

  /** One adapter call on a file. */
  @FunctionalInterface
  private interface AdapterRead {
    InputAdapters.Result read() throws RejectedInputException;
  }

  private ParsedIssue parseText(String text, InputFileRow file) throws RejectedInputException {
    try {
      return IssueParser.parse(text, settings.parser());
    } catch (RuntimeException e) {
      // One malformed file must not sink the run: the file is rejected with the error named.
      throw new RejectedInputException(RejectReason.PARSE_ERROR, e.getClass().getSimpleName() + ": "
          + e.getMessage());
    }
  }

  private byte[] read(InputFileRow file, Configuration conf) throws RejectedInputException {
    Path path = new Path(file.getSourcePath());
    try {
      FileSystem fs = path.getFileSystem(conf);
      long length = fs.getFileStatus(path).getLen();
      if (length > settings.maxFileBytes()) {
        throw new RejectedInputException(RejectReason.TOO_LARGE,
            length + " bytes is more than input.max-file-bytes=" + settings.maxFileBytes());
      }
      try (InputStream in = fs.open(path)) {
        return in.readAllBytes();
      }
    } catch (AccessControlException | FileNotFoundException e) {
      throw new RejectedInputException(RejectReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (IOException e) {
      throw new RejectedInputException(RejectReason.UNREADABLE, "I/O error: " + e.getMessage());
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
