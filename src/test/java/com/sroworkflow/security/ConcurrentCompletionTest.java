package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.referral.ReferralTestData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Two people completing one task at once (issue 14, item 9): the slower one gets 409 Conflict, whichever
 * way the engine notices it. Both completions are held at a latch inside their transactions with the task
 * loaded ({@link CompletionLatch}), then released: no timing decides the outcome.
 */
@IntegrationTest
class ConcurrentCompletionTest {

  private static final String ACKNOWLEDGE = "{\"variables\": {\"acknowledgementComment\": {\"value\": \"Seen.\"}}}";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void release() {
    CompletionLatch.BEFORE_AUTHORIZATION.release();
    CompletionLatch.AFTER_AUTHORIZATION.release();
    pool.shutdownNow();
  }

  private String acknowledgeTask() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral());
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("AcknowledgeReferral")
        .singleResult().getId();
  }

  private CompletableFuture<ResponseEntity<String>> complete(String base, String taskId, String verb) {
    return CompletableFuture.supplyAsync(() -> Http.as(rest, "paula").post(base + "/task/" + taskId + "/" + verb,
        ACKNOWLEDGE), pool);
  }

  @Test
  void bothHeldWithTheTaskLoadedThenReleasedTogether() throws Exception {
    for (String verb : List.of("complete", "submit-form")) {
      String taskId = acknowledgeTask();
      CompletionLatch.AFTER_AUTHORIZATION.arm(2);
      CompletableFuture<ResponseEntity<String>> first = complete("/engine-rest", taskId, verb);
      CompletableFuture<ResponseEntity<String>> second = complete("/engine-rest", taskId, verb);
      CompletionLatch.AFTER_AUTHORIZATION.awaitReached();
      CompletionLatch.AFTER_AUTHORIZATION.release();

      List<Integer> statuses = List.of(first.get(60, TimeUnit.SECONDS).getStatusCode().value(),
          second.get(60, TimeUnit.SECONDS).getStatusCode().value());
      assertThat(statuses).as(verb).containsExactlyInAnyOrder(204, 409);
      ResponseEntity<String> loser = statuses.get(0) == 409 ? first.get() : second.get();
      assertThat(loser.getBody()).contains("\"type\":\"Conflict\"").contains("Someone else");
      assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isEqualTo(1);
    }
  }

  /**
   * The slower one loaded the task before the faster one committed and asks whether it may work on it after:
   * the task's authorizations went with the completion (the engine says 403) — still the same conflict.
   */
  @Test
  void theLoserWhoseAuthorizationsAreAlreadyGoneGetsAConflictNotAForbidden() throws Exception {
    for (String base : List.of("/engine-rest", "/engine-rest/engine/default")) {
      String taskId = acknowledgeTask();
      CompletionLatch.BEFORE_AUTHORIZATION.arm(1);
      CompletableFuture<ResponseEntity<String>> slower = complete(base, taskId, "complete");
      CompletionLatch.BEFORE_AUTHORIZATION.awaitReached();

      ResponseEntity<String> faster = Http.as(rest, "paula").post(base + "/task/" + taskId + "/complete", ACKNOWLEDGE);
      assertThat(faster.getStatusCode().value()).isEqualTo(204);
      CompletionLatch.BEFORE_AUTHORIZATION.release();

      ResponseEntity<String> loser = slower.get(60, TimeUnit.SECONDS);
      assertThat(loser.getStatusCode().value()).as(base + ": " + loser.getBody()).isEqualTo(409);
      assertThat(loser.getBody()).contains("Someone else completed this task");
    }
  }

  /**
   * The slower one loaded the task and passed the authorization checks, then the faster one committed: the
   * slower one's steps find the case's variables gone (its submission check says "This case has no
   * referralId") — a lost race, not the caller's bad input. Seen on two PostgreSQL nodes in CI.
   */
  @Test
  void theLoserWhoseCaseEndedUnderItGetsAConflictNotABadInput() throws Exception {
    for (String verb : List.of("complete", "submit-form")) {
      String taskId = acknowledgeTask();
      CompletionLatch.AFTER_AUTHORIZATION.arm(1);
      CompletableFuture<ResponseEntity<String>> slower = complete("/engine-rest", taskId, verb);
      CompletionLatch.AFTER_AUTHORIZATION.awaitReached();

      ResponseEntity<String> faster = Http.as(rest, "paula").post("/engine-rest/task/" + taskId + "/" + verb,
          ACKNOWLEDGE);
      assertThat(faster.getStatusCode().value()).isEqualTo(204);
      CompletionLatch.AFTER_AUTHORIZATION.release();

      ResponseEntity<String> loser = slower.get(60, TimeUnit.SECONDS);
      assertThat(loser.getStatusCode().value()).as(verb + ": " + loser.getBody()).isEqualTo(409);
      assertThat(loser.getBody()).contains("\"type\":\"Conflict\"");
      assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isEqualTo(1);
    }
  }

  @Test
  void aCompletionAfterTheOtherHasCommittedIsTheSameConflict() {
    String taskId = acknowledgeTask();
    assertThat(Http.as(rest, "paula").post("/engine-rest/task/" + taskId + "/complete", ACKNOWLEDGE)
        .getStatusCode().value()).isEqualTo(204);
    for (String verb : List.of("complete", "submit-form")) {
      ResponseEntity<String> again = Http.as(rest, "paula").post("/engine-rest/task/" + taskId + "/" + verb,
          ACKNOWLEDGE);
      assertThat(again.getStatusCode().value()).as(verb).isEqualTo(409);
    }
  }
}
