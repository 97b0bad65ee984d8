package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.incident.SroYearScenario;
import com.sroworkflow.school.SchoolCalendar;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SRO's-year processes walked as Tasklist walks them, through the API Tasklist calls with each demo user's
 * login session and CSRF token: the start form, the user's filter and its list, the task's deployed form, and
 * submit-form. An incident from the teacher's report to the SRO; an abuse report from the reporter to the
 * principal and the SRO; an interrogation checklist of the SRO; an SRO's removal from a school, whose open task
 * the covering SRO then finds in her own list and completes.
 */
@IntegrationTest
class SroYearTasklistWalkTest {

  private static final String API = Hostile.WEBAPP;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired SroYearScenario scenario;
  @Autowired SchoolCalendar calendar;
  @Autowired HistoryService history;
  @Autowired com.sroworkflow.assignment.ProgramScenario program;
  @Autowired com.sroworkflow.selection.SelectionScenario selection;
  private Hostile tasklist;

  @BeforeEach
  void setUp() {
    scenario.reset();
    tasklist = new Hostile(port, jdbc);
  }

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  private static String variables(Map<String, Object> values) {
    ObjectNode variables = Hostile.JSON.createObjectNode();
    values.forEach((name, value) -> variables.set(name, Hostile.JSON.createObjectNode()
        .put("value", String.valueOf(value)).put("type", "String")));
    return Hostile.JSON.createObjectNode().set("variables", variables).toString();
  }

