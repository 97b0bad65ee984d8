package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.absence.AbsenceTestData;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.narrative.NarrativeTestData;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.truancy.TruancyTestData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SRO's year walked as Tasklist walks it: each demo user logs in to the webapp (session and CSRF token),
 * opens the Tasklist filter they were given, opens the task's Camunda Form and its variables, and submits the
 * form; a truancy case from the attendance officer to the hearing, an absence with its cover, and a monthly
 * narrative from the SRO to the sergeant.
 */
@IntegrationTest
class SroYearInTasklistTest {

  private static final String API = Hostile.WEBAPP;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProgramScenario scenario;
  @Autowired TruancyTestData truancy;
  @Autowired AbsenceTestData absences;
  @Autowired NarrativeTestData narratives;
  @Autowired ManagementService management;

  private Hostile tasklist;

  @BeforeEach
  void setUp() {
    EngineClock.reset();
    scenario.reset();
    truancy.reset();
    absences.reset();
    narratives.reset();
    tasklist = new Hostile(port, jdbc);
  }

  @AfterEach
  void cleanUp() {
    truancy.reset();
    absences.reset();
    narratives.reset();
    scenario.reset();
  }

  private static String variables(Map<String, Object> values) {
    ObjectNode body = Hostile.JSON.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    values.forEach((k, v) -> vars.set(k, Hostile.JSON.createObjectNode().putPOJO("value", v)));
    return body.toString();
  }

  /** The user opens their filter, finds the one task waiting at the step, and opens its form: returns the task id. */
  private String open(String user, String filter, String step, String formId) {
    Hostile.Answer filters = tasklist.get(user, API + "/filter?resourceType=Task");
    assertThat(filters.status()).as(user + " filters").isEqualTo(200);
    String filterId = null;
    for (JsonNode f : filters.json()) {
      if (filter.equals(f.path("name").asText())) {
        filterId = f.path("id").asText();
      }
    }
    assertThat(filterId).as(user + " has the filter " + filter).isNotNull();
    Hostile.Answer list = tasklist.post(user, API + "/filter/" + filterId + "/list?firstResult=0&maxResults=50", "{}");
    assertThat(list.status()).isEqualTo(200);
    String taskId = null;
    for (JsonNode t : list.json()) {
      if (step.equals(t.path("taskDefinitionKey").asText())) {
        taskId = t.path("id").asText();
      }
    }
    assertThat(taskId).as(user + " sees " + step + " in " + filter).isNotNull();
    Hostile.Answer form = tasklist.get(user, API + "/task/" + taskId + "/deployed-form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.json().path("id").asText()).isEqualTo(formId);
    assertThat(tasklist.get(user, API + "/task/" + taskId + "/form-variables").status()).isEqualTo(200);
    return taskId;
  }

  private void submit(String user, String taskId, Map<String, Object> values) {
    Hostile.Answer done = tasklist.post(user, API + "/task/" + taskId + "/submit-form", variables(values));
    assertThat(done.status()).as(user + " submits: " + done.body()).isIn(200, 204);
  }

  @Test
  void aTruancyCaseFromTheAttendanceOfficerToTheHearingInTasklist() {
    Map<String, Object> start = new LinkedHashMap<>(TruancyTestData.lhsCase());
    Hostile.Answer started = tasklist.post("alex", API + "/process-definition/key/truancyCase/submit-form",
        variables(start));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pi = started.json().path("id").asText();

    submit("alex", open("alex", "Truancy cases", "ContactHome", "truancy-case-home-contact"), Map.of(
        "homeContactMethod", "MEETING", "familyReached", true, "homeContactNotes", "Met the father at school.",
        "attendanceAfterContact", "NOT_IMPROVED"));
    assertThat(tasklist.get("alex", API + "/task?processInstanceId=" + pi).json()).as("the SRO's step is not alex's")
        .isEmpty();
    submit("sally", open("sally", "Truancy cases", "HomeVisit", "truancy-case-home-visit"), Map.of(
        "homeVisitDate", scenario.calendar.today().toString(), "visitPoliceNotes", "Visited with the counselor.",
        "boardRecommendation", "BOARD"));
    submit("paula", open("paula", "Truancy cases", "PetitionBoard", "truancy-case-petition"), Map.of(
        "petitionDecision", "PETITION", "hearingDate", scenario.calendar.today().plusDays(10).toString()));
    submit("sally", open("sally", "Truancy cases", "AttendHearing", "truancy-case-hearing"), Map.of(
        "hearingOutcome", "COMMUNITY_SERVICES"));
    assertThat(scenario.runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
  }

  @Test
  void anAbsenceAndItsCoverAndAMonthlyNarrativeInTasklist() {
    String today = scenario.calendar.today().toString();
    Hostile.Answer started = tasklist.post("sally", API + "/process-definition/key/sroAbsence/submit-form",
        variables(Map.of("absenceOfficer", "", "absenceKind", "COURT", "absenceFirstDay", today,
            "absenceLastDay", today)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String cover = open("sam", "My tasks", "NameCover", "sro-absence-cover");
    // as Tasklist reads them for a Camunda Form: serialized, the picker's options filled by the server
    assertThat(tasklist.get("sam", API + "/task/" + cover + "/form-variables?deserializeValues=false").body())
        .contains("Steve Stark (Washington Middle School)");
    submit("sam", cover, Map.of("coverOfficer", "steve"));

    management.executeJob(management.createJobQuery().processDefinitionKey("sroMonthlyNarrative").timers()
        .singleResult().getId());
    submit("sally", open("sally", "Monthly narratives", "WriteNarrative", "sro-monthly-narrative-write"), Map.of(
        "narrative", "Court day on the 3rd; Steve covered. Two classes and a truancy hearing."));
    submit("sam", open("sam", "Monthly narratives", "ReadNarrative", "sro-monthly-narrative-read"), Map.of());
  }
}
