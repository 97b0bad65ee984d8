package com.sroworkflow.narrative;

import com.sroworkflow.District;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.figures.RecordScope;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.truancy.TruancyTestData;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly narrative (bpmn/sro-monthly-narrative.bpmn), every path: the first of the month opens one
 * narrative for each SRO who served, prefilled from every capability's figures; a second opening for the same
 * SRO and month ends at once; the SRO writes it and the Detective Sergeant reads it.
 */
@IntegrationTest
class SroMonthlyNarrativeProcessTest {

  @Autowired ProgramScenario scenario;
  @Autowired NarrativeTestData data;
  @Autowired TruancyTestData truancy;
  @Autowired SroNarrativeRepository narratives;
  @Autowired NarrativeFigures figures;
  @Autowired ManagementService management;
  @Autowired com.sroworkflow.threat.ThreatFigures threats;
  @Autowired com.sroworkflow.referral.ReferralFigures referrals;
  @Autowired com.sroworkflow.activity.ActivityFigures activities;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private YearMonth lastMonth;

  @BeforeEach
  void reset() {
    EngineClock.reset();
    scenario.reset();
    data.reset();
    truancy.reset();
    lastMonth = YearMonth.from(scenario.calendar.today()).minusMonths(1);
    // a truancy case opened at Sally's school last month: another capability's record in her counts
    EngineClock.set(lastMonth.atDay(10).atTime(12, 0).atZone(scenario.calendar.zone()).toInstant());
    truancy.opened("LHS", "truancy-from-last-month");
    EngineClock.reset();
  }

  @AfterEach
  void cleanUp() {
    EngineClock.reset();
    data.reset();
    truancy.reset();
    scenario.reset();
  }

  private static java.time.Instant newYork(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(District.ZONE).toInstant();
  }

  private java.time.Instant nextOpening() {
    return management.createJobQuery().processDefinitionKey(NarrativeSteps.PROCESS).timers().singleResult()
        .getDuedate().toInstant();
  }

  /** The narratives opened so far, as officer and month. */
  private java.util.List<String> opened() {
    return narratives.findAll().stream().map(n -> n.getOfficerUsername() + " " + n.getMonth()).sorted().toList();
  }

  private void schoolYear(String first, String last) {
    jdbc.update("insert into school_year (first_day, last_day, created_by, created_at) values (?, ?, 'dana', ?)",
        LocalDate.parse(first), LocalDate.parse(last), java.sql.Timestamp.from(java.time.Instant.now()));
  }

  /**
   * By the stored school calendar (school years 2026-27 and 2027-28, summer between): the narratives open at 6 AM
   * in the district on the month's first school day (Mon, May 3 after a weekend first), with the server's zone
   * UTC; the last school month's (June) on July's first weekday, since July has no school day; the summer months
   * get none; a timer that fires before the day (the calendar changed) opens nothing and waits for the day.
   */
  @Test
  void theNarrativesOpenOnTheMonthsFirstSchoolDayAtSixInTheDistrictAndSummerMonthsGetNone() {
    java.util.TimeZone server = java.util.TimeZone.getDefault();
    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
    try {
      schoolYear("2026-09-08", "2027-06-25");
      schoolYear("2027-09-08", "2028-06-23");
      scenario.calendar.reload();
      data.reset();
      truancy.reset();

      // Sat, May 1: fired early (say a holiday was entered after the timer was set): nothing opens
      EngineClock.set(newYork("2027-05-01T06:00"));
      firstOfTheMonth();
      assertThat(opened()).isEmpty();
      assertThat(nextOpening()).isEqualTo(newYork("2027-05-03T06:00")).isEqualTo(java.time.Instant.parse(
          "2027-05-03T10:00:00Z"));

      EngineClock.set(newYork("2027-05-03T06:00"));
      firstOfTheMonth();
      assertThat(opened()).containsExactly("sally 2027-04", "steve 2027-04");
      assertThat(nextOpening()).isEqualTo(newYork("2027-06-01T06:00"));

      EngineClock.set(newYork("2027-06-01T06:00"));
      firstOfTheMonth();
      assertThat(opened()).contains("sally 2027-05", "steve 2027-05").hasSize(4);
      // July has no school day: June's narratives open on its first weekday, Thu, Jul 1
      assertThat(nextOpening()).isEqualTo(newYork("2027-07-01T06:00"));

      EngineClock.set(newYork("2027-07-01T06:00"));
      firstOfTheMonth();
      assertThat(opened()).contains("sally 2027-06", "steve 2027-06").hasSize(6);
      assertThat(nextOpening()).isEqualTo(newYork("2027-08-02T06:00"));

      // August opens nothing for July, September's first school day nothing for August: no school then
      EngineClock.set(newYork("2027-08-02T06:00"));
      firstOfTheMonth();
      assertThat(nextOpening()).isEqualTo(newYork("2027-09-08T06:00"));
      EngineClock.set(newYork("2027-09-08T06:00"));
      firstOfTheMonth();
      assertThat(opened()).hasSize(6).noneMatch(o -> o.endsWith("2027-07") || o.endsWith("2027-08"));
      assertThat(nextOpening()).isEqualTo(newYork("2027-10-01T06:00"));

      // the first school day's check run again later that day opens none twice
      EngineClock.set(newYork("2027-10-01T09:00"));
      firstOfTheMonth();
      firstOfTheMonth();
      assertThat(opened()).contains("sally 2027-09", "steve 2027-09").hasSize(8);
      assertThat(scenario.runtime.createProcessInstanceQuery().processDefinitionKey(NarrativeSteps.PROCESS).count())
          .isEqualTo(8);
    } finally {
      java.util.TimeZone.setDefault(server);
      jdbc.update("delete from school_year");
      scenario.calendar.reload();
    }
  }

