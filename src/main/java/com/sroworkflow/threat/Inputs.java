package com.sroworkflow.threat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the values a form, a REST caller or the model submitted, refusing a value of the wrong kind
 * by its field name. The forms' own constraints are checked before this runs; these cover the
 * values a REST caller may send in a shape no form declares.
 */
final class Inputs {

  private static final ObjectMapper JSON = new ObjectMapper();

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

  static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
    return choice(name, text(scope, name), type);
  }

  static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(name, name + " must be one of the offered choices.");
    }
  }

  static LocalDate date(VariableScope scope, String name) {
    return date(name, text(scope, name));
  }

  static LocalDate date(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, name + " must be a date (yyyy-mm-dd).");
    }
  }

  static LocalTime time(VariableScope scope, String name) {
    String s = text(scope, name);
    if (s == null) {
      return null;
    }
    try {
      return LocalTime.parse(withoutZone(s));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, name + " must be a time of day (hh:mm).");
    }
  }

  /** A date and time as Tasklist's date-time field submits it, without a time zone (school time). */
  static LocalDateTime dateTime(VariableScope scope, String name) {
    String s = text(scope, name);
    if (s == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(withoutZone(s));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, name + " must be a date and time (yyyy-mm-ddThh:mm).");
    }
  }

  private static String withoutZone(String s) {
    return s.replaceFirst("(Z|[+-]\\d\\d:?\\d\\d)$", "");
  }

  /** The choices of a checklist: Tasklist submits them as a JSON list. */
  static List<String> choices(VariableScope scope, String name) {
    List<String> values = new ArrayList<>();
    for (Object item : list(scope, name)) {
      if (!(item instanceof String s)) {
        throw new InvalidInputException(name, name + " must be a list of choices.");
      }
      values.add(s);
    }
    return values;
  }

  private static Collection<?> list(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof SpinJsonNode node) {
      try {
        value = JSON.readValue(node.toString(), Object.class);
      } catch (JsonProcessingException e) {
        throw new InvalidInputException(name, name + " could not be read.");
      }
    }
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof Collection<?> c)) {
      throw new InvalidInputException(name, name + " must be a list.");
    }
    return c;
  }

  static Long caseId(VariableScope scope) {
    return ((Number) scope.getVariable("threatCaseId")).longValue();
  }
}
