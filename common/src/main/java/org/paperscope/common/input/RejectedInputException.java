package org.paperscope.common.input;

/** A file that cannot become an issue, with the reason code and a human-readable detail. */
public final class RejectedInputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final RejectReason reason;

  public RejectedInputException(RejectReason reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }

  public String detail() {
    return getMessage();
  }
}
