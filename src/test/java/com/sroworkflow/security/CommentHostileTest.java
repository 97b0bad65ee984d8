package com.sroworkflow.security;

import static com.sroworkflow.security.Hostile.MOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Comments and attachments (issue 14, item 5) only on tasks and cases the caller may read: a comment on
 * one's own task cannot carry another school's case, an outsider can neither write nor read the comments of
 * another school's task, and attachments are not open to people at all (Tasklist offers none). Refused,
 * and the database is exactly as before, through both mounts.
 */
@IntegrationTest
class CommentHostileTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  private Hostile hostile;
  private ProcessInstance lhsCase;
  private ProcessInstance wmsCase;
  private Task lhsTask;
  private Task wmsTask;

  @BeforeEach
  void setUp() {
    hostile = new Hostile(port, jdbc);
    lhsCase = Hostile.lhsCase(runtime, identity);
    wmsCase = Hostile.wmsCase(runtime, identity);
    lhsTask = Hostile.task(tasks, lhsCase, "AcknowledgeReferral");
    wmsTask = Hostile.task(tasks, wmsCase, "AcknowledgeReferral");
    identity.setAuthentication("paula", List.of("principal"), List.of("LHS"));
    try {
      tasks.createComment(lhsTask.getId(), lhsCase.getId(), "Called the family; see you Monday.");
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void aCommentOnOnesOwnTaskCannotLandOnAnotherSchoolsCase() {
    for (String mount : MOUNTS) {
      Hostile.Answer[] answer = new Hostile.Answer[1];
      hostile.refused("peter comments on his task with paula's case " + mount, () -> answer[0] = hostile.post("peter",
          mount + "/task/" + wmsTask.getId() + "/comment/create",
          "{\"message\": \"Planted.\", \"processInstanceId\": \"" + lhsCase.getId() + "\"}"), 400);
      assertThat(answer[0].json().path("field").asText()).isEqualTo("processInstanceId");
    }
    assertThat(tasks.getProcessInstanceComments(lhsCase.getId())).extracting(c -> c.getFullMessage())
        .doesNotContain("Planted.");
  }

  @Test
  void outsidersNeitherWriteNorReadAnotherSchoolsComments() {
    for (String mount : MOUNTS) {
      for (String user : List.of("peter", "steve")) {
        hostile.refused(user + " comments on an LHS task " + mount, () -> hostile.post(user,
            mount + "/task/" + lhsTask.getId() + "/comment/create", "{\"message\": \"Planted.\"}"), 403, 404);
        hostile.refused(user + " comments on an LHS task naming its case " + mount, () -> hostile.post(user,
            mount + "/task/" + lhsTask.getId() + "/comment/create",
            "{\"message\": \"Planted.\", \"processInstanceId\": \"" + lhsCase.getId() + "\"}"), 403, 404);
        Hostile.Answer read = hostile.get(user, mount + "/task/" + lhsTask.getId() + "/comment");
        Hostile.assertRefused(user + " reads LHS comments " + mount, read, 403, 404);
        assertThat(read.body()).doesNotContain("Called the family");
        hostile.refused(user + " changes a comment " + mount, () -> hostile.call(user, "PUT",
            mount + "/task/comment", "{\"id\": \"x\", \"taskId\": \"" + lhsTask.getId() + "\", \"message\": \"x\"}"),
            403, 404);
        hostile.refused(user + " deletes the comments " + mount, () -> hostile.call(user, "DELETE",
            mount + "/task/" + lhsTask.getId() + "/comment", null), 403, 404);
      }
    }
  }

  @Test
  void attachmentsAreNotOpenToPeople() {
    for (String mount : MOUNTS) {
      for (String user : List.of("paula", "peter")) {
        hostile.refused(user + " lists attachments " + mount,
            () -> hostile.get(user, mount + "/task/" + lhsTask.getId() + "/attachment"), 403, 404);
        hostile.refused(user + " attaches " + mount, () -> hostile.post(user,
            mount + "/task/" + lhsTask.getId() + "/attachment/create",
            "{\"attachmentName\": \"x\", \"url\": \"http://x\"}"), 403, 404, 415);
      }
    }
  }

  @Test
  void thePrincipalStillCommentsOnTheirOwnCase() {
    Hostile.Answer answer = hostile.post("paula", "/engine-rest/task/" + lhsTask.getId() + "/comment/create",
        "{\"message\": \"Spoke to the counsellor.\", \"processInstanceId\": \"" + lhsCase.getId() + "\"}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(tasks.getTaskComments(lhsTask.getId())).extracting(c -> c.getFullMessage())
        .contains("Spoke to the counsellor.");
  }
}
