package com.sroworkflow.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule row of bpmn/threat-classification.dmn, and the table as a whole over all 3^8 = 6,561
 * combinations of answers: one result with every output filled, the safety rules of issue 15 and
 * monotonicity (a more worrying answer to one question never lowers the classification or the
 * level of concern). The table is evaluated by the DMN engine alone: thousands of evaluations need
 * no process engine and no history.
 */
class ThreatClassificationDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision table;
  private static String matchedRule;
  private static List<Map<String, Object>> all;
  private static Map<Map<String, Object>, Map<String, Object>> results;

  /** The questions, in the table's column order. */
  private static final List<String> QUESTIONS = List.of("answerResolvedOnSpot", "answerViolentThreat",
      "answerMeansAccess", "answerHasPlan", "answerPriorIncidents", "answerWeaponSeen", "answerImminentDanger",
      "answerSelfHarm");
  private static final List<String> CLASSIFICATIONS = List.of("TRANSIENT", "SERIOUS", "VERY_SERIOUS");
  private static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH");

  @BeforeAll
  static void parseTheTableAndEvaluateEveryCombination() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.feelEngineFactory(new RememberedFeel(new ScalaFeelEngineFactory()));
    configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
      @Override
      public void notify(DmnDecisionTableEvaluationEvent event) {
        matchedRule = event.getMatchingRules().isEmpty() ? null : event.getMatchingRules().get(0).getId();
      }
    }));
    dmn = configuration.buildEngine();
    try (InputStream in = new FileInputStream("bpmn/threat-classification.dmn")) {
      table = dmn.parseDecision("threatClassification", in);
    }
    all = new ArrayList<>();
    combine(new LinkedHashMap<>(), 0);
    results = new HashMap<>();
    for (Map<String, Object> answers : all) {
      DmnDecisionResult result = dmn.evaluateDecision(table, answers);
      assertThat(result).as(answers.toString()).hasSize(1);
      results.put(answers, result.getSingleResult().getEntryMap());
    }
  }

  /**
   * The engine's own FEEL (Scala, as in the application), asked once per distinct question. A FEEL expression
   * without function calls answers the same whenever the variables it names (and, for a table cell, the input
   * value) are the same, so such an expression is evaluated once per those values and its answer remembered:
   * {@code "YES","UNSURE"} per input value, {@code answerWeaponSeen} per its value, {@code answerSelfHarm != "NO"}
   * per its value, a text literal once. An expression naming anything that is not a variable of the evaluation
   * (a function, a keyword) is evaluated every time. The 6,561 combinations ask some 400,000 questions of a few
   * dozen kinds, and FEEL builds its built-in functions anew for each: 41 CPU seconds without this, 5 with it.
   */
  private static final class RememberedFeel implements FeelEngineFactory {

    /** Text literals, then names: what is left of an expression once its text literals are gone. */
    private static final Pattern TEXT = Pattern.compile("\"[^\"\\\\]*\"");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final FeelEngineFactory feel;

    RememberedFeel(FeelEngineFactory feel) {
      this.feel = feel;
    }

    /** The expression with the values it depends on, or null when it may depend on more than its variables. */
    private static List<Object> key(String expression, String input, VariableContext variables) {
      if (expression.indexOf('\\') >= 0) {
        return null;
      }
      List<Object> key = new ArrayList<>(List.of(expression));
      if (input != null && !addValue(key, input, variables)) {
        return null;
      }
      Matcher names = NAME.matcher(TEXT.matcher(expression).replaceAll(" "));
      while (names.find()) {
        if (!addValue(key, names.group(), variables)) {
          return null;
        }
      }
      return key;
    }

    private static boolean addValue(List<Object> key, String name, VariableContext variables) {
      if (!variables.containsVariable(name)) {
        return false;
      }
      TypedValue value = variables.resolve(name);
      Object plain = value == null ? null : value.getValue();
      if (plain != null && !(plain instanceof String) && !(plain instanceof Boolean)) {
        return false;
      }
      key.add(name);
      key.add(String.valueOf(plain) + "/" + (plain == null ? "null" : plain.getClass().getSimpleName()));
      return true;
    }

    @Override
    public FeelEngine createInstance() {
      FeelEngine engine = feel.createInstance();
      Map<List<Object>, Boolean> answers = new ConcurrentHashMap<>();
      Map<List<Object>, Object> values = new ConcurrentHashMap<>();
      return new FeelEngine() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
          List<Object> key = key(expression, null, variables);
          if (key == null) {
            return engine.evaluateSimpleExpression(expression, variables);
          }
          Object value = values.computeIfAbsent(key,
              k -> Optional.ofNullable(engine.evaluateSimpleExpression(expression, variables)));
          return (T) ((Optional<Object>) value).orElse(null);
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String input, VariableContext variables) {
          List<Object> key = key(expression, input, variables);
          if (key == null) {
            return engine.evaluateSimpleUnaryTests(expression, input, variables);
          }
          return answers.computeIfAbsent(key, k -> engine.evaluateSimpleUnaryTests(expression, input, variables));
        }
      };
    }
  }

  private static void combine(Map<String, Object> partial, int question) {
    if (question == QUESTIONS.size()) {
      all.add(new HashMap<>(partial));
      return;
    }
    for (String answer : List.of("YES", "NO", "UNSURE")) {
      partial.put(QUESTIONS.get(question), answer);
      combine(partial, question + 1);
    }
  }

  /** Answers in column order; the three not given are NO. */
  private static Map<String, Object> answers(String... given) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < QUESTIONS.size(); i++) {
      v.put(QUESTIONS.get(i), i < given.length ? given[i] : "NO");
    }
    return v;
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(1, answers("YES", "NO", "NO", "NO", "NO", "YES"), "VERY_SERIOUS", "HIGH", "a weapon was seen"),
        Arguments.of(2, answers("YES", "NO", "NO", "NO", "NO", "NO", "YES"), "VERY_SERIOUS", "HIGH", "now or today"),
        Arguments.of(3, answers("YES", "NO", "NO", "NO", "NO", "UNSURE"), "VERY_SERIOUS", "HIGH",
            "could not yet rule out that the student has a weapon"),
        Arguments.of(4, answers("YES", "NO", "NO", "NO", "NO", "NO", "UNSURE"), "VERY_SERIOUS", "HIGH",
            "could not yet rule out that the threat could be carried out"),
        Arguments.of(5, answers("NO", "YES", "YES", "NO", "NO"), "VERY_SERIOUS", "HIGH", "has the means"),
        Arguments.of(6, answers("UNSURE", "UNSURE", "NO", "YES", "NO"), "VERY_SERIOUS", "HIGH", "has a plan"),
        Arguments.of(7, answers("YES", "YES", "NO", "NO", "NO"), "SERIOUS", "MEDIUM", "explained or apologized"),
        Arguments.of(8, answers("YES", "UNSURE", "NO", "NO", "NO"), "SERIOUS", "MEDIUM", "not yet clear"),
        Arguments.of(9, answers("NO", "YES", "UNSURE", "UNSURE", "YES"), "VERY_SERIOUS", "MEDIUM",
            "No means or plan established yet"),
        Arguments.of(10, answers("NO", "NO", "YES", "YES", "NO"), "SERIOUS", "HIGH", "both the means and a plan"),
        Arguments.of(11, answers("YES", "NO", "NO", "NO", "NO"), "TRANSIENT", "LOW", "rhetoric, a joke or anger"),
        Arguments.of(12, answers("YES", "NO", "YES", "NO", "NO"), "SERIOUS", "MEDIUM", "may have, the means"),
        Arguments.of(13, answers("YES", "NO", "NO", "UNSURE", "NO"), "SERIOUS", "MEDIUM", "may have, a plan"),
        Arguments.of(14, answers("NO", "NO", "NO", "NO", "NO"), "SERIOUS", "MEDIUM", "not resolved on the spot"),
        Arguments.of(15, answers("UNSURE", "NO", "NO", "NO", "NO"), "SERIOUS", "MEDIUM",
            "not clear that the threat was resolved"),
        Arguments.of(16, answers("YES", "NO", "NO", "NO", "YES"), "SERIOUS", "MEDIUM", "threats or been violent before"),
        Arguments.of(17, answers("YES", "NO", "NO", "NO", "NO", "NO", "NO", "YES"), "SERIOUS", "MEDIUM",
            "harming themselves"));
  }

  @ParameterizedTest(name = "rule {0}: {2}, {3}")
  @MethodSource("rows")
  void eachRuleGivesItsClassificationLevelAndRationale(int rule, Map<String, Object> answers, String classification,
      String level, String rationale) {
    Map<String, Object> result = dmn.evaluateDecision(table, answers).getSingleResult().getEntryMap();

    assertThat(matchedRule).isEqualTo("Rule_" + rule);
    assertThat(result).containsEntry("classification", classification).containsEntry("levelOfConcern", level);
    assertThat((String) result.get("rationale")).contains(rationale);
  }

  @Test
  void everyCombinationGetsOneResultWithEveryOutputFilled() {
    assertThat(all).hasSize(6561);
    for (Map<String, Object> answers : all) {
      Map<String, Object> result = results.get(answers);
      assertThat(result).as(answers.toString())
          .containsOnlyKeys("classification", "levelOfConcern", "rationale", "selfHarmScreening");
      assertThat(CLASSIFICATIONS).as(answers.toString()).contains((String) result.get("classification"));
      assertThat(LEVELS).as(answers.toString()).contains((String) result.get("levelOfConcern"));
      assertThat((String) result.get("rationale")).as(answers.toString()).isNotBlank();
      assertThat(result.get("selfHarmScreening")).as(answers.toString()).isInstanceOf(Boolean.class);
    }
  }

  @Test
  void aWeaponOrImminentDangerIsVerySeriousWithHighConcern() {
    int cases = 0;
    for (Map<String, Object> answers : all) {
      if ("YES".equals(answers.get("answerWeaponSeen")) || "YES".equals(answers.get("answerImminentDanger"))) {
        assertThat(results.get(answers)).as(answers.toString())
            .containsEntry("classification", "VERY_SERIOUS").containsEntry("levelOfConcern", "HIGH");
        cases++;
      }
    }
    assertThat(cases).isEqualTo(6561 - 4 * 729);
  }

  /** When in doubt, substantive: no doubt and no means, plan, weapon or imminent danger in a transient case. */
  @Test
  void noCaseIsTransientWhileAnyAnswerIsUnsureOrMeansPlanWeaponOrDangerIsPresent() {
    for (Map<String, Object> answers : all) {
      boolean unsure = answers.containsValue("UNSURE");
      boolean present = List.of("answerMeansAccess", "answerHasPlan", "answerWeaponSeen", "answerImminentDanger")
          .stream().anyMatch(q -> "YES".equals(answers.get(q)));
      if (unsure || present) {
        assertThat(results.get(answers).get("classification")).as(answers.toString()).isNotEqualTo("TRANSIENT");
      }
    }
  }

  /** Transient only for rhetoric resolved on the spot with every worrying answer NO, and then low concern. */
  @Test
  void transientIsLowConcernAndOnlyWhenResolvedWithNothingWorrying() {
    for (Map<String, Object> answers : all) {
      Map<String, Object> result = results.get(answers);
      boolean benign = "YES".equals(answers.get("answerResolvedOnSpot")) && QUESTIONS.stream()
          .filter(q -> !q.equals("answerResolvedOnSpot")).allMatch(q -> "NO".equals(answers.get(q)));
      assertThat("TRANSIENT".equals(result.get("classification"))).as(answers.toString()).isEqualTo(benign);
      assertThat("LOW".equals(result.get("levelOfConcern"))).as(answers.toString()).isEqualTo(benign);
    }
  }

  @Test
  void selfHarmScreeningIsAskedForExactlyWhenSelfHarmIsYesOrUnsure() {
    for (Map<String, Object> answers : all) {
      assertThat(results.get(answers).get("selfHarmScreening")).as(answers.toString())
          .isEqualTo(!"NO".equals(answers.get("answerSelfHarm")));
    }
  }

  /**
   * A more worrying answer to any one question never lowers the classification or the level: NO,
   * UNSURE, YES in rising order, except for "resolved on the spot", where NO is the most worrying.
   */
  @Test
  void aMoreWorryingAnswerToOneQuestionNeverLowersClassificationOrLevel() {
    int comparisons = 0;
    for (Map<String, Object> answers : all) {
      for (String question : QUESTIONS) {
        List<String> rising = question.equals("answerResolvedOnSpot") ? List.of("YES", "UNSURE", "NO")
            : List.of("NO", "UNSURE", "YES");
        int now = rising.indexOf((String) answers.get(question));
        for (int worse = now + 1; worse < rising.size(); worse++) {
          Map<String, Object> worrying = new HashMap<>(answers);
          worrying.put(question, rising.get(worse));
          Map<String, Object> before = results.get(answers);
          Map<String, Object> after = results.get(worrying);
          String change = answers + " then " + question + "=" + rising.get(worse);
          assertThat(CLASSIFICATIONS.indexOf((String) after.get("classification"))).as(change)
              .isGreaterThanOrEqualTo(CLASSIFICATIONS.indexOf((String) before.get("classification")));
          assertThat(LEVELS.indexOf((String) after.get("levelOfConcern"))).as(change)
              .isGreaterThanOrEqualTo(LEVELS.indexOf((String) before.get("levelOfConcern")));
          comparisons++;
        }
      }
    }
    // 8 questions x 3^7 other answers x 3 ordered pairs of answers
    assertThat(comparisons).isEqualTo(8 * 2187 * 3);
  }

  /** A threat to kill, rape, shoot or injure with a weapon is very serious unless explained on the spot with nothing else. */
  @Test
  void aViolentThreatIsVerySeriousUnlessExplainedOnTheSpotWithNothingPointingToIntent() {
    for (Map<String, Object> answers : all) {
      if (!"YES".equals(answers.get("answerViolentThreat"))) {
        continue;
      }
      boolean explained = "YES".equals(answers.get("answerResolvedOnSpot"))
          && List.of("answerMeansAccess", "answerHasPlan", "answerPriorIncidents", "answerWeaponSeen",
              "answerImminentDanger").stream().allMatch(q -> "NO".equals(answers.get(q)));
      assertThat(results.get(answers).get("classification")).as(answers.toString())
          .isEqualTo(explained ? "SERIOUS" : "VERY_SERIOUS");
    }
  }
}
