package com.sroworkflow.truancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.ProgramScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The SRO's part of a truancy case (bpmn/truancy-sro-part.bpmn), both its paths (the home visit, the hearing), and
 * the compartment it keeps: what the SRO writes is a police record. The school's readers of the case (principal
 * paula, attendance officer alex) and the school's counselor maria read the case by every route a person has (the
 * engine's REST API: runtime, tasks, history variables and details, activity and task history; the case file's
 * JSON and its audit trail) and get none of the SRO's notes; the SRO does, and so does her supervisor, Detective
 * Sergeant sam, who reads the SRO's part (not the school's) and is offered none of its tasks.
 */
@IntegrationTest
class TruancySroPartProcessTest {

  private static final String VISIT_NOTE = "Visited with the counselor; SRO-ONLY-VISIT-7731.";
  private static final String HEARING_NOTE = "Father admitted the boy skips with older friends; SRO-ONLY-HEARING-4410.";
  private static final List<String> SCHOOL_READERS = List.of("paula", "alex", "maria");

  @Autowired ProgramScenario scenario;
  @Autowired TruancyTestData data;
  @Autowired TruancyPoliceNoteRepository notes;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void reset() {
    scenario.reset();
    data.reset();
  }

  @AfterEach
  void cleanUp() {
    data.reset();
    scenario.reset();
  }

  private ProcessInstance sroPart(ProcessInstance truancyCase) {
    return scenario.runtime.createProcessInstanceQuery().superProcessInstanceId(truancyCase.getId()).singleResult();
  }

  /** Every answer the person gets about the case and its SRO's part, by every route, as one text. */
  private String everything(String user, String caseId, String partId) {
    Http http = Http.as(rest, user);
    List<String> answers = new ArrayList<>();
    for (String path : List.of(
        "/engine-rest/process-instance?superProcessInstance=" + caseId,
        "/engine-rest/process-instance/" + partId + "/variables",
        "/engine-rest/task?processInstanceId=" + partId,
        "/engine-rest/task?processDefinitionKey=truancySroPart",
        "/engine-rest/variable-instance?processInstanceIdIn=" + partId,
        "/engine-rest/history/process-instance/" + partId,
        "/engine-rest/history/process-instance?superProcessInstanceId=" + caseId,
        "/engine-rest/history/variable-instance?processInstanceId=" + partId,
        "/engine-rest/history/variable-instance?processInstanceIdIn=" + partId + "," + caseId,
        "/engine-rest/history/detail?processInstanceId=" + partId,
        // the listings of every case's history filtered to these two instances: unfiltered, on PostgreSQL's
        // shared test database the authorization-checked listing of every detail took minutes
        "/engine-rest/history/detail?processInstanceIdIn=" + partId + "," + caseId,
        "/engine-rest/history/detail?variableUpdates=true&deserializeValues=true&processInstanceId=" + partId,
        "/engine-rest/history/task?processInstanceId=" + partId,
        "/engine-rest/history/activity-instance?processInstanceId=" + partId,
        "/engine-rest/history/user-operation?processInstanceId=" + partId,
        "/engine-rest/history/detail?processInstanceId=" + caseId,
        "/engine-rest/history/variable-instance?processInstanceId=" + caseId,
        "/api/cases/" + caseId,
        "/api/cases/" + caseId + "/audit",
        "/api/cases/" + partId,
        "/api/cases/" + partId + "/audit")) {
      answers.add(path + " -> " + http.get(path).getBody());
    }
    return String.join("\n", answers);
  }

