package com.sroworkflow.threat;

import static com.sroworkflow.threat.ThreatTestData.answers;
import static com.sroworkflow.threat.ThreatTestData.lhsReport;
import static com.sroworkflow.threat.ThreatTestData.wmsReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.notification.Notification;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.school.SchoolCalendar;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
 * Threat cases are routed per school: the LHS team (paula, sally, maria) works LHS cases and the WMS
 * principal and SRO (peter, steve) see none of it, whether through the Java API, Tasklist's filters
 * or the REST API. Team tasks go to the school's threat team, law-enforcement tasks to its SRO, and
 * the SRO's police report is read by SROs only.
 */
@IntegrationTest
class ThreatRoutingTest {

  @Autowired ThreatScenario scenario;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired FilterService filters;
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

  private List<String> taskKeys(String user, ProcessInstance pi) {
    return scenario.as(user, () -> tasks.createTaskQuery().processInstanceId(pi.getId()).list().stream()
        .map(Task::getTaskDefinitionKey).toList());
  }

  private List<Task> filtered(String user, String filterName) {
    return scenario.as(user, () -> {
      Filter filter = filters.createTaskFilterQuery().filterName(filterName).singleResult();
      return filters.<Task>list(filter.getId());
    });
  }

  private List<String> filterNames(String user) {
    return scenario.as(user, () -> filters.createTaskFilterQuery().list().stream().map(Filter::getName).toList());
  }

