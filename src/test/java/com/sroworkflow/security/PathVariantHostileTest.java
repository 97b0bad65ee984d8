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
 * Paths not in canonical form (issue 14, item 1) are refused with 400 before anything routes them: a trailing
 * slash, {@code ;} parameters, {@code //}, dot segments, encoded separators, on complete, submit-form and start,
 * through both mounts of the engine API and /api. The same call in canonical form with the unknown field the
 * variants smuggled is refused by the form check, so no variant stores anything. Operations outside the
 * allow-list answer 404 with a problem body.
 */
@IntegrationTest
class PathVariantHostileTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  private Hostile hostile;
  private Task acknowledge;

  @BeforeEach
  void setUp() {
    hostile = new Hostile(port, jdbc);
    ProcessInstance lhsCase = Hostile.lhsCase(runtime, identity);
    acknowledge = Hostile.task(tasks, lhsCase, "AcknowledgeReferral");
  }

  private static List<String> variants(String path) {
    int last = path.lastIndexOf('/');
    String head = path.substring(0, last);
    String verb = path.substring(last + 1);
    return List.of(path + "/", path + ";x=1", head + ";x=1/" + verb, head + "//" + verb, head + "/./" + verb,
        head + "/../" + head.substring(head.lastIndexOf('/') + 1) + "/" + verb, head + "%2F" + verb,
        head + "/%2e/" + verb, head + "%3B/" + verb, head + "/" + verb + "%2F", head + "/" + verb + "%00");
  }

  @Test
  void nonCanonicalPathsAreRefusedBeforeRouting() {
    String smuggled = Hostile.variables(Map.of("acknowledgementComment", "Seen.", "referringUser", "peter"));
    for (String mount : MOUNTS) {
      for (String path : List.of("/task/" + acknowledge.getId() + "/complete",
          "/task/" + acknowledge.getId() + "/submit-form")) {
        for (String variant : variants(mount + path)) {
          hostile.refused("paula " + variant, () -> hostile.post("paula", variant, smuggled), 400);
        }
        hostile.refused("paula " + mount + path + " in canonical form",
            () -> hostile.post("paula", mount + path, smuggled), 400);
      }
      for (String variant : variants(mount + "/process-definition/key/studentReferral/start")) {
        hostile.refused("sally " + variant, () -> hostile.post("sally", variant,
            Hostile.variables(Map.of("schoolCode", "LHS", "isAdmin", true))), 400);
      }
    }
    for (String variant : variants("/api/cases/x/audit")) {
      hostile.refused("paula " + variant, () -> hostile.get("paula", variant), 400);
    }
    assertThat(tasks.createTaskQuery().taskId(acknowledge.getId()).count()).isEqualTo(1);
  }

  @Test
  void theRefusalIsAProblemBody() {
    Hostile.Answer answer = hostile.post("paula", "/engine-rest/task/" + acknowledge.getId() + "/complete/", "{}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.headers().get("content-type").get(0)).startsWith("application/problem+json");
    assertThat(answer.json().path("type").asText()).isEqualTo("InvalidPath");
    assertThat(answer.json().path("status").asInt()).isEqualTo(400);
    assertThat(answer.json().path("detail").asText()).contains("canonical");
  }

  @Test
  void operationsOutsideTheAllowListAreNotThere() {
    for (String mount : MOUNTS) {
      for (String path : List.of("/task/" + acknowledge.getId() + "/attachment", "/external-task",
          "/no-such-resource", "/deployment/create", "/telemetry/configuration", "/schema/log")) {
        hostile.refused("paula GET " + mount + path, () -> hostile.get("paula", mount + path), 403, 404);
      }
    }
    for (String path : List.of("/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/admin/plugin/adminPlugins/default/users", "/camunda/api/engine/engine/other/task",
        "/engine-rest/engine/other/task", "/api/unknown", "/camunda/api/welcome/default/info")) {
      hostile.refused("paula GET " + path, () -> hostile.get("paula", path), 403, 404);
    }
  }
}
