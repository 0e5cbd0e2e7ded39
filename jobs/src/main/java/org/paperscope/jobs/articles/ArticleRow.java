package org.paperscope.jobs.articles;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.paperscope.common.issue.Article;
import org.paperscope.common.issue.IssueIds;

/** Spark bean of one article (the {@code articles} table before {@link IngestTransforms#articles}). */
public class ArticleRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<ArticleRow> ENCODER = Encoders.bean(ArticleRow.class);

  private String articleId;
  private String issueId;
  private String publication;
  private LocalDate issueDate;
  private int seq;
  private String headline;
  private List<String> subheadings;
  private String leadType;
  private List<String> reporters;
  private String authorTag;
  private String body;
  private List<String> captions;
  private int charCount;
  private Integer page;
  private Integer continuedToPage;
  private Integer continuedFromPage;
  private int breaksRepaired;
  private int duplicatesRemoved;
  private int boilerplateRemoved;

  public ArticleRow() {}

  /** The row of {@code article} in issue {@code issueId}; the id is {@link IssueIds#articleId}. */
  public static ArticleRow of(String issueId, String publication, LocalDate issueDate, Article article) {
    ArticleRow row = new ArticleRow();
    row.articleId = articleId(issueId, article.seq());
    row.issueId = issueId;
    row.publication = publication;
    row.issueDate = issueDate;
    row.seq = article.seq();
    row.headline = article.headline();
    row.subheadings = article.subheadings();
    row.leadType = article.leadType();
    row.reporters = article.reporters();
    row.authorTag = article.authorTag();
    row.body = article.body();
    row.captions = article.captions();
    row.charCount = article.charCount();
    row.page = article.page();
    row.continuedToPage = article.continuedToPage();
    row.continuedFromPage = article.continuedFromPage();
    row.breaksRepaired = article.breaksRepaired();
    row.duplicatesRemoved = article.duplicatesRemoved();
    row.boilerplateRemoved = article.boilerplateRemoved();
    return row;
  }

  /** Stable id: the same issue file and position give the same id in every run ({@link IssueIds}). */
  public static String articleId(String issueId, int seq) {
    return IssueIds.articleId(issueId, seq);
  }

  public String getArticleId() { return articleId; }
  public void setArticleId(String articleId) { this.articleId = articleId; }
  public String getIssueId() { return issueId; }
  public void setIssueId(String issueId) { this.issueId = issueId; }
  public String getPublication() { return publication; }
  public void setPublication(String publication) { this.publication = publication; }
  public LocalDate getIssueDate() { return issueDate; }
  public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
  public int getSeq() { return seq; }
  public void setSeq(int seq) { this.seq = seq; }
  public String getHeadline() { return headline; }
  public void setHeadline(String headline) { this.headline = headline; }
  public List<String> getSubheadings() { return subheadings; }
  public void setSubheadings(List<String> subheadings) { this.subheadings = subheadings; }
  public String getLeadType() { return leadType; }
  public void setLeadType(String leadType) { this.leadType = leadType; }
  public List<String> getReporters() { return reporters; }
  public void setReporters(List<String> reporters) { this.reporters = reporters; }
  public String getAuthorTag() { return authorTag; }
  public void setAuthorTag(String authorTag) { this.authorTag = authorTag; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public List<String> getCaptions() { return captions; }
  public void setCaptions(List<String> captions) { this.captions = captions; }
  public int getCharCount() { return charCount; }
  public void setCharCount(int charCount) { this.charCount = charCount; }
  public Integer getPage() { return page; }
  public void setPage(Integer page) { this.page = page; }
  public Integer getContinuedToPage() { return continuedToPage; }
  public void setContinuedToPage(Integer continuedToPage) { this.continuedToPage = continuedToPage; }
  public Integer getContinuedFromPage() { return continuedFromPage; }
  public void setContinuedFromPage(Integer continuedFromPage) { this.continuedFromPage = continuedFromPage; }
  public int getBreaksRepaired() { return breaksRepaired; }
  public void setBreaksRepaired(int breaksRepaired) { this.breaksRepaired = breaksRepaired; }
  public int getDuplicatesRemoved() { return duplicatesRemoved; }
  public void setDuplicatesRemoved(int duplicatesRemoved) { this.duplicatesRemoved = duplicatesRemoved; }
  public int getBoilerplateRemoved() { return boilerplateRemoved; }
  public void setBoilerplateRemoved(int boilerplateRemoved) { this.boilerplateRemoved = boilerplateRemoved; }
}
