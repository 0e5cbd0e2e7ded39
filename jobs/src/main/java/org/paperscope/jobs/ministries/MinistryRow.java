package org.paperscope.jobs.ministries;

import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.paperscope.common.gazetteer.Ministry;

/** One gazetteer body as a small Spark dimension (joined to mentions and pairs for names). */
public class MinistryRow implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Encoder<MinistryRow> ENCODER = Encoders.bean(MinistryRow.class);

  private String ministryId;
  private String lineageId;
  private String canonicalName;
  private String kind;

  public MinistryRow() {}

  public static MinistryRow of(Ministry ministry) {
    MinistryRow row = new MinistryRow();
    row.ministryId = ministry.id();
    row.lineageId = ministry.lineageId();
    row.canonicalName = ministry.canonicalName();
    row.kind = ministry.kind();
    return row;
  }

  public String getMinistryId() {
    return ministryId;
  }

  public void setMinistryId(String ministryId) {
    this.ministryId = ministryId;
  }

  public String getLineageId() {
    return lineageId;
  }

  public void setLineageId(String lineageId) {
    this.lineageId = lineageId;
  }

  public String getCanonicalName() {
    return canonicalName;
  }

  public void setCanonicalName(String canonicalName) {
    this.canonicalName = canonicalName;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
