package com.sroworkflow.browser;

import com.sroworkflow.District;
import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.browser.Tasklist.User;
import com.sroworkflow.selection.Application;
import com.sroworkflow.selection.ApplicationRepository;
import com.sroworkflow.selection.SelectionScenario;
import com.sroworkflow.selection.VacancyRepository;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One SRO application walked to the end of both processes in Camunda Tasklist, each role logging in
 * in turn, working only through the forms and logging out: HR, the officer, the supervisor, the board,
 * the Chief, and the new SRO completing the required training. The refusal: a board without two
 * school-system representatives is refused by the server, which says why, and the task stays open.
 */
@BrowserTest
class SelectionInTasklistBrowserTest {

  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  @LocalServerPort int port;
  @Autowired SelectionScenario scenario;
  @Autowired VacancyRepository vacancies;
  @Autowired ApplicationRepository applications;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;

  @AfterEach
  void takeOliviaOffDuty() {
    identity.createGroupQuery().groupMember("olivia").list().stream()
        .filter(g -> List.of("sro", "threatTeam").contains(g.getId()))
        .forEach(g -> identity.deleteMembership("olivia", g.getId()));
    identity.createTenantQuery().userMember("olivia").list()
        .forEach(t -> identity.deleteTenantUserMembership(t.getId(), "olivia"));
  }

