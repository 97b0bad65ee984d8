package com.sroworkflow.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Reads the values a form, a REST caller or a calling process submitted, refusing a value of the
 * wrong kind by its field name. The forms' own constraints are checked before this runs (see
 * FormSubmissionValidator); these cover the values a REST caller may send in a shape no form
 * declares. Shared by the capabilities' listeners and delegates.
 */
public final class SubmittedValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmittedValues() {}

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw InvalidInputException.of(name, "values.text", name);
    }
    return s.isBlank() ? null : s.strip();
  }

  /** A yes/no field, false when not given. */
  public static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(answer(scope, name));
  }

  /** A yes/no question that must be answered: null when not given, for the caller to refuse by name. */
  public static Boolean answer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean b)) {
      throw InvalidInputException.of(name, "values.yes-or-no", name);
    }
    return b;
  }

  /**
   * A yes/no question asked as a radio with the values YES and NO, so that a form can require an answer (a
   * checkbox cannot): null when not given, for the caller to refuse by name.
   */
  public static Boolean yesNo(VariableScope scope, String name) {
    String answer = text(scope, name);
    if (answer == null) {
      return null;
    }
    if (!answer.equals("YES") && !answer.equals("NO")) {
      throw InvalidInputException.of(name, "system.yes-or-no", name);
    }
    return answer.equals("YES");
  }

  /** A number field: Tasklist submits a whole number as Long or Integer, a decimal as Double. */
  public static Number number(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n)) {
      throw InvalidInputException.of(name, "values.number", name);
    }
    return n;
  }

  public static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
    return choice(name, text(scope, name), type);
  }

  public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(name, "values.choice", name);
    }
  }

  public static LocalDate date(VariableScope scope, String name) {
    return date(name, text(scope, name));
  }

  public static LocalDate date(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(name, "values.date", name);
    }
  }

  /** A day that must be given: refused by name when blank; a date picker's value may carry a time, which is dropped. */
  public static LocalDate requiredDate(String name, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(name, "system.give-day-yyyy-mm");
    }
    return date(name, value.length() > 10 ? value.substring(0, 10) : value);
  }

  public static LocalTime time(VariableScope scope, String name) {
    String s = text(scope, name);
    if (s == null) {
      return null;
    }
    try {
      return LocalTime.parse(withoutZone(s));
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(name, "values.time", name);
    }
  }

  /** A date and time as Tasklist's date-time field submits it, without a time zone (school time). */
  public static LocalDateTime dateTime(VariableScope scope, String name) {
    String s = text(scope, name);
    if (s == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(withoutZone(s));
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(name, "values.date-time", name);
    }
  }

  private static String withoutZone(String s) {
    return s.replaceFirst("(Z|[+-]\\d\\d:?\\d\\d)$", "");
  }

  /** The choices of a checklist: Tasklist submits them as a JSON list. */
  public static List<String> choices(VariableScope scope, String name) {
    List<String> values = new ArrayList<>();
    for (Object item : list(scope, name)) {
      if (!(item instanceof String s)) {
        throw InvalidInputException.of(name, "values.choices", name);
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
        throw InvalidInputException.of(name, "values.unreadable", name);
      }
    }
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof Collection<?> c)) {
      throw InvalidInputException.of(name, "values.list", name);
    }
    return c;
  }

}
