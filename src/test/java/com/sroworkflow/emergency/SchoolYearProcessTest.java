package com.sroworkflow.emergency;

import com.sroworkflow.District;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.meeting.PrincipalMeeting;
import com.sroworkflow.mou.YearScenario;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/school-year.bpmn: every morning it opens what the school calendar makes due (plan reviews, this term's
 * drills, this week's meetings, MOU renewals), each once however often the morning job runs.
 */
@IntegrationTest
class SchoolYearProcessTest {

  @Autowired YearScenario year;
  @Autowired EmergencyPlanning planning;
  @Autowired org.camunda.bpm.engine.HistoryService history;

  @BeforeEach
  void reset() {
    year.reset();
  }

  @AfterEach
  void done() {
    year.reset();
    year.done();
  }

  private Map<String, Long> open() {
    return Map.of("reviews", (long) year.instances("emergencyPlanReview").size(),
        "drills", (long) year.instances("emergencyDrill").size(),
        "meetings", (long) year.instances("weeklyMeeting").size(),
        "tasks", year.program.tasks.createTaskQuery().processDefinitionKeyIn(YearScenario.PROCESSES.toArray(
            String[]::new)).count());
  }

  @Test
  void aSchoolDayMorningOpensTheYearsReviewThisTermsDrillsAndThisWeeksMeetingOnceHoweverOftenItRuns() {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("schoolYear").completed()
        .count();
    year.morning();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("schoolYear").completed().count())
        .isEqualTo(before + 1);
    assertThat(year.reviews.findBySchoolCodeAndSchoolYear("LHS", 2026)).isPresent();
    assertThat(year.drills.findAll()).filteredOn(d -> d.getSchoolCode().equals("LHS")).hasSize(4)
        .allSatisfy(d -> assertThat(d.getTermName()).isEqualTo("Fall term"));
    assertThat(year.meetings.findBySchoolCodeAndWeekOf("LHS", YearScenario.MONDAY)).isPresent()
        .get().extracting(PrincipalMeeting::getStatus).isEqualTo(PrincipalMeeting.Status.OPEN);
    assertThat(year.instances("mouRenewal")).isEmpty();
    Map<String, Long> first = open();
    assertThat(first.get("tasks")).isEqualTo(first.get("reviews") + first.get("drills") + first.get("meetings"));

    // the job rerun (a node killed after its work, before it was marked done) and the next mornings open nothing
    planning.openDue();
    year.morning();
    year.at(YearScenario.MONDAY.plusDays(1), 7);
    year.morning();
    assertThat(open()).isEqualTo(first);
  }

  /** When the morning check fires next: the due date of its timer (its one job besides the steps it started). */
  private java.time.Instant nextMorning() {
    return year.management.createJobQuery().processDefinitionKey("schoolYear").timers().singleResult().getDuedate()
        .toInstant();
  }

  private static java.time.Instant newYork(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(District.ZONE).toInstant();
  }

  @Test
  void theMorningCheckFiresAtSixInTheDistrictWhateverTheServersZoneAndAcrossDaylightSavingTime() {
    java.util.TimeZone server = java.util.TimeZone.getDefault();
    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
    try {
      // Mon 9 AM in New York: the next morning is Tuesday's, 6 AM there (11:00 UTC in winter), not 6:00 UTC
      year.morning();
      assertThat(nextMorning()).isEqualTo(newYork("2026-12-01T06:00")).isEqualTo(java.time.Instant.parse(
          "2026-12-01T11:00:00Z"));
      // fired a little late at 6:02: the next one is still the next day's 6 AM
      year.at(YearScenario.MONDAY.plusDays(1), 6);
      com.sroworkflow.system.EngineClock.set(newYork("2026-12-01T06:02"));
      year.morning();
      assertThat(nextMorning()).isEqualTo(newYork("2026-12-02T06:00"));
      // the Saturday before daylight saving time starts: Sunday's 6 AM is 10:00 UTC (EDT), not 11:00
      com.sroworkflow.system.EngineClock.set(newYork("2027-03-13T06:00"));
      year.morning();
      assertThat(nextMorning()).isEqualTo(newYork("2027-03-14T06:00")).isEqualTo(java.time.Instant.parse(
          "2027-03-14T10:00:00Z"));
      year.at(java.time.LocalDate.of(2027, 3, 14), 6);
      year.morning();
      assertThat(nextMorning()).isEqualTo(java.time.Instant.parse("2027-03-15T10:00:00Z"));
      // and back in November: 6 AM EST is 11:00 UTC again
      com.sroworkflow.system.EngineClock.set(newYork("2027-11-06T07:00"));
      year.morning();
      assertThat(nextMorning()).isEqualTo(java.time.Instant.parse("2027-11-07T11:00:00Z"));
    } finally {
      java.util.TimeZone.setDefault(server);
    }
  }

  @Test
  void aWeekendMorningOpensNothing() {
    year.at(YearScenario.MONDAY.minusDays(2), 7);
    year.morning();
    assertThat(open().values()).containsOnly(0L);
  }

  @Test
  void aNewWeekOpensItsMeetingAndANewTermItsDrills() {
    year.morning();
    long drills = year.instances("emergencyDrill").size();
    year.at(YearScenario.MONDAY.plusDays(7), 7);
    year.morning();
    assertThat(year.meetings.findBySchoolCodeAndWeekOf("LHS", YearScenario.MONDAY.plusDays(7))).isPresent();
    assertThat(year.instances("emergencyDrill")).hasSize((int) drills);
    year.at(java.time.LocalDate.of(2027, 1, 5), 7);
    year.morning();
    assertThat(year.drills.findAll()).filteredOn(d -> d.getSchoolCode().equals("LHS"))
        .extracting(Drill::getTermName).containsOnly("Fall term", "Spring term").hasSize(8);
    // still the same school year: no second plan review
    assertThat(year.reviews.findAll()).filteredOn(r -> r.getSchoolCode().equals("LHS")).hasSize(1);
  }
}
