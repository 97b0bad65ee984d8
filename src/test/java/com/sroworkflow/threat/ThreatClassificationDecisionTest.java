package com.sroworkflow.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule row of bpmn/threat-classification.dmn, and the table as a whole over every combination
 * of answers. The table is evaluated by the DMN engine alone: hundreds of evaluations need no
 * process engine and no history.
 */
class ThreatClassificationDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision table;
  private static String matchedRule;

  @BeforeAll
  static void parseTheTable() throws IOException {
    DmnEngineConfiguration configuration = DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
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
  }

  private static final String[] ANSWERS = {"YES", "NO", "UNSURE"};

  private static Map<String, Object> answers(String resolved, String violent, String means, String plan, String prior) {
    Map<String, Object> v = new HashMap<>();
    v.put("answerResolvedOnSpot", resolved);
    v.put("answerViolentThreat", violent);
    v.put("answerMeansAccess", means);
    v.put("answerHasPlan", plan);
    v.put("answerPriorIncidents", prior);
    return v;
  }

  private DmnDecisionResult evaluate(Map<String, Object> variables) {
    return dmn.evaluateDecision(table, variables);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(1, answers("YES", "NO", "YES", "NO", "NO"), "TRANSIENT", "LOW", "rhetoric, a joke or anger"),
        Arguments.of(2, answers("YES", "YES", "NO", "NO", "NO"), "TRANSIENT", "LOW", "figure of speech"),
        Arguments.of(3, answers("NO", "YES", "YES", "NO", "NO"), "VERY_SERIOUS", "HIGH", "has the means"),
        Arguments.of(4, answers("UNSURE", "UNSURE", "NO", "YES", "NO"), "VERY_SERIOUS", "HIGH", "has a plan"),
        Arguments.of(5, answers("NO", "YES", "UNSURE", "UNSURE", "YES"), "VERY_SERIOUS", "MEDIUM",
            "No means or plan established yet"),
        Arguments.of(6, answers("YES", "UNSURE", "NO", "NO", "NO"), "VERY_SERIOUS", "MEDIUM", "When in doubt"),
        Arguments.of(7, answers("NO", "NO", "YES", "YES", "NO"), "SERIOUS", "HIGH", "both the means and a plan"),
        Arguments.of(8, answers("YES", "NO", "NO", "NO", "YES"), "SERIOUS", "MEDIUM", "apologised for or explained"),
        Arguments.of(9, answers("UNSURE", "NO", "NO", "NO", "NO"), "SERIOUS", "MEDIUM",
            "not clear that the threat was resolved"),
        Arguments.of(10, answers("NO", "NO", "NO", "NO", "NO"), "SERIOUS", "MEDIUM", "not resolved on the spot"));
  }

  @ParameterizedTest(name = "rule {0}: {2}, {3}")
  @MethodSource("rows")
  void eachRuleGivesItsClassificationLevelAndRationale(int rule, Map<String, Object> answers, String classification,
      String level, String rationale) {
    Map<String, Object> result = evaluate(answers).getSingleResult().getEntryMap();

    assertThat(matchedRule).isEqualTo("Rule_" + rule);
    assertThat(result).containsEntry("classification", classification).containsEntry("levelOfConcern", level);
    assertThat((String) result.get("rationale")).contains(rationale);
  }

  /** Every combination of answers gets a suggestion with its rationale: the table has no gaps. */
  @Test
  void everyCombinationOfAnswersGetsASuggestion() {
    List<String> missing = new ArrayList<>();
    for (Map<String, Object> answers : allCombinations()) {
      DmnDecisionResult result = evaluate(answers);
      if (result.isEmpty() || result.getSingleResult().getEntry("rationale") == null) {
        missing.add(answers.toString());
      }
    }
    assertThat(missing).isEmpty();
  }

  /** When in doubt, substantive: an uncertain answer that could point to intent never gives transient. */
  @Test
  void anUncertainAnswerNeverGivesTransient() {
    for (Map<String, Object> answers : allCombinations()) {
      boolean doubt = answers.entrySet().stream()
          .filter(e -> !e.getKey().equals("answerMeansAccess") || "YES".equals(answers.get("answerViolentThreat")))
          .anyMatch(e -> "UNSURE".equals(e.getValue()));
      if (doubt) {
        assertThat(evaluate(answers).getSingleResult().<String>getEntry("classification")).as(answers.toString())
            .isNotEqualTo("TRANSIENT");
      }
    }
  }

  /** A threat to kill, rape, shoot or injure with a weapon is transient only when every other sign is absent. */
  @Test
  void aViolentThreatIsVerySeriousUnlessResolvedWithNothingPointingToIntent() {
    for (Map<String, Object> answers : allCombinations()) {
      if (!"YES".equals(answers.get("answerViolentThreat"))) {
        continue;
      }
      String classification = evaluate(answers).getSingleResult().getEntry("classification");
      boolean transientAllowed = "YES".equals(answers.get("answerResolvedOnSpot"))
          && "NO".equals(answers.get("answerMeansAccess")) && "NO".equals(answers.get("answerHasPlan"))
          && "NO".equals(answers.get("answerPriorIncidents"));
      assertThat(classification).as(answers.toString()).isEqualTo(transientAllowed ? "TRANSIENT" : "VERY_SERIOUS");
    }
  }

  private static List<Map<String, Object>> allCombinations() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (String a : ANSWERS) {
      for (String b : ANSWERS) {
        for (String c : ANSWERS) {
          for (String d : ANSWERS) {
            for (String e : ANSWERS) {
              all.add(answers(a, b, c, d, e));
            }
          }
        }
      }
    }
    return all;
  }
}
