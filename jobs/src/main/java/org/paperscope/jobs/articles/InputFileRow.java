package org.paperscope.jobs.articles;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/** One dated input file to read, as listed on the driver. */
public class InputFileRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<InputFileRow> ENCODER = Encoders.bean(InputFileRow.class);

  private String sourcePath;
  private String relativePath;
  private String publication;
  private LocalDate issueDate;
  private String issueId;
  private long bytes;

  public InputFileRow() {}

  public InputFileRow(String sourcePath, String relativePath, String publication, LocalDate issueDate,
      String issueId, long bytes) {
    this.sourcePath = sourcePath;
    this.relativePath = relativePath;
    this.publication = publication;
    this.issueDate = issueDate;
    this.issueId = issueId;
    this.bytes = bytes;
  }

  public String getSourcePath() { return sourcePath; }
  public void setSourcePath(String sourcePath) { this.sourcePath = sourcePath; }
  public String getRelativePath() { return relativePath; }
  public void setRelativePath(String relativePath) { this.relativePath = relativePath; }
  public String getPublication() { return publication; }
  public void setPublication(String publication) { this.publication = publication; }
  public LocalDate getIssueDate() { return issueDate; }
  public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
  public String getIssueId() { return issueId; }
  public void setIssueId(String issueId) { this.issueId = issueId; }
  public long getBytes() { return bytes; }
  public void setBytes(long bytes) { this.bytes = bytes; }
}