  private String start(String user, String key, Map<String, Object> values) {
    Hostile.Answer form = tasklist.get(user, API + "/process-definition/key/" + key + "/deployed-start-form");
    assertThat(form.status()).as(user + " start form of " + key).isEqualTo(200);
    Hostile.Answer started = tasklist.post(user, API + "/process-definition/key/" + key + "/submit-form",
        variables(values));
    assertThat(started.status()).as(user + " starts " + key + ": " + started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  /** The user's task of the case, found in the named filter as Tasklist lists it, its form opened. */
  private String taskInFilter(String user, String filterName, String caseId, String formId) {
    JsonNode filters = tasklist.get(user, API + "/filter?resourceType=Task").json();
    String filterId = null;
    for (JsonNode f : filters) {
      if (f.get("name").asText().equals(filterName)) {
        filterId = f.get("id").asText();
      }
    }
    assertThat(filterId).as(user + " has the filter " + filterName).isNotNull();
    Hostile.Answer list = tasklist.post(user, API + "/filter/" + filterId + "/list?firstResult=0&maxResults=50", "{}");
    assertThat(list.status()).isEqualTo(200);
    String taskId = null;
    for (JsonNode t : list.json()) {
      if (t.get("processInstanceId").asText().equals(caseId)) {
        taskId = t.get("id").asText();
      }
    }
    assertThat(taskId).as(user + " finds the task in " + filterName).isNotNull();
    Hostile.Answer form = tasklist.get(user, API + "/task/" + taskId + "/deployed-form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.json().get("id").asText()).isEqualTo(formId);
    return taskId;
  }

  private void submit(String user, String taskId, Map<String, Object> values) {
    Hostile.Answer done = tasklist.post(user, API + "/task/" + taskId + "/submit-form", variables(values));
    assertThat(done.status()).as(user + " submits: " + done.body()).isIn(200, 204);
  }

  private boolean ended(String caseId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult().getEndTime() != null;
  }

  @Test
  void tinaReportsAnIncidentPaulaRefersItAndSallyTakesNoPoliceAction() {
    String id = start("tina", "schoolIncident", Map.of("schoolCode", "LHS", "incidentDate", calendar.today(),
        "incidentDescription", "Two students fought in the cafeteria."));
    submit("paula", taskInFilter("paula", "Incidents", id, "school-incident-decide"),
        Map.of("principalDecision", "REFER_TO_SRO"));
    submit("sally", taskInFilter("sally", "Incidents", id, "school-incident-law-enforcement"),
        Map.of("lawEnforcementAction", "NO_POLICE_ACTION"));
    assertThat(ended(id)).isTrue();
  }

  @Test
  void monaReportsSuspectedNeglectAndCallsTheHotlinePaulaTakesNoteAndSallyDecides() {
    String id = start("mona", "childAbuseReport", Map.of("schoolCode", "LHS", "studentName", "Jordan Miller",
        "concern", "NEGLECT", "staffSuspected", "NO", "description", "Hungry every day.", "hotlineCalled", "NOT_YET"));
    submit("mona", taskInFilter("mona", "My tasks", id, "child-abuse-report-hotline"),
        Map.of("hotlineReportNumber", "2026-004520", "hotlineCalledAt", scenario.minutesAgo(5)));
    submit("paula", taskInFilter("paula", "Child abuse reports", id, "child-abuse-report-acknowledge-principal"),
        Map.of());
    submit("sally", taskInFilter("sally", "Child abuse reports", id, "child-abuse-report-decide-investigation"),
        Map.of("openInvestigation", "NO", "investigationNote", "Child protective services lead."));
    assertThat(ended(id)).isTrue();
  }

  @Test
  void sallyKeepsTheInterrogationChecklist() {
    String id = start("sally", "studentInterrogation", Map.of("schoolCode", "LHS", "studentName", "Jordan Miller",
        "purpose", "The cafeteria fight."));
    submit("sally", taskInFilter("sally", "My tasks", id, "student-interrogation-checks"),
        Map.of("parentsNotified", "NO", "parentsNotNotifiedReason", "Not reachable.", "rightsAdvised", "MIRANDA",
            "rightsWaived", "NO", "present", "Sally Sato, Paula Park"));
    assertThat(ended(id)).isTrue();
  }

  /**
   * Issue 18, item 8: the Chief removes Steve from Washington Middle School in Tasklist and names Sally to cover it;
   * the interrogation checklist Steve had open there is then in Sally's list, never left with nobody, and she
   * completes it; Steve no longer sees it.
   */
  @Test
  void theChiefRemovesSteveAndSallyFindsAndCompletesHisOpenChecklist() {
    try {
      removeSteveAndCover();
    } finally {
      // Steve back at WMS for the other tests of this application, the replacement vacancy gone
      selection.reset();
      program.reset();
    }
  }

  private void removeSteveAndCover() {
    String checklist = start("steve", "studentInterrogation", Map.of("schoolCode", "WMS", "studentName", "Riley Stone",
        "purpose", "The bus stop fight."));
    taskInFilter("steve", "My work", checklist, "student-interrogation-checks");
    String removal = start("chief", "sroRemoval", Map.of("removalSchool", "WMS", "removalOfficer", "steve",
        "removalReason", "Reassigned to patrol by the department."));
    submit("chief", taskInFilter("chief", "My work", removal, "sro-removal-cover"), Map.of("coverOfficer", "sally"));
    assertThat(ended(removal)).isTrue();

    String task = taskInFilter("sally", "My work", checklist, "student-interrogation-checks");
    // Steve, signing in again after his removal, no longer sees the school's checklist; in the Tasklist he had open
    // before it, once his session reads his schools again (at most 30 s: camunda.bpm.webapp.auth.cache)
    assertThat(tasklist.get("steve", "/engine-rest/task?processInstanceId=" + checklist).json()).as("Steve's list")
        .isEmpty();
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 31_000));
    try {
      assertThat(tasklist.get("steve", API + "/task?processInstanceId=" + checklist).json())
          .as("Steve's open Tasklist, 31 s after his removal").isEmpty();
    } finally {
      ClockUtil.reset();
    }
    submit("sally", task, Map.of("parentsNotified", "NO", "parentsNotNotifiedReason", "Not reachable.",
        "rightsAdvised", "MIRANDA", "rightsWaived", "NO", "present", "Sally Sato, Peter Price"));
    assertThat(ended(checklist)).isTrue();
  }
}
