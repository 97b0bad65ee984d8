package com.sroworkflow.system;

/**
 * Input that a person or a client submitted and that the server refuses. It names the field, so
 * Tasklist and REST callers can tell what to correct; the REST layer answers it with 400.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }

  /** Finds an InvalidInputException in a cause chain, as the engine wraps listener exceptions. */
  public static InvalidInputException findIn(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return null;
  }
}
