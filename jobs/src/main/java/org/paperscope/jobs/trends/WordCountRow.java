package org.paperscope.jobs.trends;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/** How often one word of the open vocabulary occurs in one article. */
public class WordCountRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<WordCountRow> ENCODER = Encoders.bean(WordCountRow.class);

  private String articleId;
  private String publication;
  private LocalDate issueDate;
  private String word;
  private int mentions;

  public WordCountRow() {}

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

  public String getWord() {
    return word;
  }

  public void setWord(String word) {
    this.word = word;
  }

  public int getMentions() {
    return mentions;
  }

  public void setMentions(int mentions) {
    this.mentions = mentions;
  }
}
