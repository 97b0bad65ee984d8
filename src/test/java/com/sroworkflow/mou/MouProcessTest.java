package com.sroworkflow.mou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.assignment.SroAssignment;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * bpmn/mou-renewal.bpmn and the rule behind it (seed 003 II.C): the renewal opened before expiry and recorded;
 * reminded, expired, told, and no new SRO assignment by any path (the Chief's REST assignment, a removal's cover,
 * a selection's appointment) until the renewal is recorded.
 */
@IntegrationTest
class MouProcessTest {

  @Autowired YearScenario year;
  @Autowired Assignments assignments;
  @Autowired Mous mous;
  @Autowired TestRestTemplate rest;
  @Autowired MouAudit audit;

  @BeforeEach
  void reset() {
    year.reset();
    year.mous.deleteAll(year.mous.findBySchoolCodeOrderByExpiresOnDescIdDesc("LHS"));
    // Lincoln High's MOU runs out on Thu, Jan 14, 2027: 45 days after the scenario's Monday
    year.current("LHS", LocalDate.of(2026, 1, 15), LocalDate.of(2027, 1, 14));
  }

  @AfterEach
  void done() {
    year.reset();
    year.done();
  }

  private ProcessInstance renewal() {
    year.morning();
    year.only("mouRenewal");
    assertThat(year.instances("mouRenewal")).hasSize(1);
    return year.instances("mouRenewal").get(0);
  }

  @Test
  void aRenewalIsAskedForBeforeExpiryOnceAndRecorded() {
    ProcessInstance pi = renewal();
    year.morning();
    assertThat(year.instances("mouRenewal")).hasSize(1);
    Task task = year.task(pi, "RenewMou");
    assertThat(task.getName()).isEqualTo("Record the renewed MOU: Lincoln High School, expires Thu, Jan 14, 2027");
    assertThat(task.getTenantId()).isNull();
    assertThat(year.mailsTo("chief")).anySatisfy(m -> assertThat(m.getSubject())
        .isEqualTo("MOU to renew for Lincoln High School"));
    assertThat(year.mailsTo("dana")).anySatisfy(m -> assertThat(m.getLink()).contains(task.getId()));
    assertThatThrownBy(() -> year.program.complete("chief", task, Map.of("signedOn", "2026-11-30",
        "startsOn", "2026-11-30", "expiresOn", "2026-11-01", "documentRef", "City clerk 2027-114")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("expiresOn"));
    year.program.complete("dana", task, Map.of("signedOn", "2026-11-30", "startsOn", "2027-01-15",
        "expiresOn", "2028-01-14", "documentRef", "City clerk 2027-114"));
    assertThat(pi).hasPassed("MouRenewed").isEnded();
    assertThat(mous.latest("LHS").orElseThrow().getExpiresOn()).isEqualTo(LocalDate.of(2028, 1, 14));
    assertThat(audit.entries(pi.getId())).singleElement().satisfies(e -> {
      assertThat(e.user()).isEqualTo("dana");
      assertThat(e.detail()).contains("City clerk 2027-114");
    });
  }

  @Test
  void anUnrenewedMouIsRemindedExpiresAndStopsNewAssignmentsByEveryPathUntilRenewed() throws Exception {
    ProcessInstance pi = renewal();
    year.at(LocalDate.of(2026, 12, 15), 9);
    year.runDueJobs();
    assertThat(pi).hasPassed("RemindRenewers").isWaitingAt("RenewMou");
    assertThat(year.mailsTo("chief")).anySatisfy(m -> assertThat(m.getSubject()).startsWith("Reminder:"));

    year.at(LocalDate.of(2027, 1, 15), 9);
    year.runDueJobs();
    assertThat(pi).hasPassed("TellMouExpired", "ExpiryTold").isWaitingAt("RenewMou");
    assertThat(year.mailsTo("chief")).anySatisfy(m -> assertThat(m.getSubject())
        .isEqualTo("MOU expired for Lincoln High School"));
    assertThat(year.mailsTo("dana")).anySatisfy(m -> {
      assertThat(m.getSubject()).isEqualTo("MOU expired for Lincoln High School");
      assertThat(m.getBody()).contains("No new SRO assignment");
    });
    year.program.trained("olivia", LocalDate.of(2026, 1, 4), LocalDate.of(2028, 1, 4));

    // the Chief's assignment over REST: 400 naming the problem, nothing assigned
    ResponseEntity<String> refused = Http.as(rest, "chief").post("/api/assignments",
        "{\"officer\": \"olivia\", \"schoolCode\": \"LHS\"}");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("No SRO can be assigned to Lincoln High School")
        .contains("expired on Thu, Jan 14, 2027");
    // a selection's appointment and a removal's cover go through the same check
    assertThatThrownBy(() -> assignments.appointed("olivia", Set.of("LHS"), "chief"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("No SRO can be assigned");
    assertThatThrownBy(() -> year.program.as("chief", () -> assignments.assign("steve", "LHS",
        SroAssignment.Kind.COVER, "chief", "coverOfficer")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("coverOfficer"));
    assertThat(assignments.srosOf("LHS")).containsExactly("sally");
    // another school's MOU is current: its assignments go on
    assertThat(Http.as(rest, "chief").post("/api/assignments", "{\"officer\": \"olivia\", \"schoolCode\": \"WMS\"}")
        .getStatusCode().value()).isEqualTo(201);

    year.program.complete("chief", year.task(pi, "RenewMou"), Map.of("signedOn", "2027-01-15",
        "startsOn", "2027-01-15", "expiresOn", "2028-01-14", "documentRef", "City clerk 2027-114"));
    assertThat(pi).isEnded();
    year.program.as("chief", () -> assignments.assign("olivia", "LHS", SroAssignment.Kind.ASSIGNED, "chief",
        "officer"));
    assertThat(assignments.srosOf("LHS")).contains("olivia");
  }
}
