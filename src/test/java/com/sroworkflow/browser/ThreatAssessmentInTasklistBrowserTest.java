package com.sroworkflow.browser;

import com.sroworkflow.District;
import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.browser.Tasklist.User;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A serious substantive threat at Lincoln High School from the report to the closed case, in Camunda
 * Tasklist: Maria (counselor, threat team) reports and assesses, Paula (principal) screens with the SRO,
 * decides the classification, acknowledges and closes the case at its review, Sally (SRO) decides on
 * law-enforcement action, Maria tells both families and writes the safety plan. The refusal: an assessment without its interview
 * notes is refused in the form and the task stays open.
 */
@BrowserTest
class ThreatAssessmentInTasklistBrowserTest {

  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final String STUDENT = "Casey Lindqvist";
  private static final String TASK_SUBJECT = "Casey L., Lincoln High School";

  @LocalServerPort int port;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void aSeriousThreatIsWalkedFromReportToClosedCaseByTeamPrincipalAndSro() {
    String today = District.today().format(US);
    String yesterday = District.today().minusDays(1).format(US);
    String instanceId;
    try (Tasklist tasklist = Tasklist.open("http://localhost:" + port)) {
      try (User maria = tasklist.login("maria")) {
        maria.startProcess("Student threat assessment");
        maria.select("schoolCode", "Lincoln High School").fill("studentName", STUDENT).select("studentGrade", "Grade 10")
            .radio("imminentDanger", "No")
            .fill("threatTargets", "Alex M., a classmate")
            .fill("threatBehaviour", "Told Alex in the hallway: \"I'm going to beat you up after school.\"")
            .date("incidentDate", today).fill("incidentLocation", "Hallway by the gym")
            .radio("weapon", "No weapon mentioned or seen").select("reportSource", "A student told staff");
        maria.screenshot("threat-1-report-form");
        Accessibility.assertNoSeriousFindings(maria.page(), "the threat team's Tasklist with the report form", Tasklist.CAMUNDA_CHROME);
        maria.submitStartForm();
        instanceId = runtime.createProcessInstanceQuery().processDefinitionKey("threatAssessment")
            .variableValueEquals("studentName", STUDENT).singleResult().getId();
      }

      try (User paula = tasklist.login("paula")) {
        assertThat(paula.migrationBannerVisible()).as("Camunda 8 migration banner").isFalse();
        assertThat(paula.cardWith("Threat cases", "Screen the report: " + TASK_SUBJECT)).containsIgnoringCase("due");
        paula.openTask("Threat cases", "Screen the report" + ": " + TASK_SUBJECT);
        assertThat(paula.formText()).contains(STUDENT).contains("I'm going to beat you up after school")
            .contains("Maria");
        paula.radio("screeningDecision", "A threat: the team assesses it").choose("Sally Sato")
            .fill("screeningReason", "A specific threat to hurt a classmate; Alex is afraid.");
        paula.screenshot("threat-2-screen");
        paula.complete();
      }

      try (User maria = tasklist.login("maria")) {
        maria.openTask("Threat cases", "Assess the threat" + ": " + TASK_SUBJECT);
        assertThat(maria.openTaskName()).isEqualTo("Assess the threat: " + TASK_SUBJECT);
        for (String question : new String[] {"resolvedOnSpot", "violentThreat", "meansAccess", "hasPlan",
            "priorIncidents", "weaponSeen", "imminentDangerNow", "selfHarm"}) {
          maria.radio(question, "No");
        }
        // the refusal: the interview notes are required; the form says so and the task stays open
        maria.tryComplete();
        assertThat(maria.fieldErrors()).isNotEmpty().allSatisfy(error -> assertThat(error).containsIgnoringCase("required"));
        maria.screenshot("threat-3-assess-refused");
        assertThat(tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("AssessThreat").count())
            .isOne();
        String notes = "Interviewed Casey, Alex and two witnesses: anger over a game, no plan, no weapon, "
            + "not retracted.";
        maria.fill("assessmentNotes", notes);
        if (!maria.completeEnabled()) {
          maria.reopen();
          for (String question : new String[] {"resolvedOnSpot", "violentThreat", "meansAccess", "hasPlan",
              "priorIncidents", "weaponSeen", "imminentDangerNow", "selfHarm"}) {
            maria.radio(question, "No");
          }
          maria.fill("assessmentNotes", notes);
        }
        maria.complete();
      }

      try (User paula = tasklist.login("paula")) {
        paula.openTask("Threat cases", "Decide the classification" + ": " + TASK_SUBJECT);
        assertThat(paula.formText()).contains("Serious substantive");
        paula.radio("classificationChoice", "As the table suggests");
        paula.screenshot("threat-4-classify");
        paula.complete();
      }

      try (User sally = tasklist.login("sally")) {
        sally.openTask("Law-enforcement actions", "Decide on law-enforcement action" + ": " + TASK_SUBJECT);
        sally.radio("crimeOccurred", "No").radio("lawEnforcementAction", "None")
            .fill("teamSummary", "No crime; no law-enforcement action. I stay in touch with the team.");
        sally.screenshot("threat-5-law-enforcement");
        sally.complete();
      }

      try (User maria = tasklist.login("maria")) {
        maria.openTask("Threat cases", "Notify the intended victim" + ": " + TASK_SUBJECT);
        maria.radio("victimKind", "A student: tell their parents");
        maria.fill("toldWhom", "Dana and Lee M., Alex's parents").date("toldAt", yesterday).time("toldAt", "16:00")
            .select("toldHow", "By phone");
        maria.complete();
        maria.openTask("Threat cases", "Notify the student's parents" + ": " + TASK_SUBJECT);
        maria.fill("toldWhom", "Pat Lindqvist, father").date("toldAt", yesterday).time("toldAt", "16:30")
            .select("toldHow", "In person");
        maria.complete();
      }

      try (User paula = tasklist.login("paula")) {
        paula.openTask("Threat cases", "Acknowledge the threat case" + ": " + TASK_SUBJECT);
        paula.fill("schoolMeasures", "One-day suspension; a check-in with the counselor every morning.");
        paula.screenshot("threat-6-acknowledge");
        paula.complete();
      }

      // a serious threat gets a written safety plan; its action is the counselor's
      try (User maria = tasklist.login("maria")) {
        maria.openTask("Threat cases", "Write the safety plan" + ": " + TASK_SUBJECT);
        maria.fill("planSummary", "Casey checks in with the counselor every morning for a month.")
            .fill("action1", "Morning check-in with the counselor").select("owner1", "Maria Moreno")
            .date("due1", District.today().plusDays(7).format(US));
        maria.screenshot("threat-6b-safety-plan");
        maria.complete();
        maria.openTask("Threat cases", "Carry out a safety plan action" + ": " + TASK_SUBJECT);
        assertThat(maria.formText()).as("the action, loaded from its record").contains("Morning check-in with the counselor");
        maria.radio("actionStatus", "Done");
        maria.complete();
      }

      // the first review is due a month later (level of concern medium): its timer runs now
      Job reviewDue = management.createJobQuery().processInstanceId(instanceId).activityId("ReviewDue")
          .singleResult();
      management.executeJob(reviewDue.getId());

      try (User paula = tasklist.login("paula")) {
        paula.openTask("Threat cases", "Review the case" + ": " + TASK_SUBJECT);
        assertThat(paula.formText()).as("the plan's actions, loaded from the records")
            .contains("Morning check-in with the counselor", "None asked for");
        paula.fill("reviewNotes", "No further incidents; Casey and Alex attend classes without trouble.")
            .radio("concernNow", "Low").radio("reviewDecision", "Close the case")
            .select("closingOutcome", "Concern resolved")
            .fill("closingNote", "A month without incident; the family and the counselor agree.");
        paula.screenshot("threat-7-review-close");
        paula.complete();
        assertThat(paula.taskNamesIn("Threat cases")).noneMatch(name -> name.contains(TASK_SUBJECT));
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }

    HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult();
    assertThat(done.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(done.getEndActivityId()).isEqualTo("CaseClosed");
  }

  /**
   * Issue 15: a teacher reports with only the school, what was said and when; the team identifies the
   * student before screening, and the screening dismisses it. The teacher sees no case afterwards.
   */
  @Test
  void aTeachersReportWithoutTheStudentIsIdentifiedAndScreenedInTasklist() {
    String today = District.today().format(US);
    String behaviour = "A student at the bus stop said the school \"will be sorry\" (" + System.nanoTime() + ")";
    String instanceId;
    try (Tasklist tasklist = Tasklist.open("http://localhost:" + port)) {
      try (User tina = tasklist.login("tina")) {
        tina.startProcess("Student threat assessment");
        tina.select("schoolCode", "Lincoln High School").fill("threatBehaviour", behaviour).date("incidentDate", today);
        tina.screenshot("threat-8-teacher-report");
        tina.submitStartForm();
        instanceId = runtime.createProcessInstanceQuery().processDefinitionKey("threatAssessment")
            .variableValueEquals("threatBehaviour", behaviour).singleResult().getId();
      }

      try (User maria = tasklist.login("maria")) {
        maria.openTask("Threat cases", "Identify the student: student not yet identified, Lincoln High School");
        assertThat(maria.formText()).contains("will be sorry").contains("Tina Torres");
        maria.fill("studentName", "Jordan Pemberton").select("studentGrade", "Grade 9");
        maria.screenshot("threat-9-identify-student");
        maria.complete();
      }

      try (User paula = tasklist.login("paula")) {
        paula.openTask("Threat cases", "Screen the report: Jordan P., Lincoln High School");
        paula.radio("screeningDecision", "Not a threat: dismiss it").choose("Sally Sato")
            .fill("screeningReason", "Jordan was quoting a movie line to a friend; no one felt threatened.");
        paula.complete();
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }

    HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult();
    assertThat(done.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(done.getEndActivityId()).isEqualTo("CaseDismissed");
  }
}
