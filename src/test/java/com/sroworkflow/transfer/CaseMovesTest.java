package com.sroworkflow.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.WebappSession;
import com.sroworkflow.notification.Notification;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.threat.ThreatScenario;
import com.sroworkflow.threat.ThreatTestData;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Transfers and new assessment rounds through {@code /api/cases/{id}/...} and the case pages with the Tasklist
 * session: the ledger, the receiving principal's task and both principals' notices, need to know afterwards.
 */
@IntegrationTest
class CaseMovesTest {

  @Autowired TestRestTemplate rest;
  @Autowired ThreatScenario scenario;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired NotificationRepository outbox;
  @LocalServerPort int port;

  final ObjectMapper json = new ObjectMapper();
  final List<String> received = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    received.stream().filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> runtime.deleteProcessInstance(id, "test cleanup", true, true));
    scenario.removeStartedCases();
  }

  private ProcessInstance assessedCase() {
    ProcessInstance pi = scenario.report("maria", ThreatTestData.lhsReport());
    scenario.screenAsThreat(pi);
    return pi;
  }

  @Test
  void aCaseFollowsTheStudentFromLincolnToWashingtonThroughTheApi() throws Exception {
    ProcessInstance pi = assessedCase();
    String body = "{\"toSchool\":\"WMS\",\"reason\":\"The family moved to the Washington district.\"}";
    assertThat(Http.as(rest, "dana").post("/api/cases/" + pi.getId() + "/transfer", body).getStatusCode().value())
        .as("the district designee is not the school's principal or team").isIn(403, 404);
    assertThat(Http.as(rest, "peter").post("/api/cases/" + pi.getId() + "/transfer", body).getStatusCode().value())
        .isEqualTo(404);

    ResponseEntity<String> moved = Http.as(rest, "paula").post("/api/cases/" + pi.getId() + "/transfer", body);
    assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(201);
    JsonNode t = json.readTree(moved.getBody());
    String newCase = t.get("newCaseId").asText();
    received.add(newCase);
    assertThat(t.get("toSchool").asText()).isEqualTo("Washington Middle School");

    assertThat(Http.as(rest, "paula").get("/api/cases/" + newCase + "/audit").getStatusCode().value()).isEqualTo(404);
    assertThat(Http.as(rest, "paula").get("/api/cases/" + pi.getId() + "/audit").getBody())
        .contains("Transferred case").contains("The family moved");
    assertThat(Http.as(rest, "peter").get("/api/cases/" + newCase + "/audit").getStatusCode().value()).isEqualTo(200);
    assertThat(scenario.as("peter", () -> tasks.createTaskQuery().processInstanceId(newCase).list()))
        .singleElement().satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("ReviewTransferredCase"));

    List<Notification> mails = new ArrayList<>(outbox.findByProcessInstanceIdOrderByIdAsc(newCase));
    mails.addAll(outbox.findByProcessInstanceIdOrderByIdAsc(pi.getId()));
    assertThat(mails).extracting(Notification::getRecipientUsername).contains("peter", "paula");
    assertThat(mails).allSatisfy(m -> assertThat(m.getBody() + m.getSubject()).doesNotContain("Casey")
        .doesNotContain("LHS-5520193").doesNotContain("family moved"));

    assertThat(Http.as(rest, "paula").post("/api/cases/" + pi.getId() + "/transfer", body).getStatusCode().value())
        .as("an ended case is not transferred again").isEqualTo(409);
  }

  private String newCaseOf(ResponseEntity<String> moved) throws Exception {
    assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(201);
    String newCase = json.readTree(moved.getBody()).get("newCaseId").asText();
    received.add(newCase);
    return newCase;
  }

  @Test
  void aReferralFollowsTheStudentItsOpenStepsStartAgainAtTheReceivingSchool() throws Exception {
    ProcessInstance referral = scenario.as("sally", () -> runtime.startProcessInstanceByKey("studentReferral",
        ReferralTestData.lhsReferral()));
    received.add(referral.getId());
    String body = "{\"toSchool\":\"WMS\",\"reason\":\"The family moved to the Washington district.\"}";
    String api = "/api/cases/" + referral.getId() + "/transfer";
    assertThat(Http.as(rest, "maria").post(api, body).getStatusCode().value())
        .as("a counselor does not read referrals").isEqualTo(404);
    assertThat(Http.as(rest, "steve").post(api, body).getStatusCode().value()).isEqualTo(404);

    String newCase = newCaseOf(Http.as(rest, "sally").post(api, body));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(referral.getId()).count()).isZero();
    List<Task> open = tasks.createTaskQuery().processInstanceId(newCase).list();
    assertThat(open).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("ReviewTransferredReferral", "AcknowledgeReferral", "RecordConsent");
    assertThat(open).allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo("WMS"));
    assertThat(open).filteredOn(t -> t.getTaskDefinitionKey().equals("RecordConsent")).singleElement()
        .satisfies(t -> assertThat(t.getAssignee()).as("the receiving school's SRO").isEqualTo("steve"));

    // The sending school keeps only the audit record; the receiving school reads and works the referral.
    assertThat(Http.as(rest, "paula").get("/api/cases/" + newCase).getStatusCode().value()).isEqualTo(404);
    assertThat(Http.as(rest, "sally").get("/api/cases/" + newCase).getStatusCode().value()).isEqualTo(404);
    assertThat(Http.as(rest, "sally").get("/api/cases/" + referral.getId() + "/audit").getBody())
        .contains("Transferred case").contains("The family moved");
    ResponseEntity<String> atWms = Http.as(rest, "peter").get("/api/cases/" + newCase);
    assertThat(atWms.getStatusCode().value()).as(atWms.getBody()).isEqualTo(200);
    assertThat(atWms.getBody()).contains("Washington Middle School").contains("LHS-4410027");
    assertThat(Http.as(rest, "steve").get("/api/students/LHS-4410027/cases").getBody()).contains(newCase);
    assertThat(Http.as(rest, "paula").get("/api/students/LHS-4410027/cases").getBody()).doesNotContain(newCase);

    List<Notification> mails = new ArrayList<>(outbox.findByProcessInstanceIdOrderByIdAsc(newCase));
    mails.addAll(outbox.findByProcessInstanceIdOrderByIdAsc(referral.getId()));
    assertThat(mails).filteredOn(m -> m.getSubject().contains("transferred")).extracting(
        Notification::getRecipientUsername).containsExactlyInAnyOrder("peter", "paula");
    assertThat(mails).filteredOn(m -> m.getRecipientUsername().equals("peter")
        && m.getSubject().contains("transferred")).singleElement().satisfies(m -> assertThat(m.getBody())
        .contains("review").contains("/camunda/app/tasklist/default/#/?task="));
    assertThat(mails).filteredOn(m -> m.getRecipientUsername().equals("paula")
        && m.getSubject().contains("transferred")).singleElement()
        .satisfies(m -> assertThat(m.getBody()).contains("audit record").contains("/cases/" + referral.getId()));
    assertThat(mails).allSatisfy(m -> assertThat(m.getBody() + m.getSubject()).doesNotContain("Jordan")
        .doesNotContain("LHS-4410027").doesNotContain("family moved"));

    scenario.complete("peter", task(newCase, "AcknowledgeReferral"), Map.of("acknowledgementComment", "Seen."));
    scenario.complete("steve", task(newCase, "RecordConsent"), Map.of("consentDecision", "REFUSED",
        "consentBy", "Morgan Doe"));
    scenario.complete("peter", task(newCase, "ReviewTransferredReferral"), Map.of("transferReviewNote",
        "Steve follows the family."));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(newCase).count()).as("closed at WMS").isZero();
    assertThat(Http.as(rest, "peter").get("/api/cases/" + newCase).getBody()).contains("Family declined");
  }

  @Test
  void aPoliceReportStaysWithTheDepartmentAndStaysLinkedToItsMovedCase() throws Exception {
    ProcessInstance pi = assessedCase();
    scenario.assess(pi, ThreatTestData.answers("NO", "YES", "YES", "NO", "NO"));
    scenario.acceptClassification(pi);
    scenario.protect(pi, true);
    String report = history.createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("policeReport").completed().singleResult().getId();
    ResponseEntity<String> refused = Http.as(rest, "sally").post("/api/cases/" + report + "/transfer",
        "{\"toSchool\":\"WMS\",\"reason\":\"The family moved.\"}");
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(409);
    assertThat(refused.getBody()).contains("police department's record");

    String newCase = newCaseOf(Http.as(rest, "paula").post("/api/cases/" + pi.getId() + "/transfer",
        "{\"toSchool\":\"WMS\",\"reason\":\"The family moved.\"}"));
    // The report stays where it was filed, for the police roles there.
    ResponseEntity<String> kept = Http.as(rest, "sally").get("/api/cases/" + report);
    assertThat(kept.getStatusCode().value()).as(kept.getBody()).isEqualTo(200);
    assertThat(kept.getBody()).contains("2026-004417").contains("Lincoln High School");
    for (String outsider : List.of("steve", "peter", "paula")) {
      assertThat(Http.as(rest, outsider).get("/api/cases/" + report).getStatusCode().value()).as(outsider)
          .isEqualTo(404);
    }
    // Linked: the receiving SRO sees which report and where the department keeps it; the school staff only that
    // a report was filed.
    assertThat(Http.as(rest, "steve").get("/api/cases/" + newCase).getBody())
        .contains("Police report (kept by the department)").contains("2026-004417").contains("Lincoln High School")
        .doesNotContain("he would shoot him");
    assertThat(Http.as(rest, "peter").get("/api/cases/" + newCase).getBody()).contains("Police report")
        .doesNotContain("kept by the department").doesNotContain("he would shoot him");
  }

  private Task task(String caseId, String key) {
    return tasks.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(key).singleResult();
  }

  @Test
  void theCasePagesPostWithTheSessionAndItsCsrfTokenOnly() throws Exception {
    ProcessInstance pi = assessedCase();
    scenario.assess(pi, ThreatTestData.answers("NO", "YES", "YES", "NO", "NO"));
    scenario.acceptClassification(pi);
    WebappSession paula = new WebappSession(port, "paula");
    HttpResponse<String> page = paula.page("/cases/" + pi.getId() + "/reassess");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Start a new assessment round").contains("name=\"_csrf\"");

    HttpResponse<String> forged = paula.post("/cases/" + pi.getId() + "/reassess", "reason", "Forged.");
    assertThat(forged.statusCode()).as("no CSRF token: refused by the page chain").isEqualTo(403);
    HttpResponse<String> blank = paula.post("/cases/" + pi.getId() + "/reassess", "_csrf",
        WebappSession.token(page.body()), "reason", " ");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("Give the reason.");

    HttpResponse<String> done = paula.post("/cases/" + pi.getId() + "/reassess", "_csrf",
        WebappSession.token(page.body()), "reason", "<script>alert(1)</script> New facts.");
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + pi.getId());
    assertThat(runtime.createExecutionQuery().processInstanceId(pi.getId()).activityId("AssessThreat").count())
        .isOne();
    assertThat(Http.as(rest, "paula").get("/api/cases/" + pi.getId() + "/audit").getBody())
        .contains("Started a new assessment round");
    // The next form shows the reason it refused as text, never as markup.
    HttpResponse<String> again = paula.post("/cases/" + pi.getId() + "/reassess", "_csrf",
        WebappSession.token(page.body()), "reason", "<script>alert(2)</script>");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).doesNotContain("<script>alert(2)").contains("&lt;script&gt;alert(2)");
  }
}
