package com.sroworkflow.security;

import static com.sroworkflow.security.Hostile.MOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import java.util.List;
import java.util.Map;
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
 * No 5xx for bad input (issue 14, item 7): bodies nested thousands deep or too large, variables of an ended
 * case, an outsider's job actions, a BPMN escalation: each a 4xx with a problem body, nothing changed;
 * forbidden and missing answer alike. Through both mounts and /api.
 */
@IntegrationTest
class LimitsHostileTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  private Hostile hostile;
  private ProcessInstance lhsCase;
  private Task acknowledge;

  @BeforeEach
  void setUp() {
    hostile = new Hostile(port, jdbc);
    lhsCase = Hostile.lhsCase(runtime, identity);
    acknowledge = Hostile.task(tasks, lhsCase, "AcknowledgeReferral");
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void deepJsonIsRefusedBeforeAnyParserRecursesIntoIt() {
    for (String mount : MOUNTS) {
      for (int depth : List.of(101, 5_000)) {
        hostile.refused("depth " + depth + " in the body " + mount, () -> hostile.post("paula",
            mount + "/task/" + acknowledge.getId() + "/complete", "{\"variables\": " + nested(depth) + "}"), 400);
        hostile.refused("depth " + depth + " in a Json variable " + mount, () -> hostile.post("paula",
            mount + "/task/" + acknowledge.getId() + "/complete", "{\"variables\": {\"acknowledgementComment\":"
                + " {\"type\": \"Json\", \"value\": \"" + nested(depth) + "\"}}}"), 400);
        hostile.refused("depth " + depth + " at a start " + mount, () -> hostile.post("sally",
            mount + "/process-definition/key/studentReferral/start", nested(depth)), 400);
      }
    }
    hostile.refused("depth 5,000 to /api", () -> hostile.post("chief", "/api/assignments",
        "{\"officer\": " + nested(5_000) + "}"), 400);
    hostile.refused("a body over 4 MB", () -> hostile.post("paula", "/engine-rest/task/" + acknowledge.getId()
        + "/complete", "{\"variables\": {\"acknowledgementComment\": {\"value\": \"" + "x".repeat(4_200_000)
        + "\"}}}"), 413);
  }

  @Test
  void variablesOfAnEndedCaseAreNotFound() {
    ProcessInstance ended = Hostile.lhsCase(runtime, identity);
    runtime.deleteProcessInstance(ended.getId(), "test: ended");
    for (String mount : MOUNTS) {
      for (String user : List.of("paula", "peter")) {
        for (String path : List.of("/process-instance/" + ended.getId() + "/variables",
            "/process-instance/" + ended.getId(), "/process-instance/" + ended.getId() + "/activity-instances")) {
          hostile.refused(user + " " + mount + path, () -> hostile.get(user, mount + path), 403, 404);
        }
      }
    }
  }

  @Test
  void outsidersJobActionsAndEscalationsAreRefused() {
    String job = "no0such0job";
    for (String mount : MOUNTS) {
      for (String user : List.of("peter", "paula")) {
        for (String[] probe : List.of(new String[] {"POST", "/job/" + job + "/execute", null},
            new String[] {"PUT", "/job/" + job + "/retries", "{\"retries\": 3}"},
            new String[] {"PUT", "/job/" + job + "/suspended", "{\"suspended\": true}"},
            new String[] {"DELETE", "/job/" + job, null},
            new String[] {"POST", "/task/" + acknowledge.getId() + "/bpmnEscalation", "{\"escalationCode\": \"x\"}"},
            new String[] {"POST", "/task/" + acknowledge.getId() + "/bpmnError", "{\"errorCode\": \"x\"}"})) {
          hostile.refused(user + " " + probe[0] + " " + mount + probe[1],
              () -> hostile.call(user, probe[0], mount + probe[1], probe[2]), 403, 404);
        }
      }
    }
  }

  @Test
  void forbiddenAndMissingAnswerAlike() {
    for (String mount : MOUNTS) {
      for (String[] probe : List.of(new String[] {"DELETE", "/task/%s"}, new String[] {"GET", "/task/%s/variables"},
          new String[] {"GET", "/task/%s"}, new String[] {"GET", "/task/%s/form-variables"},
          new String[] {"POST", "/task/%s/unclaim"})) {
        Hostile.Answer existing = hostile.call("peter", probe[0], mount + probe[1].formatted(acknowledge.getId()),
            probe[0].equals("POST") ? "{}" : null);
        Hostile.Answer missing = hostile.call("peter", probe[0], mount + probe[1].formatted("no0such0task"),
            probe[0].equals("POST") ? "{}" : null);
        Hostile.assertRefused("peter " + probe[0] + " " + mount + probe[1], existing, 403, 404);
        assertThat(missing.status()).as("peter " + probe[0] + " " + mount + probe[1] + " existing vs missing: "
            + existing.body() + " / " + missing.body()).isEqualTo(existing.status());
      }
    }
    assertThat(tasks.createTaskQuery().taskId(acknowledge.getId()).count()).isEqualTo(1);
  }

  @Test
  void theApplicationsApiAnswersBadInputWithProblems() {
    hostile.refused("a text where a number goes", () -> hostile.get("admin", "/api/notifications?limit=lots"),
        400);
    hostile.refused("an unknown case's audit", () -> hostile.get("peter", "/api/cases/no0such0case/audit"), 404);
    hostile.refused("an LHS case's audit for peter", () -> hostile.get("peter",
        "/api/cases/" + lhsCase.getId() + "/audit"), 404);
    assertThat(hostile.post("sally", "/engine-rest/process-definition/key/studentReferral/start",
        Hostile.variables(Map.of("schoolCode", "LHS"))).status()).isEqualTo(400);
  }
}