  @Test
  void anApplicationIsWalkedToAppointmentAndTrainingByEachRoleInTurn() {
    scenario.reset();
    try (Tasklist tasklist = Tasklist.open("http://localhost:" + port)) {
      try (User hana = tasklist.login("hana")) {
        assertThat(hana.migrationBannerVisible()).as("Camunda 8 migration banner").isFalse();
        assertThat(hana.filters()).containsExactly("My work", "My tasks", "HR: SRO selection");
        hana.startProcess("SRO vacancy");
        hana.fill("vacancyTitle", "SRO, Lincoln High School and Washington Middle School")
            .chooseExactly("Lincoln High School").chooseExactly("Washington Middle School").fill("postCount", 1)
            .date("applicationDeadline", District.today().plusDays(14).format(US));
        hana.screenshot("selection-1-open-vacancy");
        Accessibility.assertNoSeriousFindings(hana.page(), "HR's Tasklist with the vacancy form", Tasklist.CAMUNDA_CHROME);
        hana.submitStartForm();
      }
      String ref = vacancies.findAll().get(0).getReference();

      try (User olivia = tasklist.login("olivia")) {
        olivia.startProcess("SRO application");
        olivia.choose("I volunteer for the SRO assignment").select("vacancyRef", ref + ": SRO, Lincoln High School")
            .fill("statement", "I coach youth basketball and want students to trust the police.")
            .check("fitnessDeclared").check("drugFreeDeclared");
        olivia.screenshot("selection-2-apply");
        olivia.submitStartForm();
        assertThat(olivia.taskNamesIn("My tasks")).as("no standing withdrawal task").isEmpty();
      }

      try (User hana = tasklist.login("hana")) {
        assertThat(hana.cardWith("HR: SRO selection", "Verify the personnel record: Olivia Ortiz"))
            .containsIgnoringCase("due in");
        hana.openTask("HR: SRO selection", "Verify the personnel record");
        assertThat(hana.openTaskName()).isEqualTo("Verify the personnel record: Olivia Ortiz");
        assertThat(hana.formText()).contains("Olivia Ortiz").contains(ref);
        hana.check("stateCertified").fill("certificationNumber", "APOSTC-20418").fill("fullTimeYears", "6.5")
            .check("probationCompleted").fill("sustainedComplaints", 0).fill("juvenileComplaints", 0);
        hana.complete();
        hana.openTask("HR: SRO selection", "Review the eligibility result");
        assertThat(hana.formText()).contains("Police experience").contains("At least 2 years")
            .contains("Eligible: every criterion is met.");
        hana.check("eligibilityReviewed");
        hana.screenshot("selection-3-eligibility");
        hana.complete();
      }

      try (User sam = tasklist.login("sam")) {
        sam.openTask("My tasks", "Write the recommendation");
        sam.choose("I recommend the applicant")
            .fill("recommendationText", "Olivia is calm, patient and trusted by young people on her beat.");
        sam.screenshot("selection-4-recommend");
        sam.complete();
      }

      try (User hana = tasklist.login("hana")) {
        hana.openTask("HR: SRO selection", "Convene the interview board");
        hana.choose("Carl Cruz").choose("Rita Reyes")
            .date("interviewAt", District.today().plusDays(3).format(US)).time("interviewAt", "10:00")
            .fill("interviewLocation", "Police HQ, room 2");
        hana.page().click("button:has-text(\"Complete\")");
        assertThat(hana.errorNotification()).contains("two school-system representatives");
        hana.screenshot("selection-5-board-refused");
        hana.choose("Raj Rao");
        hana.complete();
      }

      for (String member : List.of("carl", "rita", "raj")) {
        try (User board = tasklist.login(member)) {
          board.openTask("My tasks", "Score the applicant");
          for (String criterion : List.of("jobKnowledge", "experience", "training", "education", "appearance",
              "attitude", "communicationSkills", "bearing")) {
            board.fill(criterion, 4);
          }
          board.choose("Favorable");
          if (member.equals("carl")) {
            board.screenshot("selection-6-score");
          }
          board.complete();
        }
      }

      try (User hana = tasklist.login("hana")) {
        hana.openTask("HR: SRO selection", "Forward favorable applicants to the Chief");
        hana.check("forwardConfirmed");
        hana.complete();
      }

      try (User chief = tasklist.login("chief")) {
        assertThat(chief.filters()).contains("Chief: SRO appointments");
        chief.openTask("Chief: SRO appointments", "Appoint the SRO(s)");
        assertThat(chief.formText()).contains("Olivia Ortiz").contains("32.00 / 40");
        chief.radio("appointDecision", "Appoint from the favorably recommended applicants")
            .select("appointee1", "Olivia Ortiz (" + ref + ")")
            .choose("Lincoln High School (LHS)").choose("Washington Middle School (WMS)");
        chief.screenshot("selection-7-appoint");
        Accessibility.assertNoSeriousFindings(chief.page(), "the Chief's Tasklist with the appointment form", Tasklist.CAMUNDA_CHROME);
        chief.complete();
      }

      try (User olivia = tasklist.login("olivia")) {
        assertThat(olivia.taskNamesIn("My tasks")).containsExactlyInAnyOrder(
            "Complete Basic SRO course (40 hours)", "Complete State SRO certification");
        assertThat(olivia.cardsIn("My tasks")).allSatisfy(card -> assertThat(card).containsIgnoringCase("due"));
        olivia.openTask("My tasks", "Complete Basic SRO course (40 hours)");
        olivia.date("completedOn", District.today().format(US)).fill("trainingProvider", "State Police Academy")
            .fill("trainingHours", 40).fill("certificateNumber", "BSRO-2026-118")
            .date("validUntil", District.today().plusYears(2).format(US));
        olivia.screenshot("selection-8-training");
        olivia.complete();
        olivia.openTask("My tasks", "Complete State SRO certification");
        olivia.date("completedOn", District.today().format(US)).fill("trainingProvider", "State POST board")
            .fill("certificateNumber", "SRO-CERT-5521")
            .date("validUntil", District.today().plusYears(3).format(US));
        olivia.complete();
        assertThat(olivia.taskNamesIn("My tasks")).isEmpty();
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }

    Application application = applications.findAll().get(0);
    assertThat(application.getStatus()).isEqualTo(Application.Status.APPOINTED);
    assertThat(identity.createUserQuery().userId("olivia").memberOfGroup("sro").memberOfTenant("LHS").count()).isOne();
    assertThat(tasks.createTaskQuery().taskAssignee("olivia").list()).isEmpty();
    HistoricProcessInstance selection = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("sroSelection").processInstanceBusinessKey("application-" + application.getId())
        .singleResult();
    assertThat(selection.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(selection.getEndActivityId()).isEqualTo("ReadyForDuty");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(selection.getId())
        .activityId("CompleteTraining").finished().list())
        .hasSize(2).allSatisfy(t -> assertThat(t.getEndTime()).isNotNull());
    HistoricProcessInstance vacancy = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("sroVacancy").orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0);
    assertThat(vacancy.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(vacancy.getEndActivityId()).isEqualTo("VacancyFilled");
  }
}
