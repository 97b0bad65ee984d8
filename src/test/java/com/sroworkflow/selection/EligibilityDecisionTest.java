package com.sroworkflow.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule row of bpmn/sro-eligibility.dmn, and the table as a whole. */
@Deployment(resources = "bpmn/sro-eligibility.dmn")
class EligibilityDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engines = ProcessEngineExtension.builder()
      .configurationResource("decision-tests.camunda.cfg.xml").build();

  ProcessEngine engine;

  private static Map<String, Object> eligibleOfficer() {
    Map<String, Object> v = new HashMap<>();
    v.put("stateCertified", true);
    v.put("fullTimeYears", 6.5);
    v.put("probationCompleted", true);
    v.put("sustainedComplaints", 0);
    v.put("juvenileComplaints", 0);
    v.put("fitnessDeclared", true);
    v.put("drugFreeDeclared", true);
    return v;
  }

  private DmnDecisionResult evaluate(Map<String, Object> variables) {
    return engine.getDecisionService().evaluateDecisionByKey("sroEligibility").variables(variables).evaluate();
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(1, Map.of("stateCertified", true), "State certification", true, "Certified as a law-enforcement officer by the state"),
        Arguments.of(2, Map.of("stateCertified", false), "State certification", false, "Not certified as a law-enforcement officer by the state"),
        Arguments.of(3, Map.of("fullTimeYears", 2.0), "Police experience", true, "At least 2 years of full-time police experience"),
        Arguments.of(4, Map.of("fullTimeYears", 1.9), "Police experience", false, "Less than 2 years of full-time police experience"),
        Arguments.of(5, Map.of("probationCompleted", true), "Probation", true, "Probationary period completed"),
        Arguments.of(6, Map.of("probationCompleted", false), "Probation", false, "Probationary period not yet completed"),
        Arguments.of(7, Map.of("sustainedComplaints", 0, "juvenileComplaints", 0), "Conduct history", true, "No sustained complaints on record"),
        Arguments.of(8, Map.of("sustainedComplaints", 2, "juvenileComplaints", 0), "Conduct history", false, "Sustained complaints on record"),
        Arguments.of(9, Map.of("sustainedComplaints", 1, "juvenileComplaints", 1), "Conduct history", false, "A sustained complaint involving juveniles"),
        Arguments.of(10, Map.of("fitnessDeclared", true), "Physical condition", true, "Declares good physical condition"),
        Arguments.of(11, Map.of("fitnessDeclared", false), "Physical condition", false, "Does not declare good physical condition"),
        Arguments.of(12, Map.of("drugFreeDeclared", true), "Drug free", true, "Declares being drug free, tobacco products included"),
        Arguments.of(13, Map.of("drugFreeDeclared", false), "Drug free", false, "Does not declare being drug free, tobacco products included"));
  }

  @ParameterizedTest(name = "rule {0}: {2} met={3}")
  @MethodSource("rows")
  void eachRuleGivesItsCriterionFindingAndReason(int rule, Map<String, Object> change, String criterion, boolean met,
      String reason) {
    Map<String, Object> variables = eligibleOfficer();
    variables.putAll(change);
    List<Map<String, Object>> findings = evaluate(variables).getResultList();
    assertThat(findings).filteredOn(f -> criterion.equals(f.get("criterion")))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.get("met")).isEqualTo(met);
          assertThat(f.get("reason")).isEqualTo(reason);
        });
  }

  @Test
  void anEligibleOfficerMeetsAllSixCriteria() {
    List<Map<String, Object>> findings = evaluate(eligibleOfficer()).getResultList();
    assertThat(findings).hasSize(6).allSatisfy(f -> assertThat(f.get("met")).isEqualTo(true));
  }

  @Test
  void aComplaintInvolvingJuvenilesGivesOneConductFindingNotTwo() {
    Map<String, Object> variables = eligibleOfficer();
    variables.put("sustainedComplaints", 3);
    variables.put("juvenileComplaints", 1);
    assertThat(evaluate(variables).getResultList()).filteredOn(f -> "Conduct history".equals(f.get("criterion")))
        .hasSize(1);
  }
}
