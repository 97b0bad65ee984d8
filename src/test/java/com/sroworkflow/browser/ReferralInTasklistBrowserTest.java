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
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A student referral from the SRO's start form to its closing follow-up, in Camunda Tasklist, as the
 * README's "Walk through it" tells it: Sally (SRO, Lincoln High) refers and chooses the agency, Paula
 * (principal, Lincoln High) acknowledges, Peter (principal of another school) sees nothing of it, Sally
 * records consent, the agency's answer and, after the follow-up period, the follow-up. On the start form, a value
 * that does not have a field's form is answered with the field's format in words, never with its pattern.
 */
@BrowserTest
class ReferralInTasklistBrowserTest {

  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final String STUDENT = "Jordan Mercer";
  private static final String TASK_SUBJECT = "Jordan M., Lincoln High School";

  @LocalServerPort int port;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void aReferralIsWalkedToItsFollowUpByTheSroAndThePrincipal() {
    String today = District.today().format(US);
    String instanceId;
    try (Tasklist tasklist = Tasklist.open("http://localhost:" + port)) {
      try (User sally = tasklist.login("sally")) {
        assertThat(sally.migrationBannerVisible()).as("Camunda 8 migration banner").isFalse();
        sally.startProcess("Student referral");
        // a value that does not have the field's form: the person reads the field's format in words, not its pattern
        sally.fill("districtStudentId", "LHS 4410027!");
        assertThat(sally.fieldError("districtStudentId"))
            .isEqualTo("Use letters, digits and hyphens only (at most 32), as in the district's records.")
            .doesNotContain("pattern").doesNotContain("^");
        sally.fill("familyContactPhone", "call the office");
        assertThat(sally.fieldError("familyContactPhone")).startsWith("Use the format (555) 010-2233")
            .doesNotContain("[0-9");
        sally.select("schoolCode", "Lincoln High School").fill("studentName", STUDENT).select("studentGrade", "Grade 9")
            .fill("districtStudentId", "LHS-4410027").fill("familyContactName", "Morgan Mercer")
            .fill("familyContactRelationship", "Mother").fill("familyContactPhone", "(555) 010-2233")
            .fill("purpose", "Assessment and counselling")
            .fill("reason", "Missed 11 days this term; panic attacks before school")
            .fill("expectedOutcome", "Regular counselling, back in class full time");
        sally.screenshot("referral-1-start-form");
        sally.submitStartForm();
        instanceId = runtime.createProcessInstanceQuery().processDefinitionKey("studentReferral")
            .variableValueEquals("studentName", STUDENT).singleResult().getId();

        assertThat(sally.cardWith("My referrals", "Choose agency: " + TASK_SUBJECT)).containsIgnoringCase("due");
        sally.openTask("My referrals", "Choose agency" + ": " + TASK_SUBJECT);
        assertThat(sally.openTaskName()).isEqualTo("Choose agency: " + TASK_SUBJECT);
        sally.select("agencyId", "Riverbend Community Mental Health Center");
        sally.screenshot("referral-2-choose-agency");
        Accessibility.assertNoSeriousFindings(sally.page(), "the SRO's Tasklist with the agency form", Tasklist.CAMUNDA_CHROME);
        sally.complete();
      }

      try (User paula = tasklist.login("paula")) {
        assertThat(paula.cardWith("Referrals to acknowledge", "Acknowledge referral: " + TASK_SUBJECT))
            .containsIgnoringCase("due");
        paula.screenshot("referral-3-principal-task-list");
        paula.openTask("Referrals to acknowledge", "Acknowledge referral" + ": " + TASK_SUBJECT);
        assertThat(paula.formText()).contains("Sally").contains(STUDENT)
            .contains("Riverbend Community Mental Health Center")
            .contains("Missed 11 days this term").contains("Referred:");
        paula.fill("acknowledgementComment", "Thank you. I will tell the counsellor, Maria.");
        paula.screenshot("referral-4-acknowledge");
        paula.complete();
      }

      // the refusal: the principal of another school sees nothing of the referral in any filter
      try (User peter = tasklist.login("peter")) {
        for (String filter : peter.filters()) {
          assertThat(peter.cardsIn(filter)).as("peter's filter " + filter)
              .noneMatch(card -> card.contains("Jordan") || card.contains("Lincoln High"));
        }
      }
      assertThat(tasks.createTaskQuery().processInstanceId(instanceId).taskCandidateUser("peter").count()).isZero();

      try (User sally = tasklist.login("sally")) {
        sally.openTask("My referrals", "Record parent consent" + ": " + TASK_SUBJECT);
        sally.chooseExactly("Given").fill("consentBy", "Morgan Mercer, mother").date("consentDate", today)
            .select("consentMethod", "Signed consent form")
            .fill("consentScope", "Attendance record and the reason for the referral");
        sally.screenshot("referral-5-consent");
        sally.complete();

        sally.openTask("My referrals", "Record agency response and first contact" + ": " + TASK_SUBJECT);
        sally.chooseExactly("accepted the referral").chooseExactly("Linked to services")
            .date("firstContactDate", today).fill("responseNote", "Intake appointment with the youth team");
        sally.complete();
      }

      // the follow-up period (30 days) passes: its timer is run as the administrator would
      Job followUpDue = management.createJobQuery().processInstanceId(instanceId).activityId("FollowUpDue")
          .singleResult();
      management.executeJob(followUpDue.getId());

      try (User sally = tasklist.login("sally")) {
        sally.openTask("My referrals", "Follow up on referral" + ": " + TASK_SUBJECT);
        sally.chooseExactly("Yes").fill("followUpNote", "Weekly sessions; attendance back to normal.");
        sally.screenshot("referral-6-follow-up");
        sally.complete();
        assertThat(sally.taskNamesIn("My referrals")).noneMatch(name -> name.contains(TASK_SUBJECT));
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }

    HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult();
    assertThat(done.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(done.getEndActivityId()).isEqualTo("ReferralClosed");
    Task none = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(none).isNull();
  }
}
