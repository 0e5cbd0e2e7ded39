package org.paperscope.jobs.articles;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * The columns of an {@code articles} row that the detectors read (term detection, the open
 * vocabulary, ministry detection): the text, and the page and section that place the article in
 * its stratum of the per-day count tables ({@link Strata}).
 */
public class ArticleTextRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<ArticleTextRow> ENCODER = Encoders.bean(ArticleTextRow.class);

  /** The {@code articles} columns under the bean's names, to select before {@code .as(ENCODER)}. */
  public static final String[] COLUMNS = {"article_id AS articleId", "publication",
      "issue_date AS issueDate", "headline", "subheadings", "body", "page", "section"};

  private String articleId;
  private String publication;
  private LocalDate issueDate;
  private String headline;
  private List<String> subheadings;
  private String body;
  private Integer page;
  private String section;

  public ArticleTextRow() {}

  /** An article without page or section (a broadcast, an issue text without page headings). */
  public static ArticleTextRow of(String articleId, String publication, LocalDate issueDate,
      String headline, List<String> subheadings, String body) {
    return of(articleId, publication, issueDate, headline, subheadings, body, null, null);
  }

  /** An article of {@code page} (null when unknown) in {@code section} (null when unknown). */
  public static ArticleTextRow of(String articleId, String publication, LocalDate issueDate,
      String headline, List<String> subheadings, String body, Integer page, String section) {
    ArticleTextRow row = new ArticleTextRow();
    row.articleId = articleId;
    row.publication = publication;
    row.issueDate = issueDate;
    row.headline = headline;
    row.subheadings = subheadings;
    row.body = body;
    row.page = page;
    row.section = section;
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

  /** {@code articles.page}: the page number, null when the source does not tell it. */
  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  /** {@code articles.section}: the paper's section (要闻, 评论 …), null when unknown. */
  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }
}
