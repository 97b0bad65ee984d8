package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.selection.SelectionScenario;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Who did what and when in a case, in one place, for the people who may read the case. */
@IntegrationTest
class AuditTrailTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired SelectionScenario people;

  @Test
  void aCasesTrailNamesWhoStartedClaimedCompletedAndSetWhat() throws Exception {
    ProcessInstance pi = people.as("sally",
        () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    Task acknowledge = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("AcknowledgeReferral")
        .singleResult();
    // routing gives the principal her task (issue 19); handed back to the group here, so the trail has a claim
    tasks.setAssignee(acknowledge.getId(), null);
    people.as("paula", () -> {
      tasks.claim(acknowledge.getId(), "paula");
      forms.submitTaskForm(acknowledge.getId(), java.util.Map.of("acknowledgementComment", "Seen; I will call the family."));
    });

    JsonNode trail = JSON.readTree(Http.as(rest, "sally").get("/api/cases/" + pi.getId() + "/audit").getBody());
    assertThat(trail.path("school").asText()).isEqualTo("LHS");
    assertThat(trail.path("startedBy").asText()).isEqualTo("sally");
    List<String> lines = new ArrayList<>();
    trail.path("entries").forEach(e -> lines.add(e.path("user").asText() + " | " + e.path("action").asText() + " | "
        + e.path("subject").asText() + " | " + e.path("detail").asText()));
    assertThat(lines).anyMatch(l -> l.startsWith("sally | Started case"));
    assertThat(lines).anyMatch(l -> l.startsWith("paula | Claimed task | Acknowledge referral"));
    assertThat(lines).anyMatch(l -> l.startsWith("paula | Completed task | Acknowledge referral"));
    assertThat(lines).anyMatch(l -> l.startsWith("paula | Value set | acknowledgementComment | Seen; I will call"));
    assertThat(trail.path("entries")).allSatisfy(e -> assertThat(e.path("time").asText()).isNotBlank());
  }
}
