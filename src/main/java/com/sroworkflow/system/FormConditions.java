package com.sroworkflow.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.EvaluationResult;

/**
 * Decides whether a form field is shown, as Tasklist does: a field is hidden while its own or an enclosing
 * group's {@code conditional.hide} FEEL expression is true. The server evaluates the same expressions with
 * the same FEEL engine (the one the engine's DMN uses) over the task's variables and the submitted values,
 * so a field required when shown is required on the server too, and a hidden one is not.
 */
final class FormConditions {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

  /** FEEL words that are not variable names in the forms' expressions. */
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "null", "true", "false", "list",
      "contains", "in", "between", "instance", "of", "if", "then", "else", "some", "every", "satisfies",
      "for", "return", "string", "length", "count", "is", "defined");

  private static final Pattern NAME = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|([A-Za-z_][A-Za-z0-9_]*)");

  private FormConditions() {}

  /**
   * True when any of the expressions hides the field. An expression that cannot be evaluated shows it: the
   * required check then applies, which is the safe side (Tasklist, failing to evaluate, also shows it).
   */
  static boolean hidden(List<String> hideWhen, Function<String, Object> values) {
    for (String expression : hideWhen) {
      if (isTrue(expression, values)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTrue(String expression, Function<String, Object> values) {
    String feel = expression.startsWith("=") ? expression.substring(1) : expression;
    Map<String, Object> context = new HashMap<>();
    Matcher m = NAME.matcher(feel);
    while (m.find()) {
      String name = m.group(1);
      if (name != null && !KEYWORDS.contains(name)) {
        context.put(name, FormSubmissionValidator.plain(values.apply(name)));
      }
    }
    EvaluationResult result = FEEL.evaluateExpression(feel, context);
    return result.isSuccess() && Boolean.TRUE.equals(result.result());
  }
}
