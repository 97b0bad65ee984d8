package com.sroworkflow.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.assignment.SroAssignment;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.selection.SelectionScenario;
import com.sroworkflow.selection.VacancyRepository;
import com.sroworkflow.system.InvalidInputException;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Removal and replacement (bpmn/sro-removal.bpmn), every path: the Chief removes an SRO; a principal
 * asks in writing and the Chief keeps the SRO or replaces them. The school is covered by another SRO
 * from the removal until a replacement is on duty, and a replacement vacancy opens.
 */
@IntegrationTest
class SroRemovalProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REASON = "Reassigned to the detective bureau at the officer's own request.";

  @Autowired ProgramScenario scenario;
  @Autowired SelectionScenario selection;
  @Autowired Assignments assignments;
  @Autowired com.sroworkflow.school.Staffing staffing;
  @Autowired SroRemovalRepository removals;
  @Autowired VacancyRepository vacancies;
  @Autowired NotificationRepository notifications;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired TestRestTemplate rest;
  @Autowired com.sroworkflow.absence.AbsenceTestData absenceData;
  @Autowired com.sroworkflow.truancy.TruancyTestData truancy;

  @BeforeEach
  void reset() {
    selection.reset();
    scenario.reset();
  }

  @AfterEach
  void cleanUp() {
    runtime.createProcessInstanceQuery().processDefinitionKey("studentReferral").list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    absenceData.reset();
    truancy.reset();
    selection.reset();
    scenario.reset();
  }

  private static Map<String, Object> removal(String school, String officer) {
    return Map.of("removalSchool", school, "removalOfficer", officer, "removalReason", REASON);
  }

  @Test
  void theChiefRemovesSteveAndSallyCoversWmsUntilAReplacementIsOnDuty() throws Exception {
    ProcessInstance pi = scenario.start("chief", "sroRemoval", removal("WMS", "steve"));
    assertThat(pi).hasPassed("RegisterRemoval").isWaitingAt("ArrangeCover");
    assertThat(pi).hasNotPassed("DecideReplacement");
    Task cover = scenario.task(pi, "ArrangeCover");
    assertThat(scenario.forms.getTaskFormVariables(cover.getId()).getValue("coverOfficer", String.class))
        .as("the SRO of the school WMS feeds into is suggested").isEqualTo("sally");
    assertThat(assignments.srosOf("WMS")).containsExactly("steve");
    String options = scenario.forms.getTaskFormVariables(cover.getId()).getValue("coverOptions",
        org.camunda.spin.json.SpinJsonNode.class).toString();
    assertThat(options).as("every SRO but the one who leaves, by name")
        .contains("\"value\":\"sally\"").contains("Sally Sato, School Resource Officer").doesNotContain("\"steve\"");
    assertThatThrownBy(() -> scenario.complete("chief", cover, Map.of("coverOfficer", "steve")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("coverOfficer"));
    assertThatThrownBy(() -> scenario.complete("chief", cover, Map.of("coverOfficer", "olivia")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("coverOfficer"));
    assertThat(pi).as("a cover from outside the list is refused, the task stays open").isWaitingAt("ArrangeCover");

    scenario.complete("chief", cover, Map.of("coverOfficer", "sally"));
    assertThat(pi).hasPassedInOrder("ArrangeCover", "OpenReplacementVacancy", "SchoolCovered").isEnded();
    assertThat(assignments.srosOf("WMS")).containsExactly("sally");
    assertThat(assignments.activeAt("WMS", scenario.calendar.today())).singleElement()
        .satisfies(a -> assertThat(a.getKind()).isEqualTo(SroAssignment.Kind.COVER));
    assertThat(scenario.identity.createUserQuery().userId("steve").memberOfTenant("WMS").count()).isZero();
    assertThat(scenario.identity.createUserQuery().userId("sally").memberOfTenant("WMS").count()).isOne();
    SroRemoval r = removals.findByProcessInstanceId(pi.getId()).orElseThrow();
    assertThat(r.getCoverOfficer()).isEqualTo("sally");
    assertThat(r.getDecision()).isEqualTo("REPLACE");
    assertThat(r.getVacancyReference()).startsWith("V-");
    assertThat(vacancies.findByReferenceIgnoreCase(r.getVacancyReference())).get()
        .satisfies(v -> assertThat(v.getSchoolCodes()).containsExactly("WMS"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("sroVacancy")
        .processInstanceBusinessKey(r.getVacancyReference()).count()).isOne();

    // WMS's SRO work now reaches Sally, and Steve sees none of it
    ProcessInstance referral = scenario.as("sally",
        () -> runtime.startProcessInstanceByKey("studentReferral", wmsReferralBySally()));
    Task consent = tasks.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("RecordConsent")
        .singleResult();
    assertThat(tasks.getIdentityLinksForTask(consent.getId())).extracting(IdentityLink::getUserId)
        .contains("sally").doesNotContain("steve");
    JsonNode steveSees = JSON.readTree(Http.as(rest, "steve").get("/engine-rest/task?processInstanceId="
        + referral.getId()).getBody());
    assertThat(steveSees).isEmpty();

    // the replacement's appointment ends the cover
    staffing.appoint("olivia", java.util.Set.of("WMS"), "chief");
    assertThat(assignments.srosOf("WMS")).containsExactly("olivia");
    assertThat(scenario.identity.createUserQuery().userId("sally").memberOfTenant("WMS").count()).isZero();
  }

  private static Map<String, Object> wmsReferralBySally() {
    Map<String, Object> v = new java.util.HashMap<>(ReferralTestData.wmsReferral());
    v.put("referringUser", "sally");
    return v;
  }

  @Test
  void peterAsksForAReplacementAndTheChiefKeepsSteve() {
    long mails = notifications.count();
    ProcessInstance pi = scenario.start("peter", "sroRemoval", removal("WMS", "steve"));
    assertThat(pi).isWaitingAt("DecideReplacement");
    Task decide = scenario.task(pi, "DecideReplacement");
    assertThat(tasks.createTaskQuery().taskId(decide.getId()).taskCandidateGroup("chief").count()).isOne();
    assertThatThrownBy(() -> scenario.complete("chief", decide, Map.of("removalDecision", "KEEP",
        "decisionReason", "no")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("decisionReason"));
    scenario.complete("chief", decide, Map.of("removalDecision", "KEEP",
        "decisionReason", "Steve has had one complaint in four years; we will talk with him and the school."));
    assertThat(pi).hasPassedInOrder("DecideReplacement", "TellSchoolKept", "SroStays").isEnded();
    assertThat(assignments.srosOf("WMS")).containsExactly("steve");
    assertThat(notifications.count() - mails).isEqualTo(1);
    assertThat(removals.findByProcessInstanceId(pi.getId()).orElseThrow().getDecision()).isEqualTo("KEEP");
  }

  @Test
  void peterAsksForAReplacementTheChiefReplacesAndALapsedCoverIsRefused() {
    ProcessInstance pi = scenario.start("peter", "sroRemoval", removal("WMS", "steve"));
    scenario.complete("chief", scenario.task(pi, "DecideReplacement"), Map.of("removalDecision", "REPLACE",
        "decisionReason", "The school's written request gives good reasons."));
    assertThat(pi).isWaitingAt("ArrangeCover");
    scenario.lapse("sally");
    Task cover = scenario.task(pi, "ArrangeCover");
    assertThatThrownBy(() -> scenario.complete("chief", cover, Map.of("coverOfficer", "sally")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getMessage())
            .contains("Sally Sato cannot be assigned to Washington Middle School")
            .contains("Basic SRO course (40 hours) expired on"));
    assertThat(pi).isWaitingAt("ArrangeCover");
    assertThat(assignments.srosOf("WMS")).as("nothing changed").containsExactly("steve");
    assertThat(tasks.createTaskQuery().processDefinitionKey("refresherTraining").taskAssignee("sam").count())
        .as("the supervisor schedules the refresher").isEqualTo(2);
    scenario.trained("sally", scenario.calendar.today(), scenario.calendar.today().plusYears(2));
    scenario.complete("chief", cover, Map.of("coverOfficer", "sally"));
    assertThat(pi).isEnded();
    assertThat(assignments.srosOf("WMS")).containsExactly("sally");
  }

  @Test
  void onlyTheChiefOrThePrincipalOfTheSchoolAskAndOnlyForItsSro() {
    long before = removals.count();
    assertThatThrownBy(() -> scenario.start("paula", "sroRemoval", removal("WMS", "steve")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("removalSchool"));
    assertThatThrownBy(() -> scenario.start("chief", "sroRemoval", removal("WMS", "sally")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("removalOfficer"));
    assertThat(Http.as(rest, "sally").post("/engine-rest/process-definition/key/sroRemoval/start",
        "{\"variables\": {\"removalSchool\": {\"value\": \"LHS\"}, \"removalOfficer\": {\"value\": \"sally\"},"
            + " \"removalReason\": {\"value\": \"" + REASON + "\"}}}").getStatusCode().value())
        .as("an SRO does not start removals").isIn(403, 404);
    assertThat(removals.count()).isEqualTo(before);
  }

  @Test
  void theRemovedSrosOpenTasksOfEveryProcessGoToTheCoverAndNoneIsLeftWithNobody() {
    ProcessInstance referral = scenario.as("sally",
        () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    ProcessInstance truancyCase = scenario.start("alex", "truancyCase",
        com.sroworkflow.truancy.TruancyTestData.lhsCase());
    scenario.complete("alex", scenario.task(truancyCase, "ContactHome"), Map.of("homeContactMethod", "PHONE",
        "familyReached", true, "homeContactNotes", "Family will call back.", "attendanceAfterContact",
        "NOT_IMPROVED"));
    Task consent = tasks.createTaskQuery().processInstanceId(referral.getId())
        .taskDefinitionKey("RecordConsent").singleResult();
    Task visit = scenario.task(truancyCase, "HomeVisit");
    assertThat(consent.getAssignee()).isEqualTo("sally");

    ProcessInstance pi = scenario.start("chief", "sroRemoval", removal("LHS", "sally"));
    scenario.complete("chief", scenario.task(pi, "ArrangeCover"), Map.of("coverOfficer", "steve"));
    assertThat(pi).isEnded();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();

    for (Task t : java.util.List.of(consent, visit)) {
      Task now = tasks.createTaskQuery().taskId(t.getId()).singleResult();
      java.util.List<String> users = tasks.getIdentityLinksForTask(t.getId()).stream()
          .map(IdentityLink::getUserId).filter(java.util.Objects::nonNull).toList();
      assertThat(users).as(t.getTaskDefinitionKey()).contains("steve").doesNotContain("sally");
      assertThat(now.getAssignee()).isIn(null, "steve");
    }
    assertThat(tasks.createTaskQuery().taskId(consent.getId()).singleResult().getAssignee()).isEqualTo("steve");
    assertThat(absenceData.handedForGood()).isEqualTo(2);
    assertThat(assignments.onDuty("LHS")).containsExactly("steve");
  }

  /**
   * A referral names its SRO once ({@code ${referringUser}}, bpmn/student-referral.bpmn), and its later tasks are
   * assigned to that name: after Sally's removal mid-referral, the next one goes to Steve, who covers the school,
   * never to her and never to nobody.
   */
  @Test
  void theReferralsNextSroTaskAfterSallysRemovalGoesToTheCoveringSro() {
    ProcessInstance referral = scenario.as("sally",
        () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    Task consent = tasks.createTaskQuery().processInstanceId(referral.getId())
        .taskDefinitionKey("RecordConsent").singleResult();
    assertThat(consent.getAssignee()).isEqualTo("sally");

    ProcessInstance pi = scenario.start("chief", "sroRemoval", removal("LHS", "sally"));
    scenario.complete("chief", scenario.task(pi, "ArrangeCover"), Map.of("coverOfficer", "steve"));
    assertThat(tasks.createTaskQuery().taskId(consent.getId()).singleResult().getAssignee()).isEqualTo("steve");
    assertThat(runtime.getVariable(referral.getId(), "referringUser")).as("the case still names her").isEqualTo("sally");

    scenario.complete("steve", consent, Map.of("consentDecision", "GIVEN", "consentBy", "Morgan Doe, mother",
        "consentMethod", "SIGNED_FORM", "consentDate", scenario.calendar.today().toString(),
        "consentScope", "Attendance record and this referral, to Riverbend only"));
    assertThat(referral).isWaitingAt("RecordAgencyResponse");
    Task response = tasks.createTaskQuery().processInstanceId(referral.getId())
        .taskDefinitionKey("RecordAgencyResponse").singleResult();
    assertThat(response.getAssignee()).as("the next SRO task: the cover, not the removed SRO").isEqualTo("steve");
    assertThat(tasks.getIdentityLinksForTask(response.getId()).stream().map(IdentityLink::getUserId)
        .filter(java.util.Objects::nonNull)).contains("steve").doesNotContain("sally");
    assertThat(tasks.createTaskQuery().taskAssignee("sally").processInstanceId(referral.getId()).count()).isZero();
  }

  @Test
  void aPrincipalChoosesOnlyTheirSchoolAndItsSrosAndTheChiefEverySchool() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode peter = json.readTree(Http.as(rest, "peter")
        .get("/engine-rest/process-definition/key/sroRemoval/form-variables").getBody());
    assertThat(json.readTree(peter.path("mySchoolOptions").path("value").asText()).findValuesAsText("value"))
        .containsExactly("WMS");
    assertThat(json.readTree(peter.path("removableSroOptions").path("value").asText()).findValuesAsText("value"))
        .containsExactly("steve");
    assertThat(peter.path("removableSroOptions").path("value").asText()).contains("Steve Stark")
        .contains("Washington Middle School");
    com.fasterxml.jackson.databind.JsonNode chief = json.readTree(Http.as(rest, "chief")
        .get("/engine-rest/process-definition/key/sroRemoval/form-variables").getBody());
    assertThat(json.readTree(chief.path("mySchoolOptions").path("value").asText()).findValuesAsText("value"))
        .contains("LHS", "WMS");
    assertThat(json.readTree(chief.path("removableSroOptions").path("value").asText()).findValuesAsText("value"))
        .contains("sally", "steve");
  }
}
