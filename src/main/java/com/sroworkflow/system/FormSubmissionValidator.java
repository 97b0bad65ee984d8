package com.sroworkflow.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sroworkflow.security.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
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
  /** A zone or offset at the end of a date-time or time: Z, +05:00, -0500. */
  private static final Pattern ZONE = Pattern.compile("(Z|[+-]\\d\\d:?\\d\\d)$");
  /** ISO date-time or time with an offset, the colon optional (+05:00 or +0500, as clients send it), or Z. */
  private static final DateTimeFormatter DATE_TIME_WITH_OFFSET = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX]").toFormatter();
  private static final DateTimeFormatter TIME_WITH_OFFSET = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_TIME).appendPattern("[XXX][XX]").toFormatter();

  private FormSubmissionValidator() {}

  /**
   * @param values looks up the current value of a variable by name (null when absent)
   * @throws InvalidInputException naming the first field that does not satisfy its form
   */
  public static void validate(FormSchema form, Function<String, Object> values) {
    for (FormSchema.Field field : form.fields()) {
      check(field, plain(values.apply(field.key())), values, "", "");
    }
  }

  private static void check(FormSchema.Field f, Object value, Function<String, Object> values, String prefix,
      String labelPrefix) {
    // the field as the form shows it: its label (a row of a list: the list's label, the row, the column's label)
    String name = labelPrefix + f.readableName();
    String key = prefix + f.key();
    // A field the form hides is neither shown nor required; one it shows is checked as the browser checks it.
    boolean requiredNow = f.required() && (!f.conditional() || !FormConditions.hidden(f.hiddenWhen(), values));
    if (isEmpty(value)) {
      if (requiredNow) {
        throw InvalidInputException.of(key, "form.required", name);
      }
      return;
    }
    switch (f.type()) {
      case "textfield", "textarea" -> text(f, value, name, key);
      case "number" -> number(f, value, name, key);
      case "checkbox" -> {
        if (!(value instanceof Boolean b)) {
          throw InvalidInputException.of(key, "form.yes-or-no", name);
        }
        if (requiredNow && !b) {
          throw InvalidInputException.of(key, "form.confirm", name);
        }
      }
      case "select", "radio" -> option(f, value, values, name, key);
      case "checklist", "taglist" -> {
        if (!(value instanceof Collection<?> items)) {
          throw InvalidInputException.of(key, "form.choices", name);
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
      throw InvalidInputException.of(key, "form.text", name);
    }
    PlainText.check(key, name, s);
    if (f.minLength() != null && s.strip().length() < f.minLength()) {
      throw InvalidInputException.of(key, "form.min-length", name, String.valueOf(f.minLength()));
    }
    if (f.maxLength() != null && s.length() > f.maxLength()) {
      throw InvalidInputException.of(key, "form.max-length", name, String.valueOf(f.maxLength()));
    }
    if (f.pattern() != null && !matches(f.pattern(), s)) {
      throw InvalidInputException.of(key, Messages.has("form.pattern." + f.key()) ? "form.pattern." + f.key()
          : "form.pattern", name);
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
      throw InvalidInputException.of(key, "form.number", name);
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw InvalidInputException.of(key, "form.number", name);
    }
    if (f.integer() && d != Math.rint(d)) {
      throw InvalidInputException.of(key, "form.whole-number", name);
    }
    if (f.min() != null && d < f.min()) {
      throw InvalidInputException.of(key, "form.min", name, format(f.min()));
    }
    if (f.max() != null && d > f.max()) {
      throw InvalidInputException.of(key, "form.max", name, format(f.max()));
    }
  }

  private static String format(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static void option(FormSchema.Field f, Object value, Function<String, Object> values,
      String name, String key) {
    if (!(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
      throw InvalidInputException.of(key, "form.choice", name);
    }
    Set<String> allowed = f.allowedValues();
    if (f.valuesKey() != null) {
      allowed = dynamicOptions(plain(values.apply(f.valuesKey())));
    }
    if (!allowed.isEmpty() && !allowed.contains(String.valueOf(value))) {
      throw InvalidInputException.of(key, "form.choice-not", name, abbreviate(String.valueOf(value)));
    }
    if (allowed.isEmpty() && f.valuesKey() != null) {
      throw InvalidInputException.of(key, "form.nothing-to-choose", name);
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
      throw InvalidInputException.of(key, "form.date", name);
    }
    try {
      switch (f.subtype() == null ? "date" : f.subtype()) {
        case "time" -> LocalTime.parse(stripZone(s));
        case "datetime" -> LocalDateTime.parse(stripZone(s));
        default -> LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(key, "form.date-invalid", name, abbreviate(s));
    }
  }

  private static String stripZone(String s) {
    return ZONE.matcher(s).replaceFirst("");
  }

  /**
   * The form's date-time and time fields whose value names a zone or an offset, each as the same moment in the
   * district's zone without one. The forms submit school time without a zone ({@code timeSerializingFormat:
   * no_timezone}), and the steps read it so; a REST client may send an instant instead ("17:00Z"), which is
   * 12:00 in New York, not 17:00: read as school time it would be five hours off, and "in the future" for a call
   * made a minute ago. Call after {@link #validate}, which has checked that each value parses.
   *
   * @param today the day in the district a time of day (no date) falls on, for the offset of that day
   */
  static Map<String, String> inDistrictZone(FormSchema form, Function<String, Object> values, ZoneId zone,
      LocalDate today) {
    Map<String, String> moved = new LinkedHashMap<>();
    for (FormSchema.Field f : form.fields()) {
      if (!"datetime".equals(f.type()) || !(plain(values.apply(f.key())) instanceof String s)
          || !ZONE.matcher(s).find()) {
        continue;
      }
      try {
        if ("time".equals(f.subtype())) {
          moved.put(f.key(), OffsetTime.parse(s, TIME_WITH_OFFSET).atDate(today).atZoneSameInstant(zone).toLocalTime()
              .toString());
        } else if ("datetime".equals(f.subtype())) {
          moved.put(f.key(), OffsetDateTime.parse(s, DATE_TIME_WITH_OFFSET).atZoneSameInstant(zone).toLocalDateTime()
              .toString());
        }
      } catch (DateTimeParseException e) {
        throw InvalidInputException.of(f.key(), "form.date-invalid", f.readableName(), abbreviate(s));
      }
    }
    return moved;
  }

  private static void list(FormSchema.Field f, Object value, String name, String key) {
    if (!(value instanceof List<?> items)) {
      throw InvalidInputException.of(key, "form.list", name);
    }
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> item)) {
        throw InvalidInputException.of(key, "form.list-entry", name, String.valueOf(i + 1));
      }
      for (FormSchema.Field itemField : f.itemFields()) {
        check(itemField, item.get(itemField.key()), k -> item.get(k), key + "[" + (i + 1) + "].",
            Messages.text("form.row", name, String.valueOf(i + 1)) + " ");
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
        throw InvalidInputException.of(null, "form.unreadable");
      }
    }
    return value;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
