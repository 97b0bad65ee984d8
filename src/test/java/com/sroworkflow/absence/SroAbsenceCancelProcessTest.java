package com.sroworkflow.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.assignment.SroAssignment;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.StartFormOptions;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Canceling an SRO absence (bpmn/sro-absence-cancel.bpmn): the SRO's sergeant cancels it before it begins
 * (the cover never starts), the start form offers each person only the absences they may cancel, and anyone else,
 * or an absence already over, is refused naming the field with nothing changed. Canceling during the absence, and
 * the tasks coming back, is in {@link SroAbsenceProcessTest}.
 */
@IntegrationTest
class SroAbsenceCancelProcessTest {

  @Autowired ProgramScenario scenario;
  @Autowired AbsenceTestData data;
  @Autowired SroAbsenceRepository absences;
  @Autowired Assignments assignments;
  @Autowired StartFormOptions options;

  @BeforeEach
  void reset() {
    EngineClock.reset();
    scenario.reset();
    data.reset();
  }

  @AfterEach
  void cleanUp() {
    EngineClock.reset();
    data.reset();
    scenario.reset();
  }

  private Map<String, Object> cancel(SroAbsence a) {
    return Map.of("absenceId", String.valueOf(a.getId()), "cancelConfirmed", true);
  }

  private java.util.List<Object> offered(String user) {
    return scenario.as(user, () -> options.options(AbsenceOptions.CANCELABLE)).stream().map(o -> o.get("value"))
        .toList();
  }

  @Test
  void theSergeantCancelsSallysCourtDayBeforeItBeginsAndTheCoverNeverStarts() {
    LocalDate next = scenario.calendar.today().plusDays(7);
    ProcessInstance pi = scenario.start("sally", "sroAbsence", Map.of("absenceOfficer", "", "absenceKind", "COURT",
        "absenceFirstDay", next.toString(), "absenceLastDay", next.toString()));
    scenario.complete("sam", scenario.task(pi, "NameCover"), Map.of("coverOfficer", "steve"));
    assertThat(pi).isWaitingAt("AbsenceStarts");
    SroAbsence a = absences.findByProcessInstanceId(pi.getId()).orElseThrow();
    assertThat(assignments.ofSchool("LHS")).filteredOn(x -> x.getKind() == SroAssignment.Kind.ABSENCE_COVER)
        .singleElement().satisfies(x -> assertThat(x.isActiveOn(next)).isTrue());

    assertThat(offered("sally")).containsExactly(String.valueOf(a.getId()));
    assertThat(offered("sam")).containsExactly(String.valueOf(a.getId()));
    assertThat(offered("steve")).as("another SRO is offered none").isEmpty();
    assertThatThrownBy(() -> scenario.start("steve", "sroAbsenceCancel", cancel(a)))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("absenceId"));
    assertThatThrownBy(() -> scenario.start("sam", "sroAbsenceCancel",
        Map.of("absenceId", "999999", "cancelConfirmed", true)))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("absenceId"));
    assertThat(pi).isWaitingAt("AbsenceStarts");
    assertThat(absences.findById(a.getId()).orElseThrow().getStatus()).isEqualTo(SroAbsence.Status.COVERED);

    ProcessInstance cancelCase = scenario.start("sam", "sroAbsenceCancel", cancel(a));
    assertThat(cancelCase).hasPassed("CancelAbsence").isEnded();
    assertThat(pi).hasPassed("AbsenceCanceled", "CancelAndHandBack").hasNotPassed("HandOverToCover").isEnded();
    SroAbsence canceled = absences.findById(a.getId()).orElseThrow();
    assertThat(canceled.getStatus()).isEqualTo(SroAbsence.Status.CANCELED);
    assertThat(canceled.getCanceledBy()).isEqualTo("sam");
    assertThat(canceled.happened()).as("none of its days passed as an absence").isFalse();
    assertThat(assignments.ofSchool("LHS")).filteredOn(x -> x.getKind() == SroAssignment.Kind.ABSENCE_COVER)
        .singleElement().satisfies(x -> assertThat(x.isActiveOn(next)).as("the cover never starts").isFalse());
    assertThat(assignments.onDuty("LHS")).containsExactly("sally");
    assertThat(offered("sam")).isEmpty();
    // the days are free again: she may enter another absence on them
    ProcessInstance again = scenario.start("sally", "sroAbsence", Map.of("absenceOfficer", "", "absenceKind", "LEAVE",
        "absenceFirstDay", next.toString(), "absenceLastDay", next.toString()));
    assertThat(again).isWaitingAt("NameCover");
  }

  @Test
  void anAbsenceWaitingForItsCoverIsCanceledToo() {
    LocalDate next = scenario.calendar.today().plusDays(3);
    ProcessInstance pi = scenario.start("sally", "sroAbsence", Map.of("absenceOfficer", "", "absenceKind", "TRAINING",
        "absenceFirstDay", next.toString(), "absenceLastDay", next.plusDays(1).toString()));
    assertThat(pi).isWaitingAt("NameCover");
    SroAbsence a = absences.findByProcessInstanceId(pi.getId()).orElseThrow();
    scenario.start("sally", "sroAbsenceCancel", cancel(a));
    assertThat(pi).hasPassed("CancelAndHandBack").isEnded();
    assertThat(scenario.tasks.createTaskQuery().processInstanceId(pi.getId()).count()).as("no cover to name").isZero();
    assertThat(absences.findById(a.getId()).orElseThrow().getStatus()).isEqualTo(SroAbsence.Status.CANCELED);
  }
}
