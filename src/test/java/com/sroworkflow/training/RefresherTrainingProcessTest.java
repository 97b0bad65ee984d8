package com.sroworkflow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.assignment.SroAssignment;
import com.sroworkflow.system.InvalidInputException;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refresher training (bpmn/refresher-training.bpmn): started by a refused assignment, the supervisor
 * schedules the refresher, the officer records it; then the officer can be assigned again.
 */
@IntegrationTest
class RefresherTrainingProcessTest {

  @Autowired ProgramScenario scenario;
  @Autowired Assignments assignments;
  @Autowired TrainingCheck trainingCheck;

  @BeforeEach
  void reset() {
    scenario.reset();
  }

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  @Test
  void theSupervisorSchedulesTheRefresherTheOfficerCompletesItAndCanThenBeAssigned() {
    assertThatThrownBy(() -> scenario.as("chief",
        () -> assignments.assign("omar", "WMS", SroAssignment.Kind.ASSIGNED, "chief", "officer")))
        .isInstanceOf(InvalidInputException.class);
    java.util.List<ProcessInstance> started = scenario.runtime.createProcessInstanceQuery()
        .processDefinitionKey("refresherTraining").list();
    assertThat(started).hasSize(2);
    String today = scenario.calendar.today().toString();
    for (ProcessInstance pi : started) {
      assertThat(pi).isWaitingAt("ScheduleRefresher");
      Task schedule = scenario.task(pi, "ScheduleRefresher");
      assertThat(schedule.getAssignee()).isEqualTo("sam");
      assertThatThrownBy(() -> scenario.complete("sam", schedule, Map.of("refresherDate", "2001-01-01")))
          .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("refresherDate"));
      scenario.complete("sam", schedule, Map.of("refresherDate", today, "refresherNote", "Academy, room 2"));
      assertThat(pi).isWaitingAt("CompleteRefresher");
      Task complete = scenario.task(pi, "CompleteRefresher");
      assertThat(complete.getAssignee()).isEqualTo("omar");
      assertThat(complete.getName()).endsWith("(refresher)");
      assertThat(complete.getDueDate()).isNotNull();
      scenario.complete("omar", complete, Map.of("completedOn", today, "trainingProvider", "State POST academy",
          "trainingHours", 8.0));
      assertThat(pi).hasPassedInOrder("ScheduleRefresher", "CompleteRefresher", "RefresherCompleted").isEnded();
    }
    assertThat(trainingCheck.lapsedOn("omar", scenario.calendar.today())).isEmpty();
    scenario.as("chief", () -> assignments.assign("omar", "WMS", SroAssignment.Kind.ASSIGNED, "chief", "officer"));
    assertThat(assignments.srosOf("WMS")).contains("omar");
  }
}