  private void firstOfTheMonth() {
    Job timer = management.createJobQuery().processDefinitionKey(NarrativeSteps.PROCESS).timers().singleResult();
    management.executeJob(timer.getId());
  }

  private Task writeTask(String officer) {
    return scenario.tasks.createTaskQuery().processDefinitionKey(NarrativeSteps.PROCESS)
        .taskDefinitionKey("WriteNarrative").taskAssignee(officer).singleResult();
  }

  @Test
  void theFirstOfTheMonthOpensOneNarrativeForEachSroPrefilledAndTheSergeantReadsSallys() {
    firstOfTheMonth();
    Task sallys = writeTask("sally");
    assertThat(sallys).isNotNull();
    assertThat(writeTask("steve")).isNotNull();
    String prefilled = (String) scenario.forms.getTaskFormVariables(sallys.getId()).getValue("monthFigures", String.class);
    // The other capabilities' counts as their own figure services give them for Sally's school and last month
    // (other test classes in this JVM may have left threat cases, referrals or activities behind).
    java.time.ZoneId zone = scenario.calendar.zone();
    java.time.Instant from = lastMonth.atDay(1).atStartOfDay(zone).toInstant();
    java.time.Instant to = lastMonth.atEndOfMonth().plusDays(1).atStartOfDay(zone).toInstant();
    long classes = activities.loggedBy("sally", lastMonth.atDay(1), lastMonth.atEndOfMonth()).stream()
        .filter(l -> l.kind().label().equals("Classes taught")).count();
    assertThat(prefilled).contains("Threat cases at your schools: " + threats.reportedAt("LHS", from, to).size())
        .contains("Referrals you made: " + referrals.referredBy("sally", from, to).size())
        .contains("Classes taught: " + classes).contains("Truancy cases opened: 1")
        .contains("SRO absences (leave, training, court days): 0");

    firstOfTheMonth();
    assertThat(scenario.runtime.createProcessInstanceQuery().processDefinitionKey(NarrativeSteps.PROCESS).count())
        .as("a second run opens none twice").isEqualTo(2);
    ProcessInstance again = scenario.runtime.startProcessInstanceByMessage(NarrativeSteps.MESSAGE,
        Map.of("officer", "sally", "month", lastMonth.toString()));
    assertThat(again).hasPassed("PrefillNarrative").hasPassed("NotOpenedTwice").isEnded();
    assertThat(narratives.count()).isEqualTo(2);

    assertThatThrownBy(() -> scenario.complete("sally", sallys, Map.of("narrative", "Quiet.")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("narrative"));
    scenario.complete("sally", sallys, Map.of("narrative",
        "A quiet month: two classes on the law, and the truancy home visit went well with the counselor."));
    ProcessInstance pi = scenario.runtime.createProcessInstanceQuery().processInstanceId(sallys.getProcessInstanceId())
        .singleResult();
    assertThat(pi).isWaitingAt("ReadNarrative");
    Task read = scenario.task(pi, "ReadNarrative");
    assertThat(read.getAssignee()).isEqualTo("sam");
    assertThat(scenario.runtime.getVariables(pi.getId())).containsKey("narrativeText").doesNotContainKey("narrative");
    scenario.complete("sam", read, Map.of());
    assertThat(pi).hasPassedInOrder("WriteNarrative", "ReadNarrative", "NarrativeRead").isEnded();
    SroNarrative n = narratives.findByOfficerUsernameAndMonth("sally", lastMonth.toString()).orElseThrow();
    assertThat(n.getNarrative()).startsWith("A quiet month");
    assertThat(n.getReadBy()).isEqualTo("sam");
    assertThat(figures.count(new RecordScope("sally", Set.of("LHS"), lastMonth.atDay(1), lastMonth.atEndOfMonth())))
        .singleElement().satisfies(c -> assertThat(c.count()).isOne());
    assertThat(figures.count(new RecordScope("steve", Set.of(), lastMonth.atDay(1), LocalDate.of(lastMonth.getYear(),
        lastMonth.getMonth(), 2)))).singleElement().satisfies(c -> assertThat(c.count()).isZero());
  }
}
