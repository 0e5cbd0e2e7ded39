package org.paperscope.jobs.ministries;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.paperscope.common.gazetteer.ArticleMinistries.Refusal;
import org.paperscope.common.gazetteer.MinistryMention;
import org.paperscope.common.match.ArticleText.Section;
import org.paperscope.jobs.articles.ArticleTextRow;

/**
 * What detection emits per article: one row per mention ({@code ministryId} set), one row per
 * refused candidate ({@code refusalReason} set, {@code ministryId} null), plus one summary row per
 * article (both null) that carries its {@code sentenceCount}, so that the sentence totals count
 * articles without any mention too.
 */
public class MinistryHitRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<MinistryHitRow> ENCODER = Encoders.bean(MinistryHitRow.class);

  private String articleId;
  private String publication;
  private LocalDate issueDate;
  private String ministryId;
  private String surfaceForm;
  private String unit;
  private String mentionKind;
  private String refusalReason;
  private String refusalDecidedBy;
  private String refusalContext;
  private int sentenceIndex;
  private boolean inHeadline;
  private int sentenceCount;
  private Integer page;
  private String section;

  public MinistryHitRow() {}

  /** The summary row of an article. */
  public static MinistryHitRow summary(ArticleTextRow article, int sentenceCount) {
    MinistryHitRow row = base(article);
    row.sentenceIndex = -1;
    row.sentenceCount = sentenceCount;
    return row;
  }

  /** The row of one mention. */
  public static MinistryHitRow mention(ArticleTextRow article, MinistryMention mention,
      int sentenceCount) {
    MinistryHitRow row = base(article);
    row.ministryId = mention.ministry().id();
    row.surfaceForm = mention.surface();
    row.unit = mention.unit();
    row.mentionKind = mention.kind().code();
    row.sentenceIndex = mention.sentenceIndex();
    row.inHeadline = mention.section() == Section.HEADLINE;
    row.sentenceCount = sentenceCount;
    return row;
  }

  /** The row of one refused candidate. */
  public static MinistryHitRow refusal(ArticleTextRow article, Refusal refusal) {
    MinistryHitRow row = base(article);
    row.surfaceForm = refusal.surface();
    row.refusalReason = refusal.reason();
    row.refusalDecidedBy = refusal.context();
    row.refusalContext = refusal.snippet();
    row.sentenceIndex = -1;
    return row;
  }

  private static MinistryHitRow base(ArticleTextRow article) {
    MinistryHitRow row = new MinistryHitRow();
    row.articleId = article.getArticleId();
    row.publication = article.getPublication();
    row.issueDate = article.getIssueDate();
    row.page = article.getPage();
    row.section = article.getSection();
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

  public String getMinistryId() {
    return ministryId;
  }

  public void setMinistryId(String ministryId) {
    this.ministryId = ministryId;
  }

  public String getSurfaceForm() {
    return surfaceForm;
  }

  public void setSurfaceForm(String surfaceForm) {
    this.surfaceForm = surfaceForm;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getMentionKind() {
    return mentionKind;
  }

  public void setMentionKind(String mentionKind) {
    this.mentionKind = mentionKind;
  }

  public String getRefusalReason() {
    return refusalReason;
  }

  public void setRefusalReason(String refusalReason) {
    this.refusalReason = refusalReason;
  }

  public String getRefusalDecidedBy() {
    return refusalDecidedBy;
  }

  public void setRefusalDecidedBy(String refusalDecidedBy) {
    this.refusalDecidedBy = refusalDecidedBy;
  }

  public String getRefusalContext() {
    return refusalContext;
  }

  public void setRefusalContext(String refusalContext) {
    this.refusalContext = refusalContext;
  }

  public int getSentenceIndex() {
    return sentenceIndex;
  }

  public void setSentenceIndex(int sentenceIndex) {
    this.sentenceIndex = sentenceIndex;
  }

  public boolean isInHeadline() {
    return inHeadline;
  }

  public void setInHeadline(boolean inHeadline) {
    this.inHeadline = inHeadline;
  }

  public int getSentenceCount() {
    return sentenceCount;
  }

  public void setSentenceCount(int sentenceCount) {
    this.sentenceCount = sentenceCount;
  }

  /** The article's page ({@code articles.page}), null when unknown. */
  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  /** The article's section in the paper ({@code articles.section}), null when unknown. */
  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }
}
