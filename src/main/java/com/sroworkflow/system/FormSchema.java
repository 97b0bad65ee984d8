package com.sroworkflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The input fields of one Camunda Form (form-js JSON) and the constraints its author set on them:
 * the same constraints Tasklist enforces in the browser, so the server can enforce them too.
 */
record FormSchema(String id, List<Field> fields, Set<String> submittedKeys) {

  /** Free text without an explicit maxLength is still bounded: no megabyte-sized reasons. */
  static final int DEFAULT_TEXTFIELD_MAX = 500;
  static final int DEFAULT_TEXTAREA_MAX = 10_000;

  private static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist",
          "datetime");

  public record Field(
      String key,
      String label,
      String type,
      String subtype,
      boolean required,
      List<String> hiddenWhen,
      Double min,
      Double max,
      Integer minLength,
      Integer maxLength,
      String pattern,
      boolean integer,
      Set<String> allowedValues,
      String valuesKey,
      List<Field> itemFields) {

    /** Shown only under conditions (its own or an enclosing group's {@code conditional.hide}). */
    public boolean conditional() {
      return !hiddenWhen.isEmpty();
    }

    public String describe() {
      return label == null || label.isBlank() ? key : label + " (" + key + ")";
    }

    /** The field's name as people read it on the form: its label, or its key when it has none. */
    public String readableName() {
      return label == null || label.isBlank() ? key : label.strip().replaceAll("\\s*\\((?:required|optional)\\)$", "");
    }
  }

  public Field field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
  }

  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    fields.forEach(f -> keys.add(f.key()));
    return keys;
  }

  public static FormSchema parse(JsonNode form) {
    String id = form.path("id").asText(null);
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("form has no id");
    }
    List<Field> fields = new ArrayList<>();
    collect(form.path("components"), fields, List.of());
    Set<String> keys = new LinkedHashSet<>();
    collectKeys(form.path("components"), keys);
    return new FormSchema(id, List.copyOf(fields), Set.copyOf(keys));
  }

  private static void collect(JsonNode components, List<Field> into, List<String> underConditions) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      List<String> conditional = new ArrayList<>(underConditions);
      if (c.path("conditional").path("hide").isTextual()) {
        conditional.add(c.path("conditional").path("hide").asText());
      }
      conditional = List.copyOf(conditional);
      if (c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false)) {
        continue;
      }
      if ("dynamiclist".equals(type) && c.hasNonNull("path")) {
        List<Field> items = new ArrayList<>();
        collect(c.path("components"), items, List.of());
        into.add(new Field(c.get("path").asText(), c.path("label").asText(null), type, null, false,
            conditional, null, null, null, null, null, false, Set.of(), null, List.copyOf(items)));
        continue;
      }
      if (c.has("components")) {
        collect(c.path("components"), into, conditional);
        continue;
      }
      if (!INPUT_TYPES.contains(type) || !c.hasNonNull("key")) {
        continue;
      }
      JsonNode v = c.path("validate");
      Integer maxLength = integer(v, "maxLength");
      if (maxLength == null && "textfield".equals(type)) {
        maxLength = DEFAULT_TEXTFIELD_MAX;
      } else if (maxLength == null && "textarea".equals(type)) {
        maxLength = DEFAULT_TEXTAREA_MAX;
      }
      Set<String> allowed = new LinkedHashSet<>();
      for (JsonNode option : c.path("values")) {
        allowed.add(option.path("value").asText());
      }
      String label = c.hasNonNull("label") ? c.get("label").asText() : c.path("dateLabel").asText(null);
      into.add(new Field(
          c.get("key").asText(),
          label,
          type,
          c.path("subtype").asText(null),
          v.path("required").asBoolean(false),
          conditional,
          number(v, "min"),
          number(v, "max"),
          integer(v, "minLength"),
          maxLength,
          v.hasNonNull("pattern") ? v.get("pattern").asText() : null,
          c.path("decimalDigits").asInt(-1) == 0,
          Set.copyOf(allowed),
          c.hasNonNull("valuesKey") ? c.get("valuesKey").asText() : null,
          List.of()));
    }
  }

  /** Every key a form can submit, read-only and conditional fields included. */
  private static void collectKeys(JsonNode components, Set<String> into) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key")) {
        into.add(c.get("key").asText());
      }
      if ("dynamiclist".equals(c.path("type").asText()) && c.hasNonNull("path")) {
        into.add(c.get("path").asText());
        continue;
      }
      collectKeys(c.path("components"), into);
    }
  }

  private static Integer integer(JsonNode node, String name) {
    Double n = number(node, name);
    return n == null ? null : n.intValue();
  }

  private static Double number(JsonNode node, String name) {
    JsonNode n = node.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return n.asDouble();
    }
    try {
      return Double.valueOf(n.asText());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
