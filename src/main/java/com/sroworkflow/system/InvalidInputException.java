package com.sroworkflow.system;

import com.sroworkflow.security.Messages;

/**
 * Input that a person or a client submitted and that the server refuses. It names the field, so
 * Tasklist and REST callers can tell what to correct; the REST layer answers it with 400.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;
  private final String key;

  public InvalidInputException(String field, String message) {
    this(field, message, null);
  }

  private InvalidInputException(String field, String message, String key) {
    super(message);
    this.field = field;
    this.key = key;
  }

  /** The refusal in the words of the message bundle (messages.properties): key and arguments. */
  public static InvalidInputException of(String field, String key, Object... args) {
    return new InvalidInputException(field, Messages.text(key, args), key);
  }

  /** The bundle key of the message, when it came from the bundle. */
  public String getKey() {
    return key;
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
