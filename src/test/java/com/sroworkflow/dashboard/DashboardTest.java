package com.sroworkflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.selection.SelectionScenario;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard per role (issue 17.6): each person sees the live counts of the schools they act for and
 * nothing of any other school; the district designee sees her schools side by side; people who act for no
 * school see none.
 */
@IntegrationTest
class DashboardTest {

  @Autowired SelectionScenario people;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @BeforeEach
  void oneReferralPerSchoolTheLhsOnePastItsAcknowledgementDeadline() {
    runtime.createProcessInstanceQuery().list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    ProcessInstance lhs = people.as("sally",
        () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    people.as("steve", () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.wmsReferral()));
    String acknowledge = tasks.createTaskQuery().processInstanceId(lhs.getId())
        .taskDefinitionKey("AcknowledgeReferral").singleResult().getId();
    var task = tasks.createTaskQuery().taskId(acknowledge).singleResult();
    task.setDueDate(Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    tasks.saveTask(task);
  }

  private ResponseEntity<String> get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private JsonNode figures(String user) throws Exception {
    ResponseEntity<String> response = get(user, "/api/dashboard");
    assertThat(response.getStatusCode().value()).as(user + ": " + response.getBody()).isEqualTo(200);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
  }

  private static List<String> schools(JsonNode figures) {
    List<String> codes = new ArrayList<>();
    figures.path("schools").forEach(s -> codes.add(s.path("code").asText()));
    return codes;
  }

  @Test
  void aPrincipalSeesHerSchoolsCountsAndNothingOfTheOtherSchool() throws Exception {
    JsonNode paula = figures("paula");
    assertThat(schools(paula)).containsExactly("LHS");
    JsonNode lhs = paula.path("schools").get(0);
    assertThat(lhs.path("name").asText()).isEqualTo("Lincoln High School");
    assertThat(lhs.path("openCasesByKind").path("Referrals").asLong()).isEqualTo(1);
    assertThat(lhs.path("openCasesByKind").has("Police reports")).as("police records only to police roles").isFalse();
    assertThat(lhs.path("referralsAwaitingAcknowledgementPastDue").asLong()).isEqualTo(1);
    assertThat(lhs.path("overdueTasks").asLong()).isEqualTo(1);
    assertThat(lhs.path("openTasksByStage").path("Acknowledge referral").asLong()).isEqualTo(1);
    assertThat(paula.toString()).doesNotContain("WMS").doesNotContain("Washington").doesNotContain("Jordan");

    JsonNode peter = figures("peter");
    assertThat(schools(peter)).containsExactly("WMS");
    assertThat(peter.path("schools").get(0).path("referralsAwaitingAcknowledgementPastDue").asLong()).isZero();
    assertThat(peter.toString()).doesNotContain("LHS").doesNotContain("Lincoln");

    String page = get("paula", "/dashboard").getBody();
    assertThat(page).contains("Lincoln High School").contains("<svg").contains("Open cases by kind, Lincoln High School")
        .doesNotContain("Washington Middle School").doesNotContain("Jordan");
  }

  @Test
  void theDistrictDesigneeSeesEachOfHerSchoolsSideBySide() throws Exception {
    JsonNode dana = figures("dana");
    assertThat(schools(dana)).containsExactly("LHS", "WMS");
    dana.path("schools").forEach(s -> assertThat(s.path("openCasesByKind").path("Referrals").asLong()).isEqualTo(1));
    dana.path("schools").forEach(s -> assertThat(s.path("openCasesByKind").has("Threat assessments"))
        .as("the designee reads the schools' threat cases").isTrue());
    dana.path("schools").forEach(s -> assertThat(s.path("openCasesByKind").has("Police reports"))
        .as("police records only to police roles").isFalse());
    assertThat(dana.path("schools").get(0).path("referralsAwaitingAcknowledgementPastDue").asLong()).isEqualTo(1);
    String page = get("dana", "/dashboard").getBody();
    assertThat(page).contains("Lincoln High School").contains("Washington Middle School");
  }

  @Test
  void theSroSeesHisSchoolWithItsPoliceReportsAndPeopleOfNoSchoolSeeNone() throws Exception {
    JsonNode sally = figures("sally");
    assertThat(schools(sally)).containsExactly("LHS");
    assertThat(sally.path("schools").get(0).path("openCasesByKind").has("Police reports")).isTrue();
    assertThat(sally.path("schools").get(0).path("openCasesByKind").path("Referrals").asLong()).isEqualTo(1);
    for (String nobody : List.of("chief", "hana")) {
      assertThat(schools(figures(nobody))).as(nobody).isEmpty();
      assertThat(get(nobody, "/dashboard").getBody()).as(nobody).contains("You act for no school")
          .doesNotContain("Lincoln High School");
    }
  }
}
