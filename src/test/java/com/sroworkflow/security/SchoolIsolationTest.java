package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.selection.SelectionScenario;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A case of one school is nothing to anyone outside it: a WMS principal, an SRO of another school, and
 * the department roles (HR, supervisors, the Chief) get nothing of an LHS referral through any
 * /engine-rest endpoint: not its task, variables, instance, history or audit. The school's own
 * principal sees it, which shows the queries would find it.
 */
@IntegrationTest
class SchoolIsolationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired SelectionScenario people;
  @Autowired ProgramScenario program;

  private ProcessInstance lhsCase;
  private Task acknowledge;

  @BeforeEach
  void anLhsReferral() {
    lhsCase = people.as("sally", () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    acknowledge = tasks.createTaskQuery().processInstanceId(lhsCase.getId()).taskDefinitionKey("AcknowledgeReferral")
        .singleResult();
  }

  private List<String> reads() {
    return reads(lhsCase.getId(), acknowledge.getId());
  }

  private static List<String> reads(String pi, String task) {
    return List.of(
        "/engine-rest/task?processInstanceId=" + pi,
        "/engine-rest/task/" + task,
        "/engine-rest/task/" + task + "/variables",
        "/engine-rest/task/" + task + "/form-variables",
        "/engine-rest/task/count?processInstanceId=" + pi,
        "/engine-rest/process-instance?processInstanceIds=" + pi,
        "/engine-rest/process-instance/" + pi,
        "/engine-rest/process-instance/" + pi + "/variables",
        "/engine-rest/process-instance/" + pi + "/activity-instances",
        "/engine-rest/execution?processInstanceId=" + pi,
        "/engine-rest/variable-instance?processInstanceIdIn=" + pi,
        "/engine-rest/job?processInstanceId=" + pi,
        "/engine-rest/incident?processInstanceId=" + pi,
        "/engine-rest/history/process-instance?processInstanceId=" + pi,
        "/engine-rest/history/process-instance/" + pi,
        "/engine-rest/history/task?processInstanceId=" + pi,
        "/engine-rest/history/activity-instance?processInstanceId=" + pi,
        "/engine-rest/history/variable-instance?processInstanceId=" + pi,
        "/engine-rest/history/detail?processInstanceId=" + pi,
        "/engine-rest/history/user-operation?processInstanceId=" + pi,
        "/engine-rest/history/identity-link-log?taskId=" + task,
        "/engine-rest/history/user-operation?taskId=" + task,
        "/engine-rest/history/decision-instance?processInstanceId=" + pi);
  }

  /**
   * Nothing of the LHS case: an error status, a zero count, or a list in which no entry belongs to
   * it (a list may hold the caller's own school's entries when the endpoint ignores the filter).
   */
  private void assertNothing(String who, String path, ResponseEntity<String> response) throws Exception {
    int status = response.getStatusCode().value();
    if (status >= 400) {
      assertThat(status).as(who + " " + path).isIn(403, 404);
      return;
    }
    JsonNode body = JSON.readTree(response.getBody());
    if (body.isArray()) {
      for (JsonNode entry : body) {
        // the Detective Sergeant reads the SRO's part of every school's truancy cases (truancy.TruancyAccess), and
        // nothing else of the school
        boolean sergeantsReading = "sam".equals(who)
            && "truancySroPart".equals(entry.path("processDefinitionKey").asText());
        if (!sergeantsReading) {
          assertThat(entry.path("tenantId").asText()).as(who + " " + path + " " + entry).isNotEqualTo("LHS");
        }
        assertThat(entry.toString()).as(who + " " + path).doesNotContain(lhsCase.getId())
            .doesNotContain(acknowledge.getId());
      }
    } else if (body.has("count")) {
      assertThat(body.path("count").asInt(-1)).as(who + " " + path + " " + body).isZero();
    } else {
      assertThat(body.toString()).as(who + " " + path).doesNotContain(lhsCase.getId());
    }
  }

  @Test
  void peopleOutsideTheSchoolGetNothingOfItsCase() throws Exception {
    for (String outsider : List.of("peter", "steve", "hana", "sam", "chief", "olivia")) {
      Http http = Http.as(rest, outsider);
      for (String path : reads()) {
        assertNothing(outsider, path, http.get(path));
      }
      ResponseEntity<String> complete = http.post("/engine-rest/task/" + acknowledge.getId() + "/complete",
          "{\"variables\": {}}");
      assertThat(complete.getStatusCode().value()).as(outsider + " completes").isIn(403, 404);
      ResponseEntity<String> claim = http.post("/engine-rest/task/" + acknowledge.getId() + "/claim",
          "{\"userId\": \"" + outsider + "\"}");
      assertThat(claim.getStatusCode().value()).as(outsider + " claims").isIn(403, 404);
      assertThat(Http.as(rest, outsider).get("/api/cases/" + lhsCase.getId() + "/audit").getStatusCode().value())
          .as(outsider + " reads the audit trail").isIn(403, 404);
    }
    // still the school's principal's, as routing gave it (issue 19): no outsider took it
    assertThat(tasks.createTaskQuery().taskId(acknowledge.getId()).singleResult().getAssignee()).isEqualTo("paula");
  }

  /**
   * Running the program (issue 5): an LHS course outline belongs to no tenant (the Chief approves it)
   * but reaches only its principal and the Chief; an LHS SRO's quarterly report and the school's
   * report only their supervisor, principal and the Chief; LHS assignments only LHS staff and the
   * department.
   */
  @Test
  void outsidersGetNothingOfTheSchoolsProgramRecords() throws Exception {
    program.reset();
    ProcessInstance outline = program.start("sally", "courseOutline", ProgramScenario.outline("LHS", "paula"));
    String agree = program.task(outline, "PrincipalAgrees").getId();
    for (String outsider : List.of("peter", "steve", "maria", "hana", "sam", "olivia")) {
      Http http = Http.as(rest, outsider);
      for (String path : reads(outline.getId(), agree)) {
        ResponseEntity<String> response = http.get(path);
        int status = response.getStatusCode().value();
        if (status >= 400) {
          assertThat(status).as(outsider + " " + path).isIn(403, 404);
        } else {
          assertThat(response.getBody()).as(outsider + " " + path).doesNotContain(outline.getId())
              .doesNotContain(agree).doesNotContain("Your rights and the law");
        }
      }
      assertThat(http.post("/engine-rest/task/" + agree + "/complete",
          "{\"variables\": {\"principalDecision\": {\"value\": \"AGREE\"}}}").getStatusCode().value())
          .as(outsider).isIn(403, 404);
    }
    for (String outsider : List.of("peter", "steve", "maria", "hana", "olivia", "dana")) {
      Http http = Http.as(rest, outsider);
      for (String report : List.of("/reports/quarterly/schools/LHS", "/reports/quarterly/schools/LHS.csv",
          "/reports/quarterly/schools/LHS.pdf", "/reports/quarterly/officers/sally",
          "/reports/quarterly/officers/sally.csv", "/reports/quarterly/officers/sally.pdf")) {
        assertThat(http.get(report).getStatusCode().value()).as(outsider + " " + report).isEqualTo(404);
      }
    }
    assertThat(JSON.readTree(Http.as(rest, "peter").get("/api/assignments?school=LHS").getBody())).isEmpty();
    assertThat(JSON.readTree(Http.as(rest, "peter").get("/api/assignments?officer=sally").getBody())).isEmpty();
    runtime.deleteProcessInstance(outline.getId(), "test done", true, true);
  }

  @Test
  void theSchoolsOwnPrincipalSeesIt() throws Exception {
    Http paula = Http.as(rest, "paula");
    assertThat(JSON.readTree(paula.get("/engine-rest/task?processInstanceId=" + lhsCase.getId()).getBody()))
        .extracting(t -> t.path("taskDefinitionKey").asText()).contains("AcknowledgeReferral");
    assertThat(paula.get("/engine-rest/task/" + acknowledge.getId() + "/form-variables").getStatusCode().value())
        .isEqualTo(200);
    assertThat(JSON.readTree(paula.get("/engine-rest/history/process-instance?processInstanceId=" + lhsCase.getId())
        .getBody())).hasSize(1);
  }

  @Test
  void candidatesWorkTheirTaskButCannotRewriteTheCaseThroughIt() {
    Http paula = Http.as(rest, "paula");
    ResponseEntity<String> rewrite = paula.exchange(HttpMethod.PUT,
        "/engine-rest/task/" + acknowledge.getId() + "/variables/schoolCode", "{\"value\": \"WMS\"}");
    assertThat(rewrite.getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> filter = paula.post("/engine-rest/filter/create",
        "{\"resourceType\": \"Task\", \"name\": \"mine\", \"query\": {\"assigneeExpression\": \"${currentUser()}\"}}");
    assertThat(filter.getStatusCode().value()).as("creating filters with expressions").isEqualTo(403);
    assertThat(runtime.getVariable(lhsCase.getId(), "schoolCode")).isEqualTo("LHS");
  }
}