  private ResponseEntity<String> restAs(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode json(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    return rest.exchange("/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class).getBody();
  }

  @Test
  void anLhsCaseGoesToTheLhsTeamAndNotToTheWmsPrincipalOrSro() {
    ProcessInstance pi = scenario.report("maria", lhsReport());
    String screen = scenario.task(pi, "ScreenReport").getId();

    for (String member : List.of("paula", "sally", "maria")) {
      assertThat(taskKeys(member, pi)).as(member).containsExactly("ScreenReport");
      assertThat(filtered(member, "Threat cases")).as(member).extracting(Task::getId).contains(screen);
    }
    for (String other : List.of("peter", "steve", "dana")) {
      assertThat(taskKeys(other, pi)).as(other).isEmpty();
    }
    for (String other : List.of("peter", "steve")) {
      assertThat(scenario.as(other, () -> history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
          .count())).as(other).isZero();
    }
    // the district designee of the school reads its threat cases (issue 17), with no task in them
    assertThat(scenario.as("dana", () -> history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .count())).isOne();
    for (String other : List.of("peter", "steve")) {
      assertThat(filtered(other, "Threat cases")).as(other).extracting(Task::getId).doesNotContain(screen);
    }
    assertThat(filterNames("maria")).contains("Threat cases").doesNotContain("Law-enforcement actions");
    assertThat(filterNames("sally")).contains("Threat cases", "Law-enforcement actions");
    assertThat(filterNames("olivia")).doesNotContain("Threat cases", "Law-enforcement actions");

    scenario.screenAsThreat(pi);
    scenario.assess(pi, answers("NO", "YES", "YES", "NO", "NO"));
    scenario.acceptClassification(pi);

    assertThat(filtered("sally", "Law-enforcement actions")).extracting(Task::getTaskDefinitionKey)
        .contains("DecideLawEnforcementAction");
    assertThat(filtered("maria", "Threat cases")).filteredOn(t -> t.getProcessInstanceId().equals(pi.getId()))
        .extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder("NotifyVictimParents", "NotifyStudentParents");
    assertThat(filtered("paula", "Threat cases")).filteredOn(t -> t.getProcessInstanceId().equals(pi.getId()))
        .extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("NotifyVictimParents", "NotifyStudentParents", "AcknowledgeThreat");
    assertThat(taskKeys("steve", pi)).isEmpty();
    assertThat(taskKeys("peter", pi)).isEmpty();
    assertThat(outbox.findByProcessInstanceIdOrderByIdAsc(pi.getId())).extracting(Notification::getRecipientUsername)
        .containsExactlyInAnyOrder("paula", "dana");
  }

  @Test
  void aWmsCaseGoesToTheWmsPrincipalAndSroOnly() {
    ProcessInstance pi = scenario.report("steve", wmsReport());

    assertThat(pi.getTenantId()).isEqualTo("WMS");
    assertThat(taskKeys("peter", pi)).containsExactly("ScreenReport");
    assertThat(taskKeys("steve", pi)).containsExactly("ScreenReport");
    for (String lhs : List.of("paula", "sally", "maria")) {
      assertThat(taskKeys(lhs, pi)).as(lhs).isEmpty();
    }
  }

  @Test
  void overRestTheWmsPrincipalAndSroGetNothingOfAnLhsCase() {
    ProcessInstance pi = scenario.report("maria", lhsReport());
    String taskId = scenario.task(pi, "ScreenReport").getId();

    for (String other : List.of("peter", "steve")) {
      assertThat(restAs(other, HttpMethod.GET, "/task?processInstanceId=" + pi.getId(), null).getBody())
          .as(other).isEqualTo("[]");
      assertThat(restAs(other, HttpMethod.GET, "/task/" + taskId, null).getStatusCode().value()).isEqualTo(404);
      assertThat(restAs(other, HttpMethod.GET, "/process-instance/" + pi.getId() + "/variables", null)
          .getStatusCode().value()).isEqualTo(404);
      assertThat(restAs(other, HttpMethod.GET, "/history/process-instance?processInstanceId=" + pi.getId(), null)
          .getBody()).isEqualTo("[]");
      assertThat(restAs(other, HttpMethod.GET, "/history/variable-instance?processInstanceId=" + pi.getId(), null)
          .getBody()).isEqualTo("[]");
      ResponseEntity<String> completed = restAs(other, HttpMethod.POST, "/task/" + taskId + "/complete",
          "{\"variables\": {\"screeningDecision\": {\"value\": \"NOT_A_THREAT\"}}}");
      assertThat(completed.getStatusCode().value()).as(completed.getBody()).isEqualTo(404);
    }
    for (String other : List.of("peter", "steve")) {
      for (JsonNode filter : json(other, "/filter?resourceType=Task")) {
        JsonNode listed = json(other, "/filter/" + filter.path("id").asText() + "/list");
        List<String> instances = new ArrayList<>();
        listed.forEach(t -> instances.add(t.path("processInstanceId").asText()));
        assertThat(instances).as(other + " " + filter.path("name").asText()).doesNotContain(pi.getId());
      }
    }
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    assertThat(restAs("maria", HttpMethod.GET, "/task/" + taskId, null).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void thePoliceReportIsReadBySrosOnlyAndTheCaseShowsOnlyThatItWasFiled() {
    ProcessInstance pi = scenario.report("maria", lhsReport());
    scenario.screenAsThreat(pi);
    scenario.assess(pi, answers("NO", "YES", "YES", "NO", "NO"));
    scenario.acceptClassification(pi);
    scenario.protect(pi, true);
    HistoricProcessInstance report = history.createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("policeReport").singleResult();

    String reportVariables = "/history/variable-instance?processInstanceId=" + report.getId();
    assertThat(restAs("sally", HttpMethod.GET, reportVariables, null).getBody()).contains("2026-004417");
    for (String notSro : List.of("maria", "paula", "peter")) {
      assertThat(restAs(notSro, HttpMethod.GET, reportVariables, null).getBody()).as(notSro).isEqualTo("[]");
      assertThat(restAs(notSro, HttpMethod.GET, "/history/detail?processInstanceId=" + report.getId(), null)
          .getBody()).as(notSro).isEqualTo("[]");
    }
    String caseVariables = restAs("maria", HttpMethod.GET,
        "/history/variable-instance?processInstanceId=" + pi.getId(), null).getBody();
    assertThat(caseVariables).contains("caseTitle").doesNotContain("2026-004417", "shoot him", "narrative");
    assertThat(restAs("maria", HttpMethod.GET, "/history/detail?processInstanceId=" + pi.getId(), null).getBody())
        .doesNotContain("2026-004417", "narrative");
    assertThat(scenario.as("maria", () -> tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("ConsultLawEnforcement").count())).isZero();
    assertThat(scenario.as("sally", () -> tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("ConsultLawEnforcement").count())).isOne();
    assertThat(scenario.as("maria", () -> tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("PrepareMentalHealthReferral").count())).isOne();
  }
}
