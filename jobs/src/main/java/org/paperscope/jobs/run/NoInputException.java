package org.paperscope.jobs.run;

/** No input file falls in the requested dates; the CLI exits with code 3 (or 0 if configured). */
public final class NoInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoInputException(String message) {
    super(message);
  }
}
