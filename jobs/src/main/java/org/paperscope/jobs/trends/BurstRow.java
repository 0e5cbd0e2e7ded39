package org.paperscope.jobs.trends;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/** A period that Kleinberg's two-state model puts in the burst state, for one series of term_trends. */
public class BurstRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<BurstRow> ENCODER = Encoders.bean(BurstRow.class);

  private String granularity;
  private String publication;
  private String topic;
  private String term;
  private LocalDate periodStart;

  public BurstRow() {}

  public String getGranularity() {
    return granularity;
  }

  public void setGranularity(String granularity) {
    this.granularity = granularity;
  }

  public String getPublication() {
    return publication;
  }

  public void setPublication(String publication) {
    this.publication = publication;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }
}
