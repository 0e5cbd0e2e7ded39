package org.paperscope.jobs.articles;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * The outcome of reading one input file (or, for a feed or record file whose articles name several
 * dates, one issue date of it): either an issue with its articles, or a reject reason; plus the
 * articles of the file that were dropped one by one ({@code itemRejects}). The issues, articles and
 * rejects tables are all selected from this one cached dataset.
 */
public class ParsedFileRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<ParsedFileRow> ENCODER = Encoders.bean(ParsedFileRow.class);

  private String sourcePath;
  private String publication;
  private LocalDate issueDate;
  private String issueId;
  private long bytes;
  private String sha256;
  private String encoding;
  private String layout;
  private String inputFormat;
  private String rejectReason;
  private String rejectDetail;
  private List<ArticleRow> articles;
  private List<ItemRejectRow> itemRejects;

  public ParsedFileRow() {}

  public String getSourcePath() { return sourcePath; }
  public void setSourcePath(String sourcePath) { this.sourcePath = sourcePath; }
  public String getPublication() { return publication; }
  public void setPublication(String publication) { this.publication = publication; }
  public LocalDate getIssueDate() { return issueDate; }
  public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
  public String getIssueId() { return issueId; }
  public void setIssueId(String issueId) { this.issueId = issueId; }
  public long getBytes() { return bytes; }
  public void setBytes(long bytes) { this.bytes = bytes; }
  public String getSha256() { return sha256; }
  public void setSha256(String sha256) { this.sha256 = sha256; }
  public String getEncoding() { return encoding; }
  public void setEncoding(String encoding) { this.encoding = encoding; }
  public String getLayout() { return layout; }
  public void setLayout(String layout) { this.layout = layout; }
  public String getInputFormat() { return inputFormat; }
  public void setInputFormat(String inputFormat) { this.inputFormat = inputFormat; }
  public List<ItemRejectRow> getItemRejects() { return itemRejects; }
  public void setItemRejects(List<ItemRejectRow> itemRejects) { this.itemRejects = itemRejects; }
  public String getRejectReason() { return rejectReason; }
  public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
  public String getRejectDetail() { return rejectDetail; }
  public void setRejectDetail(String rejectDetail) { this.rejectDetail = rejectDetail; }
  public List<ArticleRow> getArticles() { return articles; }
  public void setArticles(List<ArticleRow> articles) { this.articles = articles; }
}
