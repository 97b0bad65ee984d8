package com.sroworkflow.emergency;

import com.sroworkflow.District;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordScope;
import com.sroworkflow.mou.YearScenario;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/emergency-plan-review.bpmn and bpmn/emergency-drill.bpmn: the review recorded, the review
 * overdue and escalated; a drill scheduled, held and recorded; a drill not held and scheduled again; scheduling
 * and recording overdue, escalated to the district designee.
 */
@IntegrationTest
class EmergencyProcessTest {

  @Autowired YearScenario year;
  @Autowired EmergencyFigures figures;
  @Autowired EmergencyAudit audit;

  @BeforeEach
  void open() {
    year.reset();
    year.morning();
  }

  @AfterEach
  void done() {
    year.reset();
    year.done();
  }

  private ProcessInstance review(String school) {
    return year.keepOnly(year.instances("emergencyPlanReview").stream()
        .filter(pi -> pi.getBusinessKey().equals("plan-review-" + school + "-2026")).findFirst().orElseThrow());
  }

  private ProcessInstance drill(String school, Drill.Kind kind) {
    return year.keepOnly(year.instances("emergencyDrill").stream()
        .filter(pi -> pi.getBusinessKey().startsWith("drill-" + school + "-" + kind + "-")).findFirst().orElseThrow());
  }

  private static Set<String> candidates(YearScenario year, Task task) {
    return year.program.tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(l -> l.getUserId() != null ? l.getUserId() : "group:" + l.getGroupId())
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void theSchoolsPlanIsReviewedWithItsSroAndCounted() {
    ProcessInstance pi = review("LHS");
    Task task = year.task(pi, "ReviewPlan");
    assertThat(task.getName())
        .isEqualTo("Review the emergency plan with the SRO: Lincoln High School, 2026-27 school year");
    assertThat(task.getTenantId()).isEqualTo("LHS");
    assertThat(task.getDueDate()).isNotNull();
    assertThat(candidates(year, task)).contains("group:principal", "group:sro", "sally");
    Map<String, Object> values = Map.of("reviewedOn", "2026-11-30", "reviewSro", "steve",
        "planChanges", "Reunification site moved to the stadium.", "reviewFollowUp", "Paula: new maps by Dec 15.");
    assertThatThrownBy(() -> year.program.complete("paula", task, values))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("reviewSro"));
    assertThat(pi).isWaitingAt("ReviewPlan");
    year.program.complete("paula", task, Map.of("reviewedOn", "2026-11-30", "reviewSro", "sally",
        "planChanges", "Reunification site moved to the stadium.", "reviewFollowUp", "Paula: new maps by Dec 15."));
    assertThat(pi).hasPassed("PlanReviewed").isEnded();
    PlanReview r = year.reviews.findBySchoolCodeAndSchoolYear("LHS", 2026).orElseThrow();
    assertThat(r.getStatus()).isEqualTo(PlanReview.Status.REVIEWED);
    assertThat(r.getSroUsername()).isEqualTo("sally");
    assertThat(count(new RecordScope("sally", Set.of(), YearScenario.MONDAY, YearScenario.MONDAY), "planReview"))
        .isEqualTo(1);
    assertThat(count(new RecordScope(null, Set.of("WMS"), YearScenario.MONDAY, YearScenario.MONDAY), "planReview"))
        .isZero();
  }

