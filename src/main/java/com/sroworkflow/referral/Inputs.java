package com.sroworkflow.referral;

import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the values a form, a REST caller or a calling process submitted, refusing a value of the
 * wrong kind by its field name. The forms' own constraints are checked before this runs; these
 * cover the values no form declares (an agency id from REST, the referring user of a calling case).
 */
final class Inputs {

  private Inputs() {}

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new InvalidInputException(name, name + " must be text.");
    }
    return s.isBlank() ? null : s.strip();
  }

  /** Text that may also come as a number, such as the id of a calling case. */
  static String id(VariableScope scope, String name, int maxLength) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      value = String.valueOf(n.longValue());
    }
    if (value != null && !(value instanceof String)) {
      throw new InvalidInputException(name, name + " must be text or a number.");
    }
    String s = (String) value;
    if (s != null && s.length() > maxLength) {
      throw new InvalidInputException(name, name + " must have at most " + maxLength + " characters.");
    }
    return s == null || s.isBlank() ? null : s.strip();
  }

  static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return false;
    }
    if (!(value instanceof Boolean b)) {
      throw new InvalidInputException(name, name + " must be true or false.");
    }
    return b;
  }

  static LocalDate date(VariableScope scope, String name) {
    String s = text(scope, name);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, name + " must be a date (yyyy-mm-dd).");
    }
  }

  static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
    String s = text(scope, name);
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(name, name + " must be one of the offered choices.");
    }
  }

  static Long referralId(VariableScope scope) {
    return ((Number) scope.getVariable("referralId")).longValue();
  }
}
