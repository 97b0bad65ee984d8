package com.sroworkflow.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule row of bpmn/sro-board-result.dmn, the documented rule for the interview board's result. */
@Deployment(resources = "bpmn/sro-board-result.dmn")
class BoardResultDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engines = ProcessEngineExtension.builder()
      .configurationResource("decision-tests.camunda.cfg.xml").build();

  ProcessEngine engine;

  @ParameterizedTest(name = "rule {0}: majority={1} average={2} lowest={3} -> {4}")
  @CsvSource({
      "1, true, 36.0, 1.67, false, At least one criterion averaged below 2 of 5",
      "2, false, 30.0, 3.0, false, The majority of the board did not recommend the applicant",
      "3, true, 23.99, 2.5, false, The average total score is below 24 of 40",
      "4, true, 24.0, 2.0, true, The majority of the board recommends the applicant and the scores meet the threshold"
  })
  void eachRuleDecidesTheResultWithItsReason(int rule, boolean majority, double average, double lowest,
      boolean favourable, String reason) {
    DmnDecisionResultEntries result = engine.getDecisionService().evaluateDecisionByKey("sroBoardResult")
        .variables(Map.of("majorityFavourable", majority, "averageTotal", average, "lowestCriterionAverage", lowest))
        .evaluate()
        .getSingleResult();
    assertThat(result.<Boolean>getEntry("favorable")).isEqualTo(favourable);
    assertThat(result.<String>getEntry("reason")).isEqualTo(reason);
  }
}
