package org.paperscope.jobs.trends;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One finding of term detection in one article: a confirmed hit, a refused candidate (boundary
 * conflict) or a candidate kept only by the second opinion, with its place and its context.
 */
public class TermFindingRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<TermFindingRow> ENCODER = Encoders.bean(TermFindingRow.class);

  public static final String HIT = "hit";
  public static final String REFUSED = "refused";
  public static final String RESCUED = "rescued";

  private String articleId;
  private String publication;
  private LocalDate issueDate;
  private String kind;
  private String topic;
  private String term;
  private String surface;
  private String section;
  private int sectionIndex;
  private int offset;
  private String left;
  private String hit;
  private String right;
  private String segmentation;
  private String rule;
  private Integer page;
  private String articleSection;

  public TermFindingRow() {}

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

  /** {@link #HIT}, {@link #REFUSED} or {@link #RESCUED}. */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  /** The listed variant. */
  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  /** The text as found (case may differ for Latin terms). */
  public String getSurface() {
    return surface;
  }

  public void setSurface(String surface) {
    this.surface = surface;
  }

  /** headline, subheading or body. */
  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  /** Index of the sub-heading; 0 otherwise. */
  public int getSectionIndex() {
    return sectionIndex;
  }

  public void setSectionIndex(int sectionIndex) {
    this.sectionIndex = sectionIndex;
  }

  /** 0-based offset of the first char in its section, in code points. */
  public int getOffset() {
    return offset;
  }

  public void setOffset(int offset) {
    this.offset = offset;
  }

  public String getLeft() {
    return left;
  }

  public void setLeft(String left) {
    this.left = left;
  }

  public String getHit() {
    return hit;
  }

  public void setHit(String hit) {
    this.hit = hit;
  }

  public String getRight() {
    return right;
  }

  public void setRight(String right) {
    this.right = right;
  }

  /** Tokens that cut a refused or rescued candidate (财政|部门), or the Latin word a Latin-rule
   * refusal lies in (5GB); null for hits. */
  public String getSegmentation() {
    return segmentation;
  }

  public void setSegmentation(String segmentation) {
    this.segmentation = segmentation;
  }

  /** The rule that refused a refused or rescued candidate ({@code token}, {@code latin}); null for hits. */
  public String getRule() {
    return rule;
  }

  public void setRule(String rule) {
    this.rule = rule;
  }

  /** The article's page ({@code articles.page}), null when unknown. */
  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  /**
   * The article's section in the paper ({@code articles.section}: 要闻, 评论 …), null when unknown;
   * not {@link #getSection}, which is where in the article the finding is.
   */
  public String getArticleSection() {
    return articleSection;
  }

  public void setArticleSection(String articleSection) {
    this.articleSection = articleSection;
  }
}
