package com.sroworkflow.interrogation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.incident.SroYearScenario;
import com.sroworkflow.system.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The formal interrogation checklist (bpmn/student-interrogation.bpmn), every path: rights waived and the
 * interrogation recorded, or not waived and no interrogation. Police roles only: a principal can neither open
 * one nor read it.
 */
@IntegrationTest
class StudentInterrogationProcessTest {

  @Autowired SroYearScenario scenario;
  @Autowired InterrogationRepository interrogations;
  @Autowired HistoryService history;

  @BeforeEach
  void reset() {
    scenario.reset();
  }

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  private ProcessInstance sallyOpens() {
    return scenario.start("sally", "studentInterrogation", Map.of("schoolCode", "LHS", "studentName", "Jordan Miller",
        "purpose", "The theft from the gym lockers."));
  }

  private String at(int minutesAgo) {
    return scenario.minutesAgo(minutesAgo);
  }

  @Test
  void parentsNotifiedRightsWaivedAndTheInterrogationIsRecorded() {
    long held = scenario.count("sally", "LHS", "interrogation");
    ProcessInstance pi = sallyOpens();
    Task checks = scenario.task(pi, "RecordChecks");
    assertThat(checks.getAssignee()).isEqualTo("sally");
    assertThat(checks.getName()).isEqualTo("Record the checks before the interrogation (SRO): Jordan M., Lincoln High School");
    Map<String, Object> v = new HashMap<>(Map.of("parentsNotified", "YES", "rightsAdvised", "JUVENILE_RIGHTS",
        "rightsWaived", "YES", "present", "Sally Sato (SRO), Ann Miller (mother), Paula Park (principal)"));
    assertThatThrownBy(() -> scenario.complete("sally", checks, v))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("parentsNotifiedWho"));
    v.put("parentsNotifiedWho", "Ann Miller, mother");
    v.put("parentsNotifiedAt", at(60));
    scenario.complete("sally", checks, v);
    Task record = scenario.task(pi, "RecordInterrogation");
    assertThatThrownBy(() -> scenario.complete("sally", record, Map.of("startedAt", at(30), "endedAt", at(40),
        "outcome", "STATEMENT_GIVEN")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("endedAt"));
    scenario.complete("sally", record, Map.of("startedAt", at(50), "endedAt", at(20),
        "outcome", "STATEMENT_GIVEN"));
    assertThat(pi).hasPassedInOrder("RecordChecks", "RecordInterrogation", "InterrogationRecorded").isEnded();
    Interrogation i = interrogations.findByProcessInstanceId(pi.getId()).orElseThrow();
    assertThat(i.getParentsNotified()).isTrue();
    assertThat(i.getRightsAdvised()).isEqualTo(Interrogation.Rights.JUVENILE_RIGHTS);
    assertThat(i.getStartedAt()).isBefore(i.getEndedAt());
    assertThat(i.getOutcome()).isEqualTo(Interrogation.Outcome.STATEMENT_GIVEN);
    assertThat(i.getRemoveAfter()).isNotNull();
    assertThat(scenario.count("sally", "LHS", "interrogation")).isEqualTo(held + 1);
    assertThat(scenario.count("steve", "LHS", "interrogation")).isZero();
  }

  @Test
  void parentsNotNotifiedSayWhyAndRightsNotWaivedMeanNoInterrogation() {
    ProcessInstance pi = sallyOpens();
    Task checks = scenario.task(pi, "RecordChecks");
    Map<String, Object> v = new HashMap<>(Map.of("parentsNotified", "NO", "rightsAdvised", "MIRANDA",
        "rightsWaived", "NO", "present", "Sally Sato (SRO), Paula Park (principal)"));
    assertThatThrownBy(() -> scenario.complete("sally", checks, v))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("parentsNotNotifiedReason"));
    v.put("parentsNotNotifiedReason", "Neither parent answered three calls; the student is 18.");
    scenario.complete("sally", checks, v);
    assertThat(pi).hasPassed("InterrogationNotHeld").hasNotPassed("RecordInterrogation").isEnded();
    Interrogation i = interrogations.findByProcessInstanceId(pi.getId()).orElseThrow();
    assertThat(i.getOutcome()).isEqualTo(Interrogation.Outcome.NOT_HELD);
    assertThat(i.getParentsNotNotifiedReason()).startsWith("Neither parent");
  }

  @Test
  void aPrincipalCanNeitherOpenNorReadAnInterrogation() {
    assertThatThrownBy(() -> scenario.start("paula", "studentInterrogation", Map.of("schoolCode", "LHS",
        "studentName", "Jordan Miller", "purpose", "x"))).isInstanceOf(AuthorizationException.class);
    ProcessInstance pi = sallyOpens();
    assertThat(scenario.as("paula", () -> history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .count())).isZero();
    assertThat(scenario.as("paula", () -> history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .count())).isZero();
    assertThat(scenario.as("steve", () -> history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .count())).as("another school's SRO").isZero();
    assertThat(scenario.as("sally", () -> history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .count())).isEqualTo(1);
  }
}
