package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.WebappSession;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.selection.SelectionScenario;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A referral that followed its student from Lincoln to Washington (issue 17 item 5): the sending school's staff
 * (its principal paula, its SRO sally) find nothing of the moved case by any route: the case pages with their
 * session, the case API, the engine APIs (both mounts); nothing they send changes anything. Their own school keeps
 * the audit record of the ended case.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseTransferHostileTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired SelectionScenario people;

  private Hostile hostile;
  private String sent;
  private String moved;
  private String review;

  @BeforeAll
  void aReferralMovedToWashington() {
    hostile = new Hostile(port, jdbc);
    ProcessInstance lhs = people.as("sally", () -> runtime.startProcessInstanceByKey("studentReferral",
        ReferralTestData.lhsReferral()));
    sent = lhs.getId();
    Hostile.Answer answer = hostile.post("paula", "/api/cases/" + sent + "/transfer",
        "{\"toSchool\":\"WMS\",\"reason\":\"The family moved.\"}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    moved = answer.json().get("newCaseId").asText();
    review = tasks.createTaskQuery().processInstanceId(moved).taskDefinitionKey("ReviewTransferredReferral")
        .singleResult().getId();
  }

  @AfterAll
  void cleanUp() {
    for (String id : List.of(sent, moved)) {
      if (id != null && runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtime.deleteProcessInstance(id, "test cleanup", true, true);
      }
    }
  }

  @Test
  void theSendingSchoolsStaffFindNothingOfTheMovedCaseByAnyRoute() throws Exception {
    for (String user : List.of("paula", "sally")) {
      WebappSession session = new WebappSession(port, user);
      String api = "/api/cases/" + moved;
      for (String path : List.of(api, api + "/audit", api + "/documents")) {
        refused(user + " reads " + path, () -> hostile.get(user, path), 404);
      }
      refused(user + " writes a note", () -> hostile.post(user, api + "/notes", "{\"text\":\"Still ours.\"}"), 404);
      refused(user + " transfers it back", () -> hostile.post(user, api + "/transfer",
          "{\"toSchool\":\"LHS\",\"reason\":\"Back.\"}"), 404);
      for (String path : List.of("/cases/" + moved, "/cases/" + moved + "/documents", "/cases/" + moved + "/transfer",
          "/cases/" + moved + ".pdf")) {
        refused(user + "'s session reads " + path, () -> Hostile.answer(() -> session.page(path)), 404);
      }
      refused(user + "'s session posts a note with its token", () -> hostile.form(user, "/cases/" + moved + "/notes",
          "text=Still+ours."), 404);
      refused(user + "'s session posts a transfer with its token", () -> hostile.form(user,
          "/cases/" + moved + "/transfer", "toSchool=LHS&reason=Back."), 404);
      assertThat(hostile.get(user, "/api/students/LHS-4410027/cases").body()).as(user).doesNotContain(moved);
      assertThat(hostile.get(user, "/api/cases?kind=referral&size=100").body()).as(user).doesNotContain(moved);
      for (String mount : Hostile.MOUNTS) {
        for (String path : List.of("/process-instance/" + moved, "/process-instance/" + moved + "/variables",
            "/history/process-instance/" + moved, "/task/" + review, "/task/" + review + "/form-variables")) {
          refused(user + " " + mount + path, () -> hostile.get(user, mount + path), 403, 404);
        }
        for (String path : List.of("/task?processInstanceId=" + moved, "/history/task?processInstanceId=" + moved,
            "/history/variable-instance?processInstanceId=" + moved, "/process-instance?processInstanceIds=" + moved)) {
          Hostile.Answer list = hostile.get(user, mount + path);
          assertThat(list.status()).as(user + " " + mount + path).isEqualTo(200);
          assertThat(list.body()).as(user + " " + mount + path).isEqualTo("[]");
        }
        refused(user + " completes the review", () -> hostile.post(user, mount + "/task/" + review + "/complete",
            "{\"variables\":{}}"), 403, 404);
      }
      // the ended case is the audit record the sending school keeps
      JsonNode trail = hostile.get(user, "/api/cases/" + sent + "/audit").json();
      assertThat(trail.toString()).as(user).contains("Transferred case");
    }
  }

  private void refused(String what, Supplier<Hostile.Answer> call, Integer... statuses) {
    hostile.refused(what, call, statuses);
  }

}
