package com.sroworkflow.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.incident.SroYearScenario;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The abuse report's compartment through the engine's REST API and the application's audit endpoint, as
 * Tasklist and any client would ask: a teacher who did not report it, another school's principal and, when
 * staff are suspected, the school's own principal get nothing (no task, no variable, no history, no audit);
 * the reporter, the SRO and the one group told do. Read-only calls: nothing to change.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbuseCompartmentHostileTest {

  @Autowired SroYearScenario scenario;
  @Autowired TestRestTemplate rest;

  private ProcessInstance principalTold;
  private ProcessInstance staffSuspected;

  @BeforeAll
  void report() {
    scenario.reset();
    principalTold = scenario.start("mona", "childAbuseReport",
        ChildAbuseReportProcessTest.report("NO", "2026-004512", scenario));
    staffSuspected = scenario.start("mona", "childAbuseReport",
        ChildAbuseReportProcessTest.report("YES", "2026-004514", scenario));
  }

  @AfterAll
  void cleanUp() {
    scenario.reset();
  }

  private static List<String> reads(String id) {
    return List.of("/engine-rest/task?processInstanceId=" + id,
        "/engine-rest/history/process-instance?processInstanceId=" + id,
        "/engine-rest/history/variable-instance?processInstanceId=" + id,
        "/engine-rest/history/task?processInstanceId=" + id,
        "/engine-rest/history/activity-instance?processInstanceId=" + id,
        "/engine-rest/process-instance?processInstanceIds=" + id,
        "/engine-rest/variable-instance?processInstanceIdIn=" + id);
  }

  private void seesNothing(String user, ProcessInstance pi) {
    for (String path : reads(pi.getId())) {
      ResponseEntity<String> answer = Http.as(rest, user).get(path);
      assertThat(answer.getStatusCode().is2xxSuccessful() ? answer.getBody() : "[]").as(user + " " + path)
          .isEqualTo("[]");
    }
    assertThat(Http.as(rest, user).get("/engine-rest/process-instance/" + pi.getId() + "/variables")
        .getStatusCode().value()).as(user + " variables").isIn(403, 404);
    assertThat(Http.as(rest, user).get("/api/cases/" + pi.getId() + "/audit").getStatusCode().value())
        .as(user + " audit").isIn(403, 404);
  }

  private void sees(String user, ProcessInstance pi) {
    assertThat(Http.as(rest, user).get("/engine-rest/history/process-instance?processInstanceId=" + pi.getId())
        .getBody()).as(user).contains(pi.getId());
    assertThat(Http.as(rest, user).get("/engine-rest/history/variable-instance?processInstanceId=" + pi.getId())
        .getBody()).as(user).contains("reportSummary");
  }

  @Test
  void aTeacherWhoDidNotReportItSeesNothing() {
    seesNothing("tina", principalTold);
    seesNothing("tina", staffSuspected);
  }

  @Test
  void anotherSchoolsPrincipalSeesNothing() {
    seesNothing("peter", principalTold);
    seesNothing("peter", staffSuspected);
  }

  @Test
  void withStaffSuspectedThePrincipalSeesNothingAndTheDistrictDesigneeIsTold() {
    seesNothing("paula", staffSuspected);
    sees("dana", staffSuspected);
    assertThat(Http.as(rest, "dana").get("/engine-rest/task?processInstanceId=" + staffSuspected.getId()).getBody())
        .contains("AcknowledgeAsDesignee");
    seesNothing("dana", principalTold);
  }

  @Test
  void theReporterTheSroAndThePrincipalToldSeeIt() {
    sees("mona", principalTold);
    sees("mona", staffSuspected);
    sees("sally", principalTold);
    sees("sally", staffSuspected);
    sees("paula", principalTold);
    assertThat(Http.as(rest, "paula").get("/engine-rest/task?processInstanceId=" + principalTold.getId()).getBody())
        .contains("AcknowledgeAsPrincipal");
    seesNothing("steve", principalTold);
  }
}
