package org.paperscope.jobs.articles;

import java.io.Serializable;
import java.time.LocalDate;
import org.paperscope.common.input.formats.ItemReject;

/** One article of a feed, page or record file that was dropped (a {@code rejects} row with an item). */
public class ItemRejectRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private int item;
  private LocalDate issueDate;
  private String reason;
  private String detail;

  public ItemRejectRow() {}

  /** The row of {@code reject}; an item without a date of its own takes {@code fileDate}. */
  public static ItemRejectRow of(ItemReject reject, LocalDate fileDate) {
    ItemRejectRow row = new ItemRejectRow();
    row.item = reject.item();
    row.issueDate = reject.date() != null ? reject.date() : fileDate;
    row.reason = reject.reason().code();
    row.detail = reject.detail();
    return row;
  }

  public int getItem() { return item; }
  public void setItem(int item) { this.item = item; }
  public LocalDate getIssueDate() { return issueDate; }
  public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getDetail() { return detail; }
  public void setDetail(String detail) { this.detail = detail; }
}
