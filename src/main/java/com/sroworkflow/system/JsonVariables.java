package com.sroworkflow.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Values for forms to show: tables and option lists. They are stored as Camunda JSON variables, which
 * Tasklist hands to form-js as plain objects (a Java-serialized object would be unreadable there).
 */
public final class JsonVariables {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private JsonVariables() {}

  public static SpinJsonNode json(Object value) {
    try {
      return Spin.JSON(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write JSON variable", e);
    }
  }

  /** An option of a select, radio or checklist whose values come from a variable ({@code valuesKey}). */
  public static Map<String, Object> option(String label, Object value) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }
}