  @Test
  void anOverdueReviewEscalatesToTheDistrictDesignee() {
    ProcessInstance pi = review("WMS");
    Task task = year.task(pi, "ReviewPlan");
    year.at(LocalDate.ofInstant(task.getDueDate().toInstant(), District.ZONE).plusDays(1),
        9);
    year.runDueJobs();
    assertThat(pi).hasPassed("EscalateReview", "DesigneeToldReview").isWaitingAt("ReviewPlan");
    assertThat(candidates(year, task)).contains("group:districtAdmin");
    assertThat(year.mailsTo("dana")).anySatisfy(m -> {
      assertThat(m.getSubject())
          .startsWith("Overdue at Washington Middle School: Review the emergency plan with the SRO");
      assertThat(m.getLink()).contains(task.getId());
    });
    assertThat(year.reviews.findBySchoolCodeAndSchoolYear("WMS", 2026).orElseThrow().getEscalatedAt()).isNotNull();
    assertThat(audit.entries(pi.getId())).singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("Escalated to the district designee"));
  }

  @Test
  void aDrillIsScheduledHeldAndRecordedWithWhatWasObserved() {
    ProcessInstance pi = drill("LHS", Drill.Kind.FIRE);
    Task schedule = year.task(pi, "ScheduleDrill");
    assertThat(schedule.getName()).isEqualTo("Schedule the drill: Fire drill, Fall term, Lincoln High School");
    assertThat(candidates(year, schedule)).contains("group:principal");
    assertThatThrownBy(() -> year.program.complete("paula", schedule, Map.of("drillDate", "2027-01-12")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("drillDate"));
    assertThatThrownBy(() -> year.program.complete("paula", schedule, Map.of("drillDate", "2026-12-05")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getMessage()).contains("no school day"));
    year.program.complete("paula", schedule, Map.of("drillDate", "2026-12-02"));
    Task record = year.task(pi, "RecordDrill");
    assertThat(candidates(year, record)).contains("sally").doesNotContain("steve");
    year.at(LocalDate.of(2026, 12, 2), 14);
    year.program.complete("sally", record, Map.of("drillOutcome", "HELD", "heldOn", "2026-12-02",
        "observations", "Building clear in 3:40; the gym doors stuck.", "drillFollowUp", "Custodian: fix gym doors."));
    assertThat(pi).hasPassedInOrder("ScheduleDrill", "RecordDrill", "DrillRecorded").isEnded();
    Drill d = year.drills.findById(year.drills.findAll().stream().filter(x -> x.getSchoolCode().equals("LHS")
        && x.getKind() == Drill.Kind.FIRE).findFirst().orElseThrow().getId()).orElseThrow();
    assertThat(d.getStatus()).isEqualTo(Drill.Status.HELD);
    assertThat(d.getObservations()).contains("gym doors");
    assertThat(count(new RecordScope(null, Set.of("LHS"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
        "drill")).isEqualTo(1);
  }

  @Test
  void aDrillNotHeldIsScheduledAgainAndOverdueStepsEscalate() {
    ProcessInstance pi = drill("WMS", Drill.Kind.LOCKDOWN);
    year.program.complete("peter", year.task(pi, "ScheduleDrill"), Map.of("drillDate", "2026-12-01"));
    Task record = year.task(pi, "RecordDrill");
    assertThatThrownBy(() -> year.program.complete("steve", record, Map.of("drillOutcome", "NOT_HELD")))
        .isNotNull();
    year.program.complete("steve", record, Map.of("drillOutcome", "NOT_HELD",
        "notHeldReason", "Snow day: school closed."));
    assertThat(pi).isWaitingAt("ScheduleDrill");
    // the schedule is overdue: the designee is told, the principal still schedules
    year.at(LocalDate.of(2027, 1, 4), 9);
    year.runDueJobs();
    assertThat(pi).hasPassed("EscalateScheduling").isWaitingAt("ScheduleDrill");
    assertThat(year.mailsTo("dana")).isNotEmpty();
    year.at(LocalDate.of(2026, 12, 7), 9);
    year.program.complete("peter", year.task(pi, "ScheduleDrill"), Map.of("drillDate", "2026-12-08"));
    // the record is overdue the school day after the drill
    year.at(LocalDate.of(2026, 12, 10), 9);
    year.runDueJobs();
    assertThat(pi).hasPassed("EscalateRecord").isWaitingAt("RecordDrill");
    Task late = year.task(pi, "RecordDrill");
    assertThat(candidates(year, late)).contains("group:districtAdmin");
    year.program.complete("steve", late, Map.of("drillOutcome", "HELD", "heldOn", "2026-12-08",
        "observations", "Classrooms locked in under two minutes.", "drillFollowUp", "none"));
    assertThat(pi).hasPassed("DrillRecorded").isEnded();
  }

  private long count(RecordScope scope, String kind) {
    List<RecordCount> counts = figures.count(scope);
    return counts.stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow().count();
  }
}
