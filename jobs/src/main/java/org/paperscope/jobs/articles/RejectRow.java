package org.paperscope.jobs.articles;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/** A file found on the driver that cannot be read as an issue (undated, a directory). */
public class RejectRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<RejectRow> ENCODER = Encoders.bean(RejectRow.class);

  private String sourcePath;
  private String publication;
  private LocalDate issueDate;
  private String reason;
  private String detail;

  public RejectRow() {}

  public RejectRow(String sourcePath, String publication, LocalDate issueDate, String reason, String detail) {
    this.sourcePath = sourcePath;
    this.publication = publication;
    this.issueDate = issueDate;
    this.reason = reason;
    this.detail = detail;
  }

  public String getSourcePath() { return sourcePath; }
  public void setSourcePath(String sourcePath) { this.sourcePath = sourcePath; }
  public String getPublication() { return publication; }
  public void setPublication(String publication) { this.publication = publication; }
  public LocalDate getIssueDate() { return issueDate; }
  public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getDetail() { return detail; }
  public void setDetail(String detail) { this.detail = detail; }
}
