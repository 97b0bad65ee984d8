package com.sroworkflow.security;

import static com.sroworkflow.security.Hostile.MOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statistics, reports, metrics and history aggregates (issue 14, item 5) count every school's cases, so they
 * are for operators; people read the history of the cases they may read, and counts of those only. Refused
 * with nothing counted in the body and nothing changed, through both mounts and the webapps' Cockpit API.
 */
@IntegrationTest
class HistoryStatisticsHostileTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;

  private Hostile hostile;
  private ProcessInstance lhsCase;

  @BeforeEach
  void setUp() {
    hostile = new Hostile(port, jdbc);
    lhsCase = Hostile.lhsCase(runtime, identity);
  }

  @Test
  void aggregatesAreForOperators() {
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey("studentReferral")
        .latestVersion().singleResult().getId();
    List<String> aggregates = List.of("/process-definition/statistics", "/process-definition/" + definition
        + "/statistics", "/process-definition/key/studentReferral/statistics",
        "/history/process-instance/report?reportType=duration&periodUnit=month",
        "/history/task/report?reportType=count&groupBy=processDefinition", "/history/process-definition/"
        + definition + "/statistics", "/history/activity-statistics", "/metrics", "/metrics/activity-instance/sum",
        "/history/cleanup/configuration", "/history/cleanup/jobs", "/history/finished-process-instance-report"
        .replace("finished-process-instance-report", "process-definition/cleanable-process-instance-report"),
        "/incident/count", "/job/count", "/execution/count", "/variable-instance/count");
    for (String mount : MOUNTS) {
      for (String path : aggregates) {
        for (String user : List.of("peter", "steve", "paula")) {
          Hostile.Answer[] answer = new Hostile.Answer[1];
          hostile.refused(user + " " + mount + path, () -> answer[0] = hostile.get(user, mount + path), 403, 404);
          assertThat(answer[0].body()).doesNotContain("\"count\"").doesNotContain("\"instances\"");
        }
      }
    }
    for (String path : List.of("/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/cockpit/plugin/base/default/process-instance/count",
        "/camunda/api/admin/plugin/adminPlugins/default/metrics")) {
      hostile.refused("peter " + path, () -> hostile.get("peter", path), 403, 404);
    }
  }

  @Test
  void countsPeopleMayAskCountOnlyWhatTheyMayRead() throws Exception {
    for (String mount : MOUNTS) {
      for (String path : List.of("/history/process-instance/count?processInstanceId=" + lhsCase.getId(),
          "/history/task/count?processInstanceId=" + lhsCase.getId(),
          "/process-instance/count?processInstanceIds=" + lhsCase.getId(),
          "/task/count?processInstanceId=" + lhsCase.getId())) {
        var before = hostile.state();
        Hostile.Answer outsider = hostile.get("peter", mount + path);
        assertThat(outsider.status()).as(mount + path).isEqualTo(200);
        assertThat(outsider.json().path("count").asInt(-1)).as("peter " + mount + path).isZero();
        assertThat(Hostile.JSON.readTree(hostile.get("paula", mount + path).body()).path("count").asInt())
            .as("paula " + mount + path).isPositive();
        hostile.assertUnchanged(mount + path, before);
      }
    }
  }

  /**
   * A person's history listing names its case or task: unnarrowed, the engine would check the caller's
   * authorization on every history row of the district, seconds of database work per call on a large database
   * that any signed-in person could repeat. A parameter the resource ignores, or an empty one, does not count.
   */
  @Test
  void aPersonsHistoryQueryMustNameItsCaseOrTask() {
    String pi = lhsCase.getId();
    for (String mount : MOUNTS) {
      for (String resource : AllowList.HISTORY_NARROWING.keySet()) {
        for (String suffix : List.of("", "/count")) {
          refusedUnnarrowed(mount + "/history/" + resource + suffix, resource);
        }
      }
      // an empty value, an exclusion, and parameters that name no one case do not narrow
      for (String query : List.of("?processInstanceId=", "?processInstanceIdIn=,", "?processInstanceIdNotIn=" + pi,
          "?tenantIdIn=LHS",
          "?sortBy=time&sortOrder=desc&maxResults=5")) {
        refusedUnnarrowed(mount + "/history/detail" + query, "detail");
      }
      // the identity-link log knows no process instance: asked by one, it would list every school's links
      hostile.refused("paula identity links by case", () -> hostile.get("paula", mount
          + "/history/identity-link-log?processInstanceId=" + pi), 400);
      for (String path : List.of("/history/detail?processInstanceId=" + pi, "/history/task?processInstanceId=" + pi,
          "/history/user-operation/count?taskId=" + Hostile.task(tasks, lhsCase, "AcknowledgeReferral").getId(),
          "/history/variable-instance?processInstanceIdIn=" + pi)) {
        assertThat(hostile.get("paula", mount + path).status()).as("paula " + mount + path).isEqualTo(200);
      }
    }
    assertThat(hostile.get("admin", "/engine-rest/history/detail?maxResults=1").status()).isEqualTo(200);
  }

  private void refusedUnnarrowed(String path, String resource) {
    Hostile.Answer[] answer = new Hostile.Answer[1];
    hostile.refused("paula " + path, () -> answer[0] = hostile.get("paula", path), 400);
    assertThat(answer[0].body()).as(path).doesNotContain(lhsCase.getId()).doesNotContain("\"count\"")
        .contains(AllowList.HISTORY_NARROWING.get(resource).get(0));
  }

  @Test
  void operatorsStillSeeTheStatistics() {
    assertThat(hostile.get("admin", "/engine-rest/process-definition/statistics").status()).isEqualTo(200);
    assertThat(hostile.get("admin", "/engine-rest/history/task/report?reportType=count&groupBy=processDefinition")
        .status()).isEqualTo(200);
  }
}
