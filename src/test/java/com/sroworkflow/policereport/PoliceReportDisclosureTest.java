package com.sroworkflow.policereport;

import static com.sroworkflow.threat.ThreatTestData.answers;
import static com.sroworkflow.threat.ThreatTestData.lhsReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.threat.ThreatScenario;
import com.sroworkflow.threat.ThreatTestData;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A police report is the SRO's law-enforcement record (FERPA): the school's team sees that one was
 * filed, not what it says, until an SRO discloses it to someone for a reason; each disclosure and its
 * reading is logged in the case's audit trail with reason, recipient and time.
 */
@IntegrationTest
class PoliceReportDisclosureTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NARRATIVE = "told a classmate he would shoot him";

  @Autowired ThreatScenario scenario;
  @Autowired SchoolCalendar calendar;
  @Autowired TestRestTemplate rest;
  @Autowired HistoryService history;
  @Autowired PoliceReportRepository reports;
  @Autowired PoliceReportDisclosureRepository disclosures;

  private ProcessInstance threatCase;
  private String policeReport;

  @BeforeEach
  void aCaseWithAPoliceReport() {
    ClockUtil.setCurrentTime(ThreatTestData.wednesdayMorning(calendar.zone()));
    threatCase = scenario.report("maria", lhsReport());
    scenario.screenAsThreat(threatCase);
    scenario.assess(threatCase, answers("NO", "YES", "YES", "NO", "NO"));
    scenario.acceptClassification(threatCase);
    scenario.protect(threatCase, true);
    policeReport = history.createHistoricProcessInstanceQuery().superProcessInstanceId(threatCase.getId())
        .processDefinitionKey("policeReport").singleResult().getId();
  }

  @AfterEach
  void cleanUp() {
    scenario.removeStartedCases();
    ClockUtil.reset();
  }

  private String disclose(String sro, String recipient, String reason, String reportNumber) {
    return "{\"variables\": {\"schoolCode\": {\"value\": \"LHS\"}, \"reportNumber\": {\"value\": \"" + reportNumber
        + "\"}, \"recipient\": {\"value\": \"" + recipient + "\"}, \"reason\": {\"value\": \"" + reason + "\"}}}";
  }

  private ResponseEntity<String> startDisclosure(String sro, String recipient, String reason, String number) {
    return Http.as(rest, sro).post("/engine-rest/process-definition/key/policeReportDisclosure/start",
        disclose(sro, recipient, reason, number));
  }

  @Test
  void theTeamSeesThatAReportWasFiledButNotWhatItSays() throws Exception {
    for (String member : List.of("maria", "paula")) {
      Http http = Http.as(rest, member);
      assertThat(http.get("/engine-rest/history/variable-instance?processInstanceId=" + policeReport).getBody())
          .as(member).doesNotContain(NARRATIVE).doesNotContain("2026-004417");
      assertThat(http.get("/engine-rest/history/process-instance?processInstanceId=" + policeReport).getBody())
          .isEqualTo("[]");
      assertThat(http.get("/engine-rest/history/process-instance?superProcessInstanceId=" + threatCase.getId())
          .getBody()).doesNotContain(policeReport);
      assertThat(http.get("/engine-rest/process-instance/" + threatCase.getId() + "/variables").getBody())
          .doesNotContain(NARRATIVE);
      String trail = http.get("/api/cases/" + threatCase.getId() + "/audit").getBody();
      assertThat(trail).contains("Filed police report").doesNotContain(NARRATIVE);
    }
    assertThat(Http.as(rest, "sally").get("/engine-rest/history/variable-instance?processInstanceId="
        + policeReport).getBody()).contains(NARRATIVE);
  }

  @Test
  void anSroDisclosesTheReportForAReasonAndTheDisclosureAndItsReadingAreLogged() throws Exception {
    assertThat(startDisclosure("sally", "paula", "The principal decides on the student's return to class.",
        "2026-004417").getStatusCode().value()).isEqualTo(200);

    Http paula = Http.as(rest, "paula");
    JsonNode tasks = JSON.readTree(paula.get("/engine-rest/task?assignee=paula&processDefinitionKey=policeReportDisclosure")
        .getBody());
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    assertThat(paula.get("/engine-rest/task/" + taskId + "/form-variables").getBody()).contains(NARRATIVE)
        .contains("The principal decides");
    assertThat(Http.as(rest, "maria").get("/engine-rest/task/" + taskId + "/form-variables").getStatusCode().value())
        .as("the disclosure is to paula, not to the whole team").isIn(403, 404);
    assertThat(paula.post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"confidentialityConfirmed\": {\"value\": true}}}").getStatusCode().value()).isEqualTo(204);

    PoliceReportDisclosure logged = disclosures.findAll().get(0);
    assertThat(logged.getRecipientUsername()).isEqualTo("paula");
    assertThat(logged.getDisclosedBy()).isEqualTo("sally");
    assertThat(logged.getDisclosedAt()).isNotNull();
    assertThat(logged.getReadAt()).isNotNull();

    String trail = Http.as(rest, "maria").get("/api/cases/" + threatCase.getId() + "/audit").getBody();
    assertThat(trail).contains("\"user\":\"sally\",\"action\":\"Disclosed police report\"")
        .contains("2026-004417 to Paula Park").contains("return to class")
        .contains("\"user\":\"paula\",\"action\":\"Read disclosed police report\"")
        .doesNotContain(NARRATIVE);
  }

  /** The SRO chooses the school, the report and the recipient from lists the server fills: nothing is typed. */
  @Test
  void theStartFormOffersTheSrosSchoolsReportsAndPeople() throws Exception {
    JsonNode form = JSON.readTree(Http.as(rest, "sally")
        .get("/engine-rest/process-definition/key/policeReportDisclosure/deployed-start-form").getBody());
    Map<String, List<String>> offered = new java.util.HashMap<>();
    for (JsonNode field : form.path("components")) {
      List<String> values = new java.util.ArrayList<>();
      field.path("values").forEach(v -> values.add(v.path("value").asText()));
      offered.put(field.path("key").asText(), values);
      assertThat(field.has("valuesKey")).as(field.path("key").asText()).isFalse();
    }
    assertThat(offered.get("schoolCode")).containsExactly("LHS");
    assertThat(offered.get("reportNumber")).containsExactly("2026-004417");
    assertThat(offered.get("recipient")).contains("paula", "maria").doesNotContain("sally", "peter");
    JsonNode toMaria = JSON.readTree(Http.as(rest, "maria")
        .get("/engine-rest/process-definition/key/policeReportDisclosure/deployed-start-form").getBody());
    if (toMaria != null && toMaria.has("components")) {
      for (JsonNode field : toMaria.path("components")) {
        if (List.of("reportNumber", "recipient").contains(field.path("key").asText())) {
          assertThat(field.path("values")).as("only an SRO discloses").isEmpty();
        }
      }
    }
  }

  @Test
  void onlyAnSroOfTheSchoolDisclosesAndOnlyToSomeoneOfTheSchoolForAStatedReason() {
    long before = disclosures.count();
    assertThat(startDisclosure("maria", "paula", "I would like to read the report myself.", "2026-004417")
        .getStatusCode().value()).as("a counselor may not disclose").isIn(403, 404);
    ResponseEntity<String> toPeter = startDisclosure("sally", "peter", "The WMS principal asked about the student.",
        "2026-004417");
    assertThat(toPeter.getStatusCode().value()).isEqualTo(400);
    assertThat(toPeter.getBody()).contains("\"field\":\"recipient\"");
    assertThat(startDisclosure("sally", "paula", "Too short", "2026-004417").getBody())
        .contains("\"field\":\"reason\"");
    assertThat(startDisclosure("sally", "paula", "The principal decides on the return.", "1999-1").getBody())
        .contains("\"field\":\"reportNumber\"");
    ResponseEntity<String> steve = startDisclosure("steve", "paula", "Steve is not an SRO of this school at all.",
        "2026-004417");
    assertThat(steve.getStatusCode().value()).isEqualTo(400);
    assertThat(steve.getBody()).contains("do not act for");
    assertThat(disclosures.count()).isEqualTo(before);
  }
}