  @Test
  void theSrosNotesOfTheHomeVisitAndTheHearingReachNoSchoolReaderByAnyRouteTheSroAndHerSergeantReadThem() {
    ProcessInstance pi = scenario.start("alex", "truancyCase", TruancyTestData.lhsCase());
    scenario.complete("alex", scenario.task(pi, "ContactHome"), Map.of("homeContactMethod", "PHONE",
        "familyReached", true, "homeContactNotes", "Mother says the bus stop moved.", "attendanceAfterContact",
        "NOT_IMPROVED"));
    assertThat(pi).isWaitingAt("HomeVisit");
    ProcessInstance visitPart = sroPart(pi);
    assertThat(visitPart).isWaitingAt("HomeVisit");
    assertThat(visitPart.getTenantId()).as("the school's tenant, as the case").isEqualTo("LHS");
    Task visit = scenario.task(pi, "HomeVisit");
    assertThat(visit.getProcessInstanceId()).isEqualTo(visitPart.getId());
    for (String reader : SCHOOL_READERS) {
      assertThat(scenario.as(reader, () -> scenario.tasks.createTaskQuery().taskId(visit.getId()).count()))
          .as(reader + " does not see the SRO's task").isZero();
    }
    // the sergeant reads the SRO's part but does not work it: no task is offered to him, and he cannot take it
    assertThat(scenario.as("sam", () -> scenario.tasks.createTaskQuery().taskId(visit.getId()).count()))
        .as("sam is offered no task of the SRO's part").isZero();
    assertThat(scenario.as("sam", () -> scenario.runtime.createProcessInstanceQuery()
        .processInstanceId(visitPart.getId()).count())).as("sam reads the SRO's part").isOne();
    assertThat(Http.as(rest, "sam").post("/engine-rest/task/" + visit.getId() + "/claim", "{\"userId\": \"sam\"}")
        .getStatusCode().value()).as("sam cannot claim the SRO's task").isIn(403, 404);
    assertThat(scenario.tasks.createTaskQuery().taskId(visit.getId()).singleResult().getAssignee()).isNull();
    scenario.complete("sally", visit, Map.of("homeVisitDate", scenario.calendar.today().toString(),
        "visitPoliceNotes", VISIT_NOTE, "boardRecommendation", "BOARD"));
    assertThat(visitPart).hasPassedInOrder("WhichPart", "HomeVisit", "VisitRecorded").isEnded();
    assertThat(pi).hasPassed("HomeVisit").isWaitingAt("PetitionBoard");
    assertThat(scenario.runtime.getVariable(pi.getId(), "boardRecommended")).as("the case learns the referral only")
        .isEqualTo(true);

    scenario.complete("paula", scenario.task(pi, "PetitionBoard"), Map.of("petitionDecision", "PETITION",
        "hearingDate", scenario.calendar.today().plusDays(10).toString()));
    ProcessInstance hearingPart = sroPart(pi);
    assertThat(hearingPart).isWaitingAt("AttendHearing");
    Task hearing = scenario.task(pi, "AttendHearing");
    assertThat(hearing.getDueDate().toInstant())
        .isEqualTo(scenario.calendar.endOf(scenario.calendar.today().plusDays(10)));
    scenario.complete("sally", hearing, Map.of("hearingOutcome", "COMMUNITY_SERVICES",
        "hearingPoliceNotes", HEARING_NOTE));
    assertThat(hearingPart).hasPassedInOrder("WhichPart", "AttendHearing", "HearingRecorded").isEnded();
    assertThat(pi).hasPassedInOrder("AttendHearing", "CloseTruancyCase").isEnded();
    assertThat(notes.findAll()).extracting(TruancyPoliceNote::getNote).contains(VISIT_NOTE, HEARING_NOTE);

    // the routes are open to the case's readers (the school's own notes are in its history): only the SRO's part is not
    assertThat(Http.as(rest, "paula").get("/engine-rest/history/detail?processInstanceId=" + pi.getId()).getBody())
        .contains("bus stop moved");
    for (String reader : SCHOOL_READERS) {
      for (String part : List.of(visitPart.getId(), hearingPart.getId())) {
        String seen = everything(reader, pi.getId(), part);
        assertThat(seen).as(reader).doesNotContain("SRO-ONLY-VISIT-7731").doesNotContain("SRO-ONLY-HEARING-4410");
      }
    }
    // the SRO reads her part's history: the notes are there for the police roles
    String sallys = everything("sally", pi.getId(), visitPart.getId()) + everything("sally", pi.getId(),
        hearingPart.getId());
    assertThat(sallys).contains("SRO-ONLY-VISIT-7731").contains("SRO-ONLY-HEARING-4410");
    // so does her sergeant; the school's part of the case stays with the school
    String sams = everything("sam", pi.getId(), visitPart.getId()) + everything("sam", pi.getId(), hearingPart.getId());
    assertThat(sams).contains("SRO-ONLY-VISIT-7731").contains("SRO-ONLY-HEARING-4410")
        .doesNotContain("bus stop moved");
  }
}
