package com.sroworkflow.system;

import com.sroworkflow.security.Messages;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * Looks through a JSON request body once, as a token stream (no tree, no recursion): nesting deeper than
 * the limit, and text (values and field names) with NUL or control characters other than newline and tab,
 * are refused. A string that itself holds JSON (Camunda's Json variables) is looked through the same way.
 * Malformed JSON passes: the endpoint that reads it answers with its own 400.
 */
final class JsonBodyCheck {

  record Refusal(String field, String message) {}

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build()).build();

  private JsonBodyCheck() {}

  static Refusal check(byte[] body, int maxDepth) {
    try (JsonParser parser = FACTORY.createParser(body)) {
      return check(parser, maxDepth, null);
    } catch (IOException malformed) {
      return null;
    }
  }

  private static Refusal check(JsonParser parser, int maxDepth, String outerField) throws IOException {
    int depth = 0;
    String field = outerField;
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          if (++depth > maxDepth) {
            return new Refusal(field, Messages.text("problem.too-deep", maxDepth));
          }
        }
        case END_OBJECT, END_ARRAY -> depth--;
        case FIELD_NAME -> {
          String name = parser.currentName();
          if (PlainText.controlCharacter(name) >= 0) {
            return new Refusal(abbreviate(name), Messages.text("problem.field-name-control"));
          }
          if (depth <= 2 || field == null || outerField != null) {
            field = outerField != null ? outerField : name;
          }
        }
        case VALUE_STRING -> {
          String text = parser.getText();
          if (PlainText.controlCharacter(text) >= 0) {
            return new Refusal(field, PlainText.controlMessage(field == null ? Messages.text("problem.the-text") : field));
          }
          String trimmed = text.strip();
          if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try (JsonParser inner = FACTORY.createParser(trimmed)) {
              Refusal refusal = check(inner, maxDepth, field);
              if (refusal != null) {
                return refusal;
              }
            } catch (IOException notJson) {
              // plain text that starts with a bracket
            }
          }
        }
        default -> { }
      }
    }
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
