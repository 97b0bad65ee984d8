package com.sroworkflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.referral.ReferralTestData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The slower of two people completing one task learns that someone else completed it: 409 Conflict
 * with a plain message, whether the engine noticed it as a concurrent change or found the task gone
 * (TwoNodesTest races two nodes; here the second request simply comes after the first). A task that
 * never existed, or one of another school, keeps its old answer.
 */
@IntegrationTest
class CompletedMeanwhileTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACKNOWLEDGE = "{\"variables\": {\"acknowledgementComment\": {\"value\": \"Seen.\"}}}";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private String acknowledgeTask() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral());
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("AcknowledgeReferral")
        .singleResult().getId();
  }

  @Test
  void theSecondCompletionOfATaskIsAConflictThatSaysSomeoneElseCompletedIt() throws Exception {
    String taskId = acknowledgeTask();
    Http paula = Http.as(rest, "paula");

    assertThat(paula.post("/engine-rest/task/" + taskId + "/complete", ACKNOWLEDGE).getStatusCode().value())
        .isEqualTo(204);
    ResponseEntity<String> again = paula.post("/engine-rest/task/" + taskId + "/complete", ACKNOWLEDGE);

    assertThat(again.getStatusCode().value()).isEqualTo(409);
    JsonNode body = JSON.readTree(again.getBody());
    assertThat(body.path("type").asText()).isEqualTo("Conflict");
    assertThat(body.path("message").asText()).contains("Someone else completed this task");
    ResponseEntity<String> submitted = paula.post("/engine-rest/task/" + taskId + "/submit-form", ACKNOWLEDGE);
    assertThat(submitted.getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void aTaskThatNeverExistedIsNoConflict() {
    ResponseEntity<String> answer = Http.as(rest, "paula").post("/engine-rest/task/no-such-task/complete", ACKNOWLEDGE);

    assertThat(answer.getStatusCode().value()).isNotEqualTo(409).isNotEqualTo(204);
    assertThat(answer.getBody()).doesNotContain("Someone else");
  }

  @Test
  void aCompletedTaskOfAnotherSchoolIsNoConflictForAnOutsider() {
    String taskId = acknowledgeTask();
    assertThat(Http.as(rest, "paula").post("/engine-rest/task/" + taskId + "/complete", ACKNOWLEDGE)
        .getStatusCode().value()).isEqualTo(204);

    ResponseEntity<String> outsider = Http.as(rest, "peter").post("/engine-rest/task/" + taskId + "/complete",
        ACKNOWLEDGE);

    assertThat(outsider.getStatusCode().value()).isNotEqualTo(409).isNotEqualTo(204);
    assertThat(outsider.getBody()).doesNotContain("Someone else");
  }
}
