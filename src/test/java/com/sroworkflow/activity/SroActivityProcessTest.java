package com.sroworkflow.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.system.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The activity log (bpmn/sro-activity.bpmn): an SRO logs what they did at a school they serve. */
@IntegrationTest
class SroActivityProcessTest {

  @Autowired ProgramScenario scenario;
  @Autowired ActivityRepository activities;

  @BeforeEach
  void reset() {
    scenario.reset();
  }

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  private Map<String, Object> entry(String school, String date) {
    Map<String, Object> v = new HashMap<>();
    v.put("schoolCode", school);
    v.put("activityKind", "CLASS");
    v.put("activityDate", date);
    v.put("activityHours", 1.5);
    v.put("participants", 27L);
    v.put("activitySummary", "Careers in law enforcement, grade 12");
    return v;
  }

  @Test
  void sallyLogsAClassAtHerSchool() {
    ProcessInstance pi = scenario.start("sally", "sroActivity", entry("LHS", scenario.calendar.today().toString()));
    assertThat(pi).hasPassedInOrder("ActivityReported", "RecordActivity", "ActivityRecorded").isEnded();
    Activity a = activities.findAll().get(0);
    assertThat(a.getOfficerUsername()).isEqualTo("sally");
    assertThat(a.getSchoolCode()).isEqualTo("LHS");
    assertThat(a.getKind()).isEqualTo(Activity.Kind.CLASS);
    assertThat(a.getParticipants()).isEqualTo(27);
    assertThat(a.getHours()).isEqualByComparingTo("1.5");
    assertThat(scenario.runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void anEntryForAnotherSchoolOrDayOffDutyOrTheFutureIsRefused() {
    String today = scenario.calendar.today().toString();
    assertThatThrownBy(() -> scenario.start("sally", "sroActivity", entry("WMS", today)))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("schoolCode"));
    assertThatThrownBy(() -> scenario.start("sally", "sroActivity",
        entry("LHS", scenario.calendar.today().plusDays(3).toString())))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("activityDate"));
    assertThatThrownBy(() -> scenario.start("sally", "sroActivity",
        entry("LHS", scenario.calendar.today().minusMonths(9).toString())))
        .as("before her assignment began")
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getMessage()).contains("not assigned"));
    Map<String, Object> badKind = entry("LHS", today);
    badKind.put("activityKind", "NAP");
    assertThatThrownBy(() -> scenario.start("sally", "sroActivity", badKind))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("activityKind"));
    assertThat(activities.count()).isZero();
  }
}
