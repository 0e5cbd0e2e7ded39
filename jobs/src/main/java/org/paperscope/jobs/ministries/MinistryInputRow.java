package org.paperscope.jobs.ministries;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/** The columns of an {@code articles} row that ministry detection reads. */
public class MinistryInputRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<MinistryInputRow> ENCODER = Encoders.bean(MinistryInputRow.class);
  /** Selects the {@code articles} columns under the bean's names, before {@code .as(ENCODER)}. */
  public static final String[] COLUMNS = {"article_id AS articleId", "publication",
      "issue_date AS issueDate", "headline", "subheadings", "body"};

  private String articleId;
  private String publication;
  private LocalDate issueDate;
  private String headline;
  private List<String> subheadings;
  private String body;

  public MinistryInputRow() {}

  public static MinistryInputRow of(String articleId, String publication, LocalDate issueDate,
      String headline, List<String> subheadings, String body) {
    MinistryInputRow row = new MinistryInputRow();
    row.articleId = articleId;
    row.publication = publication;
    row.issueDate = issueDate;
    row.headline = headline;
    row.subheadings = subheadings;
    row.body = body;
    return row;
  }

  public String getArticleId() {
    return articleId;
  }

  public void setArticleId(String articleId) {
    this.articleId = articleId;
  }

  public String getPublication() {
    return publication;
  }

  public void setPublication(String publication) {
    this.publication = publication;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public void setIssueDate(LocalDate issueDate) {
    this.issueDate = issueDate;
  }

  public String getHeadline() {
    return headline;
  }

  public void setHeadline(String headline) {
    this.headline = headline;
  }

  public List<String> getSubheadings() {
    return subheadings;
  }

  public void setSubheadings(List<String> subheadings) {
    this.subheadings = subheadings;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
