package com.sroworkflow.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.figures.RecordScope;
import com.sroworkflow.mou.YearScenario;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/school-event.bpmn: the Detective Sergeant designates an event and assigns SROs from those on duty; each
 * assigned SRO is mailed and records afterwards whether they attended and what happened.
 */
@IntegrationTest
class SchoolEventProcessTest {

  @Autowired YearScenario year;
  @Autowired EventFigures figures;

  @BeforeEach
  void reset() {
    year.reset();
  }

  @AfterEach
  void done() {
    year.reset();
    year.done();
  }

  static Map<String, Object> homecoming(String school) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("eventSchool", school);
    v.put("eventTitle", "Homecoming football game");
    v.put("eventKind", "SPORTS");
    v.put("eventDate", "2026-12-04");
    v.put("eventStarts", "19:00");
    v.put("eventEnds", "22:00");
    return v;
  }

  @Test
  void theSergeantAssignsSrosWhoRecordAttendanceAndWhatHappened() {
    assertThatThrownBy(() -> year.program.start("sally", "schoolEvent", homecoming("LHS"))).isNotNull();
    Map<String, Object> backwards = homecoming("LHS");
    backwards.put("eventEnds", "18:00");
    assertThatThrownBy(() -> year.program.start("sam", "schoolEvent", backwards))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("eventEnds"));
    ProcessInstance pi = year.program.start("sam", "schoolEvent", homecoming("LHS"));
    Task assign = year.task(pi, "AssignSros");
    assertThat(assign.getAssignee()).isEqualTo("sam");
    assertThat(assign.getName()).startsWith("Assign SROs to the event: Homecoming football game, Lincoln High School,"
        + " Fri, Dec 4, 2026, 7:00 PM");
    assertThat(year.program.runtime.getVariable(pi.getId(), "sroOptions").toString()).contains("sally", "steve")
        .doesNotContain("omar");
    assertThatThrownBy(() -> year.program.complete("sam", assign,
        Map.of("assignedSros", Spin.JSON("[\"sally\", \"omar\"]"))))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("assignedSros"));
    year.program.complete("sam", assign, Map.of("assignedSros", Spin.JSON("[\"sally\", \"steve\"]")));

    List<Task> attendance = year.program.tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("RecordAttendance").list();
    assertThat(attendance).extracting(Task::getAssignee).containsExactlyInAnyOrder("sally", "steve");
    assertThat(year.mailsTo("sally")).anySatisfy(m -> assertThat(m.getSubject())
        .isEqualTo("You are assigned to an event at Lincoln High School"));
    Task sally = attendance.stream().filter(t -> t.getAssignee().equals("sally")).findFirst().orElseThrow();
    Task steve = attendance.stream().filter(t -> t.getAssignee().equals("steve")).findFirst().orElseThrow();
    Map<String, Object> attended = Map.of("attendance", "ATTENDED", "hoursWorked", 3.5,
        "whatHappened", "Two fights broken up at the gate; no arrests.");
    assertThatThrownBy(() -> year.program.complete("sally", sally, attended))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getMessage()).contains("once the event has"));

    year.at(LocalDate.of(2026, 12, 7), 9);
    year.program.complete("sally", sally, attended);
    year.program.complete("steve", steve, Map.of("attendance", "DID_NOT_ATTEND",
        "whatHappened", "Called to a crash on Route 9."));
    assertThat(pi).hasPassed("EventRecorded").isEnded();
    RecordScope december = new RecordScope(null, Set.of("LHS"), LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 12, 31));
    assertThat(figures.count(december)).singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(1));
    assertThat(figures.count(new RecordScope("steve", Set.of(), LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 12, 31)))).singleElement().satisfies(c -> assertThat(c.count()).isZero());
  }
}
