package com.sroworkflow.threat;

import static com.sroworkflow.threat.ThreatTestData.answers;
import static com.sroworkflow.threat.ThreatTestData.lhsReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Bad input is refused with a message that names the field, the task stays open, and nothing is
 * stored: no case, no record, no notification. From Tasklist, REST or Java alike.
 */
@IntegrationTest
class ThreatBadInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ThreatScenario scenario;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ThreatCaseRepository cases;
  @Autowired ThreatClassificationRepository classifications;
  @Autowired SafetyPlanRepository plans;
  @Autowired SafetyPlanActionRepository actions;
  @Autowired NotificationRepository outbox;
  @Autowired SchoolCalendar calendar;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void fixTheClock() {
    ClockUtil.setCurrentTime(ThreatTestData.wednesdayMorning(calendar.zone()));
  }

  @AfterEach
  void resetTheClock() {
    scenario.removeStartedCases();
    ClockUtil.reset();
  }

  /** Rows and cases as they are now, to compare with after a refused request. */
  private record Stored(long cases, long plans, long actions, long notifications, long instances) {}

  private Stored stored() {
    return new Stored(cases.count(), plans.count(), actions.count(), outbox.count(),
        history.createHistoricProcessInstanceQuery().processDefinitionKey("threatAssessment").count());
  }

  private void assertReportRefused(String user, Consumer<Map<String, Object>> change, String field, String message) {
    Map<String, Object> report = lhsReport();
    change.accept(report);
    Stored before = stored();
    assertThatThrownBy(() -> scenario.report(user, report)).satisfies(e -> {
      InvalidInputException invalid = InvalidInputException.findIn(e);
      assertThat(invalid).as(e.toString()).isNotNull();
      assertThat(invalid.getField()).isEqualTo(field);
      assertThat(invalid.getMessage()).contains(message);
    });
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aReportWithoutASchoolIsRefused() {
    assertReportRefused("maria", r -> r.remove("schoolCode"), "schoolCode", "is required");
    assertReportRefused("maria", r -> r.put("schoolCode", "   "), "schoolCode", "is required");
  }

  @Test
  void aReportForAnUnknownSchoolOrOneTheReporterDoesNotActForIsRefused() {
    assertReportRefused("maria", r -> r.put("schoolCode", "XYZ"), "schoolCode",
        "no school with the code \"XYZ\". The schools are: Lincoln High School (LHS), Washington Middle School (WMS).");
    assertReportRefused("maria", r -> r.put("schoolCode", "WMS"), "schoolCode", "You do not act for school 'WMS'");
  }

  @Test
  void anIncidentInTheFutureIsRefused() {
    assertReportRefused("maria", r -> r.put("incidentDate", "2026-11-19"), "incidentDate", "cannot be in the future");
    assertReportRefused("maria", r -> r.put("incidentTime", "11:15"), "incidentTime", "cannot be in the future");
    assertReportRefused("maria", r -> r.put("incidentDate", "18/11/2026"), "incidentDate", "not a valid date");
  }

  @Test
  void aWeaponWithoutDetailsAndAnAnonymousReportThatNamesItsSourceAreRefused() {
    assertReportRefused("maria", r -> r.remove("weaponDetails"), "weaponDetails", "What weapon is required.");
    assertReportRefused("maria", r -> r.put("weapon", "KNIFE"), "weapon", "offered choices");
    assertReportRefused("maria", r -> r.put("reportAnonymously", true), "sourceName", "anonymous report names no one");
    assertReportRefused("maria", r -> r.put("threatBehaviour", "x".repeat(4001)), "threatBehaviour", "at most 4000");
  }

  @Test
  void anAnonymousReportKeepsNoReporterOnTheCase() {
    Map<String, Object> report = lhsReport();
    report.put("reportAnonymously", true);
    report.remove("sourceName");
    report.put("reportSource", "ANONYMOUS_TIP");

    ProcessInstance pi = scenario.report("paula", report);

    ThreatCase c = cases.findByProcessInstanceId(pi.getId()).orElseThrow();
    assertThat(c.isAnonymous()).isTrue();
    assertThat(c.getReportedBy()).isNull();
    assertThat(c.reporterLabel()).isEqualTo("anonymous");
    assertThat((String) runtime.getVariable(pi.getId(), "reportSummary")).contains("reported by anonymous")
        .doesNotContain("Paula");
    // Nor do the engine's own records of the case say who started it.
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getStartUserId()).isNull();
    assertThat(history.createUserOperationLogQuery().processInstanceId(pi.getId()).list())
        .allSatisfy(entry -> assertThat(entry.getUserId()).isNotEqualTo("paula"));
  }

  @Test
  void onlySchoolStaffReport() {
    assertThatThrownBy(() -> scenario.report("olivia", lhsReport())).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> scenario.report("hana", lhsReport())).isInstanceOf(AuthorizationException.class);
    // A teacher reports for their own school only.
    assertReportRefused("walt", r -> { }, "schoolCode", "You do not act for school 'LHS'");
  }

  @Test
  void aReportWithoutWhatOrWhenIsRefusedAndATipIdComesOnlyWithATip() {
    assertReportRefused("tina", r -> r.remove("threatBehaviour"), "threatBehaviour", "is required");
    assertReportRefused("tina", r -> r.remove("incidentDate"), "incidentDate", "is required");
    assertReportRefused("tina", r -> r.put("studentGrade", "13"), "studentGrade", "offered choices");
    assertReportRefused("maria", r -> r.put("tipId", 12L), "tipId", "tip page");
    assertReportRefused("maria", r -> r.put("reportSource", "TIP"), "reportSource", "Only the tip page");
    assertReportRefused("maria", r -> {
      r.put("reportSource", "TIP");
      r.put("tipId", 12L);
    }, "reportSource", "Only the tip page");
    assertReportRefused("maria", r -> r.put("tipId", "12; drop"), "tipId", "number of a tip");
    assertReportRefused("maria", r -> r.put("tipId", "12"), "tipId", "number of a tip");
  }

  @Test
  void anOverrideWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = scenario.report("maria", lhsReport());
    scenario.screenAsThreat(pi);
    scenario.assess(pi, answers("NO", "NO", "NO", "NO", "NO"));
    Task decide = scenario.task(pi, "DecideClassification");
    Stored before = stored();

    assertThatThrownBy(() -> scenario.complete("paula", decide, Map.of("classificationChoice", "OVERRIDE",
        "overrideClassification", "TRANSIENT", "overrideLevel", "LOW", "overrideReason", " ")))
        .satisfies(e -> {
          assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("overrideReason");
          assertThat(e.getMessage()).contains("Why the team decides otherwise is required.");
        });

    assertThat(stored()).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(decide.getId()).count()).isOne();
    ThreatCase c = cases.findByProcessInstanceId(pi.getId()).orElseThrow();
    assertThat(c.getClassification()).isNull();
    assertThat(classifications.findByThreatCaseId(c.getId()).orElseThrow().getDecidedAt()).isNull();
    assertThat(runtime.getVariable(pi.getId(), "classification")).isNull();
  }

  private ProcessInstance atTheSafetyPlan() {
    ProcessInstance pi = scenario.report("maria", lhsReport());
    scenario.screenAsThreat(pi);
    scenario.assess(pi, answers("NO", "YES", "YES", "NO", "NO"));
    scenario.acceptClassification(pi);
    scenario.protect(pi, false);
    scenario.complete("sally", pi, "ConsultLawEnforcement", Map.of("consultationSummary", "Nothing at home."));
    scenario.complete("maria", pi, "PrepareMentalHealthReferral", ThreatScenario.referralRequest());
    return pi;
  }

  @SafeVarargs
  private void assertPlanRefused(ProcessInstance pi, String field, String message, Map<String, Object>... rows) {
    Task write = scenario.task(pi, "WriteSafetyPlan");
    Map<String, Object> plan = new HashMap<>(Map.of("planSummary", "Check-ins and searches."));
    for (Map<String, Object> row : rows) {
      plan.putAll(row);
    }
    Stored before = stored();
    assertThatThrownBy(() -> scenario.complete("maria", write, plan)).satisfies(e -> {
          InvalidInputException invalid = InvalidInputException.findIn(e);
          assertThat(invalid).as(e.toString()).isNotNull();
          assertThat(invalid.getField()).isEqualTo(field);
          assertThat(invalid.getMessage()).contains(message);
        });
    assertThat(stored()).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(write.getId()).count()).isOne();
  }

  @Test
  void aPlanActionWithoutAnOwnerIsRefusedAndNothingOfThePlanIsStored() {
    ProcessInstance pi = atTheSafetyPlan();

    Map<String, Object> noOwner = ThreatTestData.action(2, "Search the locker", null, "2026-11-20");
    assertPlanRefused(pi, "owner2", "an owner",
        ThreatTestData.action(1, "Daily check-in", "maria", "2026-11-20"), noOwner);
    assertPlanRefused(pi, "owner1", "is required", ThreatTestData.action(1, "Daily check-in", null, "2026-11-20"));
    assertPlanRefused(pi, "owner1", "offered choices",
        ThreatTestData.action(1, "Daily check-in", "steve", "2026-11-20"));
    assertPlanRefused(pi, "owner3", "offered choices",
        ThreatTestData.action(1, "Daily check-in", "maria", "2026-11-20"),
        ThreatTestData.action(3, "Search the locker", "peter", "2026-11-20"));
    assertPlanRefused(pi, "due2", "cannot be in the past",
        ThreatTestData.action(1, "Daily check-in", "maria", "2026-11-20"),
        ThreatTestData.action(2, "Search the locker", "sally", "2026-11-17"));
    assertPlanRefused(pi, "action2", "what the action is",
        ThreatTestData.action(1, "Daily check-in", "maria", "2026-11-20"),
        ThreatTestData.action(2, null, "sally", "2026-11-20"));

    assertThat(pi.getId()).isNotNull();
    assertThat(scenario.tasks(pi, "CarryOutPlanAction")).isEmpty();
  }

  private ResponseEntity<Map> restAs(String user, HttpMethod method, String path, Object body) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange("/engine-rest" + path, method, new HttpEntity<>(JSON.writeValueAsString(body), headers),
        Map.class);
  }

  private static Map<String, Object> restVariables(Map<String, Object> variables) {
    Map<String, Object> rest = new LinkedHashMap<>();
    variables.forEach((name, value) -> rest.put(name, Map.of("value", value)));
    return Map.of("variables", rest);
  }

  @Test
  void restCallersGetBadRequestNamingTheFieldAndNothingIsStored() throws Exception {
    for (Map.Entry<String, Object> bad : Map.<String, Object>of("schoolCode", "", "incidentDate", "2026-11-30")
        .entrySet()) {
      Map<String, Object> report = lhsReport();
      report.put(bad.getKey(), bad.getValue());
      Stored before = stored();
      ResponseEntity<Map> response = restAs("maria", HttpMethod.POST,
          "/process-definition/key/threatAssessment/start", restVariables(report));
      assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
      assertThat(response.getBody()).containsEntry("type", "InvalidInput").containsEntry("field", bad.getKey());
      assertThat(stored()).isEqualTo(before);
    }

    ProcessInstance pi = atTheSafetyPlan();
    Task write = scenario.task(pi, "WriteSafetyPlan");
    Map<String, Object> plan = new HashMap<>();
    plan.put("planSummary", Map.of("value", "Check-ins."));
    plan.put("action1", Map.of("value", "Daily check-in"));
    plan.put("owner1", Map.of("value", "maria"));
    plan.put("due1", Map.of("value", "2026-11-20"));
    plan.put("action2", Map.of("value", "Search the locker"));
    plan.put("due2", Map.of("value", "2026-11-20"));
    Stored before = stored();
    ResponseEntity<Map> refused = restAs("maria", HttpMethod.POST, "/task/" + write.getId() + "/complete",
        Map.of("variables", plan));
    assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
    assertThat(refused.getBody()).containsEntry("field", "owner2");
    assertThat(stored()).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(write.getId()).count()).isOne();
  }
}
