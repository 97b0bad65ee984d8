package com.sroworkflow.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.truancy.TruancyTestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * An SRO's absence and its cover (bpmn/sro-absence.bpmn): the SRO or their sergeant enters it, the sergeant
 * names the cover from a picker, on the first day the school's open SRO tasks of every process go to the
 * cover and new ones are routed there, and after the last day they all come back.
 */
@IntegrationTest
class SroAbsenceProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProgramScenario scenario;
  @Autowired AbsenceTestData data;
  @Autowired TruancyTestData truancy;
  @Autowired SroAbsenceRepository absences;
  @Autowired Assignments assignments;
  @Autowired ManagementService management;
  @Autowired TestRestTemplate rest;
  @Autowired AbsenceAudit audit;
  @Autowired AbsenceOptions options;

  @BeforeEach
  void reset() {
    EngineClock.reset();
    scenario.reset();
    data.reset();
    truancy.reset();
  }

  @AfterEach
  void cleanUp() {
    EngineClock.reset();
    data.reset();
    truancy.reset();
    scenario.reset();
  }

  private Map<String, Object> absence(String officer, String kind, LocalDate first, LocalDate last) {
    return Map.of("absenceOfficer", officer, "absenceKind", kind, "absenceFirstDay", first.toString(),
        "absenceLastDay", last.toString());
  }

  private List<String> candidates(Task t) {
    return scenario.tasks.getIdentityLinksForTask(t.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
        .map(IdentityLink::getUserId).toList();
  }

  private Task fresh(Task t) {
    return scenario.tasks.createTaskQuery().taskId(t.getId()).singleResult();
  }

  /** A truancy case of LHS waiting for the SRO's home visit. */
  private Task truancyHomeVisit() {
    ProcessInstance pi = scenario.start("alex", "truancyCase", TruancyTestData.lhsCase());
    scenario.complete("alex", scenario.task(pi, "ContactHome"), Map.of("homeContactMethod", "LETTER",
        "familyReached", false, "homeContactNotes", "No answer to two letters.", "attendanceAfterContact",
        "NOT_IMPROVED"));
    return scenario.task(pi, "HomeVisit");
  }

  private void runJob(ProcessInstance pi) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
    management.executeJob(job.getId());
  }

  @Test
  void sallysTrainingDaysGoToSteveAndComeBackAfter() throws Exception {
    ProcessInstance referral = scenario.as("sally",
        () -> scenario.runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    Task consent = scenario.tasks.createTaskQuery().processInstanceId(referral.getId())
        .taskDefinitionKey("RecordConsent").singleResult();
    Task visit = truancyHomeVisit();
    assertThat(consent.getAssignee()).isEqualTo("sally");
    assertThat(candidates(visit)).containsExactly("sally");

    LocalDate today = scenario.calendar.today();
    ProcessInstance pi = scenario.start("sally", "sroAbsence", absence("", "TRAINING", today, today.plusDays(2)));
    assertThat(pi).isWaitingAt("NameCover");
    Task name = scenario.task(pi, "NameCover");
    assertThat(name.getAssignee()).as("her Detective Sergeant").isEqualTo("sam");
    JsonNode options = JSON.readTree(scenario.forms.getTaskFormVariables(name.getId()).getValue("coverOptions",
        Object.class).toString());
    assertThat(options.findValuesAsText("value")).containsExactly("steve");
    assertThatThrownBy(() -> scenario.complete("sam", name, Map.of("coverOfficer", "omar")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("coverOfficer"));
    assertThat(pi).isWaitingAt("NameCover");

    scenario.complete("sam", name, Map.of("coverOfficer", "steve"));
    assertThat(pi).isWaitingAt("AbsenceStarts");
    assertThat(absences.findByProcessInstanceId(pi.getId()).orElseThrow().getCoverOfficer()).isEqualTo("steve");

    runJob(pi);
    assertThat(pi).hasPassed("HandOverToCover").isWaitingAt("AbsenceEnds");
    assertThat(fresh(consent).getAssignee()).as("the referral's consent goes to the cover").isEqualTo("steve");
    assertThat(candidates(fresh(consent))).contains("steve").doesNotContain("sally");
    assertThat(candidates(fresh(visit))).as("the truancy home visit too").containsExactly("steve");
    assertThat(assignments.onDuty("LHS")).containsExactly("steve");
    // new work of the school reaches the cover while she is away, and he sees it
    Task later = truancyHomeVisit();
    assertThat(candidates(later)).containsExactly("steve");
    JsonNode steveSees = JSON.readTree(Http.as(rest, "steve").get("/engine-rest/task?taskDefinitionKey=HomeVisit")
        .getBody());
    assertThat(steveSees.findValuesAsText("id")).contains(visit.getId(), later.getId());
    // ... and she does not: the school's group tasks (candidate group sro) are the cover's while she is away
    assertThat(sees("sally", "HomeVisit")).doesNotContain(visit.getId(), later.getId());
    assertThat(sees("sally", "RecordConsent")).doesNotContain(consent.getId());
    assertThat(scenario.identity.createUserQuery().userId("sally").memberOfTenant("LHS").count()).isZero();

    EngineClock.set(today.plusDays(3).atTime(8, 0).atZone(scenario.calendar.zone()).toInstant());
    runJob(pi);
    assertThat(pi).hasPassedInOrder("HandOverToCover", "HandBack", "SroBack").isEnded();
    assertThat(fresh(consent).getAssignee()).isEqualTo("sally");
    assertThat(candidates(fresh(consent))).contains("sally").doesNotContain("steve");
    assertThat(candidates(fresh(visit))).containsExactly("sally");
    assertThat(candidates(fresh(later))).as("work that came in meanwhile comes back too").containsExactly("sally");
    assertThat(scenario.identity.createUserQuery().userId("steve").memberOfTenant("LHS").count())
        .as("the cover leaves the school").isZero();
    assertThat(assignments.onDuty("LHS")).containsExactly("sally");
    assertThat(sees("sally", "HomeVisit")).as("back after").contains(visit.getId(), later.getId());
    assertThat(sees("steve", "HomeVisit")).doesNotContain(visit.getId(), later.getId());
    assertThat(absences.findByProcessInstanceId(pi.getId()).orElseThrow().getStatus())
        .isEqualTo(SroAbsence.Status.ENDED);
    assertThat(audit.entries(pi.getId())).extracting(com.sroworkflow.audit.AuditEntry::action)
        .containsExactly("Handed a task to the cover", "Handed the task back", "Handed a task to the cover",
            "Handed the task back");
  }

  /** The ids of the open tasks of the step the user sees through the engine's REST API (Tasklist's own). */
  private List<String> sees(String user, String taskKey) throws Exception {
    return JSON.readTree(Http.as(rest, user).get("/engine-rest/task?taskDefinitionKey=" + taskKey).getBody())
        .findValuesAsText("id");
  }

  /** An absence of Sally's from today for three days, covered by Steve and under way. */
  private ProcessInstance sallyAwayCoveredBySteve() {
    LocalDate today = scenario.calendar.today();
    ProcessInstance pi = scenario.start("sally", "sroAbsence", absence("", "LEAVE", today, today.plusDays(2)));
    scenario.complete("sam", scenario.task(pi, "NameCover"), Map.of("coverOfficer", "steve"));
    runJob(pi);
    assertThat(pi).isWaitingAt("AbsenceEnds");
    return pi;
  }

  @Test
  void sallyCancelsHerAbsenceWhileItLastsTheCoverEndsAndHerTasksComeBackAtOnce() throws Exception {
    ProcessInstance referral = scenario.as("sally",
        () -> scenario.runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    Task consent = scenario.tasks.createTaskQuery().processInstanceId(referral.getId())
        .taskDefinitionKey("RecordConsent").singleResult();
    Task visit = truancyHomeVisit();
    ProcessInstance pi = sallyAwayCoveredBySteve();
    Task later = truancyHomeVisit();
    assertThat(fresh(consent).getAssignee()).isEqualTo("steve");
    assertThat(candidates(later)).containsExactly("steve");
    SroAbsence a = absences.findByProcessInstanceId(pi.getId()).orElseThrow();

    // the next day she is back early and cancels it herself
    EngineClock.set(scenario.calendar.today().plusDays(1).atTime(9, 0).atZone(scenario.calendar.zone()).toInstant());
    ProcessInstance cancelCase = scenario.start("sally", "sroAbsenceCancel",
        Map.of("absenceId", String.valueOf(a.getId()), "cancelConfirmed", true));
    assertThat(cancelCase).hasPassed("CancelAbsence").isEnded();
    assertThat(pi).hasPassed("AbsenceCanceled", "CancelAndHandBack", "SroOnDutyAgain").hasNotPassed("HandBack")
        .isEnded();
    assertThat(fresh(consent).getAssignee()).isEqualTo("sally");
    assertThat(candidates(fresh(visit))).containsExactly("sally");
    assertThat(candidates(fresh(later))).as("work that came in meanwhile comes back too").containsExactly("sally");
    assertThat(assignments.onDuty("LHS")).containsExactly("sally");
    assertThat(scenario.identity.createUserQuery().userId("steve").memberOfTenant("LHS").count()).isZero();
    assertThat(sees("sally", "HomeVisit")).contains(visit.getId(), later.getId());
    SroAbsence canceled = absences.findById(a.getId()).orElseThrow();
    assertThat(canceled.getStatus()).isEqualTo(SroAbsence.Status.CANCELED);
    assertThat(canceled.getCanceledBy()).isEqualTo("sally");
    assertThat(canceled.getLastDay()).as("it lasted its first day").isEqualTo(canceled.getFirstDay());
    // new work goes to her again
    assertThat(candidates(truancyHomeVisit())).containsExactly("sally");
    // and nothing is left to cancel
    assertThatThrownBy(() -> scenario.start("sally", "sroAbsenceCancel",
        Map.of("absenceId", String.valueOf(a.getId()), "cancelConfirmed", true)))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("absenceId"));
  }

  @Test
  void theSergeantEntersAnAbsenceForHisSroButNoOtherSroDoes() {
    LocalDate monday = scenario.calendar.today().plusDays(7);
    assertThatThrownBy(() -> scenario.start("steve", "sroAbsence", absence("sally", "LEAVE", monday, monday)))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("absenceOfficer"));
    assertThatThrownBy(() -> scenario.start("sam", "sroAbsence", absence("sally", "COURT", monday, monday.minusDays(1))))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("absenceLastDay"));
    assertThat(absences.count()).isZero();

    ProcessInstance pi = scenario.start("sam", "sroAbsence", absence("sally", "COURT", monday, monday));
    assertThat(pi).isWaitingAt("NameCover");
    assertThat(absences.findByProcessInstanceId(pi.getId()).orElseThrow().getEnteredBy()).isEqualTo("sam");
    assertThatThrownBy(() -> scenario.start("sally", "sroAbsence", absence("", "LEAVE", monday, monday)))
        .as("one absence a day")
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("absenceFirstDay"));
  }

  /** The start form's "who is away" picker offers what {@code enter} accepts: nothing to type. */
  @Test
  void theStartFormOffersTheSroThemselvesTheSergeantHisSrosAndOthersNobody() {
    assertThat(options.options(AbsenceOptions.ABSENT_OFFICER, "sally")).extracting(o -> o.get("value"))
        .containsExactly("sally");
    assertThat(options.options(AbsenceOptions.ABSENT_OFFICER, "sam")).extracting(o -> o.get("value"))
        .contains("sally", "steve").doesNotContain("sam", "paula", "olivia");
    assertThat(options.options(AbsenceOptions.ABSENT_OFFICER, "paula")).isEmpty();
    assertThat(options.options(AbsenceOptions.ABSENT_OFFICER, null)).isEmpty();
  }
}
