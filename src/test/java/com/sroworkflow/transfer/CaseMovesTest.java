package com.sroworkflow.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.WebappSession;
import com.sroworkflow.notification.Notification;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.threat.ThreatScenario;
import com.sroworkflow.threat.ThreatTestData;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
