package com.sroworkflow.security;

import static com.sroworkflow.security.Hostile.MOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sroworkflow.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starting a process only through its start form (issue 14, item 2): start instructions and skipped
 * listeners or mappings are for operators; a school case never starts outside its school's tenant; changing
 * running instances (modification, restart, migration, messages, signals, suspension, jobs) is for operators.
 * Each probe is refused and the database is exactly as before, through both mounts of the engine API.
 */
@IntegrationTest
class StartHostileTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  private Hostile hostile;
  private ProcessInstance lhsCase;

  @BeforeEach
  void setUp() {
    hostile = new Hostile(port, jdbc);
    lhsCase = Hostile.lhsCase(runtime, identity);
  }

  private String definitionId() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("studentReferral").latestVersion()
        .singleResult().getId();
  }

  private static String withStartOption(String option) {
    return withStartOption(option, Hostile.lhsReferralBySally());
  }

  private static String withStartOption(String option, Map<String, Object> variables) {
    ObjectNode body;
    try {
      body = (ObjectNode) Hostile.JSON.readTree(Hostile.variables(variables));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    switch (option) {
      case "startInstructions" -> body.putArray("startInstructions").addObject()
          .put("type", "startBeforeActivity").put("activityId", "ReferralNeeded");
      case "skipCustomListeners", "skipIoMappings" -> body.put(option, true);
      default -> throw new IllegalArgumentException(option);
    }
    return body.toString();
  }

  @Test
  void startInstructionsAndSkippedListenersAreRefusedToPeople() {
    for (String mount : MOUNTS) {
      for (String start : List.of("/process-definition/key/studentReferral/start",
          "/process-definition/" + definitionId() + "/start")) {
        for (String option : List.of("startInstructions", "skipCustomListeners", "skipIoMappings")) {
          for (String user : List.of("sally", "steve")) {
            Hostile.Answer[] answer = new Hostile.Answer[1];
            hostile.refused(user + " " + mount + start + " " + option,
                () -> answer[0] = hostile.post(user, mount + start, withStartOption(option)), 400);
            assertThat(answer[0].json().path("field").asText()).isEqualTo(option);
          }
        }
      }
    }
  }

  /** The gate lets operators through (whatever the model then makes of an administrator's start). */
  @Test
  void operatorsMayStillUseStartInstructions() {
    Hostile.Answer answer = hostile.post("admin", "/engine-rest/process-definition/key/studentReferral/start",
        withStartOption("startInstructions", Hostile.lhsReferralBySally()));
    assertThat(answer.status()).as(answer.body()).isNotIn(403, 404, 500);
    assertThat(answer.json().path("field").asText()).isNotEqualTo("startInstructions");
    if (answer.status() == 200) {
      runtime.deleteProcessInstance(answer.json().path("id").asText(), "test done", true, true);
    }
  }

  @Test
  void aSchoolCaseNeverStartsOutsideItsSchool() {
    long tenantless = runtime.createProcessInstanceQuery().processDefinitionKey("studentReferral").withoutTenantId()
        .count();
    for (String mount : MOUNTS) {
      Map<String, Object> noSchool = new LinkedHashMap<>(Hostile.lhsReferralBySally());
      noSchool.remove("schoolCode");
      hostile.refused("a referral without a school through " + mount, () -> hostile.post("sally",
          mount + "/process-definition/key/studentReferral/submit-form", Hostile.variables(noSchool)), 400);
      hostile.refused("a WMS SRO opening an LHS case through " + mount, () -> hostile.post("steve",
          mount + "/process-definition/key/studentReferral/start", Hostile.variables(Hostile.lhsReferralBySally())),
          400);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("studentReferral").withoutTenantId().count())
        .isEqualTo(tenantless);
  }

  @Test
  void changingRunningCasesIsForOperators() {
    String pi = lhsCase.getId();
    String job = management.createJobQuery().processInstanceId(pi).list().stream().findFirst()
        .map(j -> j.getId()).orElse("no-job");
    Map<String, String> probes = new LinkedHashMap<>();
    probes.put("POST /process-instance/" + pi + "/modification",
        "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"CloseReferral\"}]}");
    probes.put("POST /process-definition/" + definitionId() + "/restart",
        "{\"processInstanceIds\": [\"" + pi + "\"], \"instructions\": [{\"type\": \"startAfterActivity\","
            + " \"activityId\": \"AcknowledgeReferral\"}]}");
    probes.put("POST /migration/execute", "{\"migrationPlan\": {}, \"processInstanceIds\": [\"" + pi + "\"]}");
    probes.put("POST /message", "{\"messageName\": \"anything\", \"processInstanceId\": \"" + pi + "\"}");
    probes.put("POST /signal", "{\"name\": \"anything\"}");
    probes.put("PUT /process-instance/" + pi + "/suspended", "{\"suspended\": true}");
    probes.put("PUT /process-definition/key/studentReferral/suspended", "{\"suspended\": true}");
    probes.put("POST /job/" + job + "/execute", "{}");
    probes.put("PUT /job/" + job + "/retries", "{\"retries\": 0}");
    probes.put("PUT /job/" + job + "/duedate", "{\"duedate\": \"2030-01-01T00:00:00.000+0000\"}");
    probes.put("DELETE /process-instance/" + pi, null);
    for (String mount : MOUNTS) {
      for (Map.Entry<String, String> probe : probes.entrySet()) {
        String[] request = probe.getKey().split(" ", 2);
        for (String user : List.of("paula", "peter", "steve")) {
          hostile.refused(user + " " + mount + " " + probe.getKey(),
              () -> hostile.call(user, request[0], mount + request[1], probe.getValue()), 403, 404);
        }
      }
    }
    // The referral's own events: only the escalation sweep and the acknowledgement send them, never a person.
    for (String message : List.of("referralAcknowledgementOverdue", "referralAcknowledged")) {
      for (String mount : MOUNTS) {
        for (String user : List.of("paula", "peter", "steve", "sally", "dana")) {
          hostile.refused(user + " " + mount + " POST /message " + message, () -> hostile.call(user, "POST",
              mount + "/message", "{\"messageName\": \"" + message + "\", \"processInstanceId\": \"" + pi + "\"}"),
              403, 404);
        }
      }
    }
    assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ in"
        + " ('AcknowledgementOverdue', 'PrincipalAcknowledgedMeanwhile')", Long.class, pi)).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).active().count()).isEqualTo(1);
  }
}
