package com.sroworkflow.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks submitted values against the constraints of a form: required, type, range, length, pattern
 * and allowed options. The browser checks the same, but the server is the authority: REST callers
 * and tampered requests get the same answer as the form would give.
 */
final class FormSubmissionValidator {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormSubmissionValidator() {}

  /**
   * @param values looks up the current value of a variable by name (null when absent)
   * @throws InvalidInputException naming the first field that does not satisfy its form
   */
  public static void validate(FormSchema form, Function<String, Object> values) {
    for (FormSchema.Field field : form.fields()) {
      check(field, plain(values.apply(field.key())), values, "");
    }
  }

  private static void check(FormSchema.Field f, Object value, Function<String, Object> values, String prefix) {
    String name = prefix + f.describe();
    String key = prefix + f.key();
    // A field the form hides is neither shown nor required; one it shows is checked as the browser checks it.
    boolean requiredNow = f.required() && (!f.conditional() || !FormConditions.hidden(f.hiddenWhen(), values));
    if (isEmpty(value)) {
      if (requiredNow) {
        throw new InvalidInputException(key, name + " is required.");
      }
      return;
    }
    switch (f.type()) {
      case "textfield", "textarea" -> text(f, value, name, key);
      case "number" -> number(f, value, name, key);
      case "checkbox" -> {
        if (!(value instanceof Boolean b)) {
          throw new InvalidInputException(key, name + " must be true or false.");
        }
        if (requiredNow && !b) {
          throw new InvalidInputException(key, name + " must be confirmed.");
        }
      }
      case "select", "radio" -> option(f, value, values, name, key);
      case "checklist", "taglist" -> {
        if (!(value instanceof Collection<?> items)) {
          throw new InvalidInputException(key, name + " must be a list of choices.");
        }
        for (Object item : items) {
          option(f, item, values, name, key);
        }
      }
      case "datetime" -> dateTime(f, value, name, key);
      case "dynamiclist" -> list(f, value, name, key);
      default -> { }
    }
  }

  private static void text(FormSchema.Field f, Object value, String name, String key) {
    if (!(value instanceof String s)) {
      throw new InvalidInputException(key, name + " must be text.");
    }
    PlainText.check(key, name, s);
    if (f.minLength() != null && s.strip().length() < f.minLength()) {
      throw new InvalidInputException(key, name + " must have at least " + f.minLength() + " characters.");
    }
    if (f.maxLength() != null && s.length() > f.maxLength()) {
      throw new InvalidInputException(key, name + " must have at most " + f.maxLength() + " characters.");
    }
    if (f.pattern() != null && !matches(f.pattern(), s)) {
      throw new InvalidInputException(key, name + " does not have the expected format.");
    }
  }

  private static boolean matches(String pattern, String s) {
    try {
      return Pattern.compile(pattern).matcher(s).matches();
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("form pattern does not compile: " + pattern, e);
    }
  }

  private static void number(FormSchema.Field f, Object value, String name, String key) {
    if (!(value instanceof Number n)) {
      throw new InvalidInputException(key, name + " must be a number.");
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new InvalidInputException(key, name + " must be a number.");
    }
    if (f.integer() && d != Math.rint(d)) {
      throw new InvalidInputException(key, name + " must be a whole number.");
    }
    if (f.min() != null && d < f.min()) {
      throw new InvalidInputException(key, name + " must be at least " + format(f.min()) + ".");
    }
    if (f.max() != null && d > f.max()) {
      throw new InvalidInputException(key, name + " must be at most " + format(f.max()) + ".");
    }
  }

  private static String format(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static void option(FormSchema.Field f, Object value, Function<String, Object> values,
      String name, String key) {
    if (!(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
      throw new InvalidInputException(key, name + " must be one of the offered choices.");
    }
    Set<String> allowed = f.allowedValues();
    if (f.valuesKey() != null) {
      allowed = dynamicOptions(plain(values.apply(f.valuesKey())));
    }
    if (!allowed.isEmpty() && !allowed.contains(String.valueOf(value))) {
      throw new InvalidInputException(key, name + " must be one of the offered choices, not '"
          + abbreviate(String.valueOf(value)) + "'.");
    }
    if (allowed.isEmpty() && f.valuesKey() != null) {
      throw new InvalidInputException(key, name + ": there is nothing to choose from.");
    }
  }

  private static Set<String> dynamicOptions(Object options) {
    Set<String> allowed = new LinkedHashSet<>();
    if (options instanceof Collection<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m && m.containsKey("value")) {
          allowed.add(String.valueOf(m.get("value")));
        } else if (o != null) {
          allowed.add(String.valueOf(o));
        }
      }
    }
    return allowed;
  }

  private static void dateTime(FormSchema.Field f, Object value, String name, String key) {
    if (!(value instanceof String s)) {
      throw new InvalidInputException(key, name + " must be a date.");
    }
    try {
      switch (f.subtype() == null ? "date" : f.subtype()) {
        case "time" -> LocalTime.parse(stripZone(s));
        case "datetime" -> LocalDateTime.parse(stripZone(s));
        default -> LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(key, name + " is not a valid date: '" + abbreviate(s) + "'.");
    }
  }

  private static String stripZone(String s) {
    return s.replaceFirst("(Z|[+-]\\d\\d:?\\d\\d)$", "");
  }

  private static void list(FormSchema.Field f, Object value, String name, String key) {
    if (!(value instanceof List<?> items)) {
      throw new InvalidInputException(key, name + " must be a list.");
    }
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> item)) {
        throw new InvalidInputException(key, name + " entry " + (i + 1) + " is not a record.");
      }
      for (FormSchema.Field itemField : f.itemFields()) {
        check(itemField, item.get(itemField.key()), k -> item.get(k), key + "[" + (i + 1) + "].");
      }
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty());
  }

  /** JSON variables arrive as Spin nodes; compare them as plain lists and maps. */
  static Object plain(Object value) {
    if (value instanceof SpinJsonNode node) {
      try {
        return JSON.readValue(node.toString(), Object.class);
      } catch (JsonProcessingException e) {
        throw new InvalidInputException(null, "A JSON value could not be read.");
      }
    }
    return value;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
