package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.browser.Tasklist.User;
import com.sroworkflow.selection.Application;
import com.sroworkflow.selection.ApplicationRepository;
import com.sroworkflow.selection.SelectionScenario;
import com.sroworkflow.selection.VacancyRepository;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One SRO application walked to appointment in Camunda Tasklist, each role logging in in turn and
 * working only through the forms: HR, the officer, the supervisor, the board, the Chief.
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

  @AfterEach
  void takeOliviaOffDuty() {
    identity.createGroupQuery().groupMember("olivia").list().stream()
        .filter(g -> List.of("sro", "threatTeam").contains(g.getId()))
        .forEach(g -> identity.deleteMembership("olivia", g.getId()));
    identity.createTenantQuery().userMember("olivia").list()
        .forEach(t -> identity.deleteTenantUserMembership(t.getId(), "olivia"));
  }

  @Test
  void anApplicationIsWalkedToAppointmentByEachRoleInTurn() {
    scenario.reset();
    try (Tasklist tasklist = Tasklist.open("http://localhost:" + port)) {
      try (User hana = tasklist.login("hana")) {
        assertThat(hana.filters()).containsExactly("My tasks", "My groups' tasks", "HR: SRO selection");
        hana.startProcess("SRO vacancy");
        hana.fill("vacancyTitle", "SRO, Lincoln High School and Washington Middle School")
            .fill("schoolCodes", "LHS, WMS").fill("postCount", 1)
            .date("applicationDeadline", LocalDate.now().plusDays(14).format(US));
        hana.submitStartForm();
      }
      String ref = vacancies.findAll().get(0).getReference();

      try (User olivia = tasklist.login("olivia")) {
        olivia.startProcess("SRO application");
        olivia.choose("I volunteer for the SRO assignment").fill("vacancyRef", ref)
            .fill("statement", "I coach youth basketball and want students to trust the police.")
            .check("fitnessDeclared").check("drugFreeDeclared");
        olivia.submitStartForm();
        assertThat(olivia.taskNamesIn("My tasks")).containsExactly("Withdraw my application");
      }

      try (User hana = tasklist.login("hana")) {
        hana.openTask("HR: SRO selection", "Verify the personnel record");
        assertThat(hana.formText()).contains("Olivia Ortiz").contains(ref);
        hana.check("stateCertified").fill("certificationNumber", "APOSTC-20418").fill("fullTimeYears", "6.5")
            .check("probationCompleted").fill("sustainedComplaints", 0).fill("juvenileComplaints", 0);
        hana.complete();
        hana.openTask("HR: SRO selection", "Review the eligibility result");
        assertThat(hana.formText()).contains("Police experience").contains("At least 2 years")
            .contains("Eligible: every criterion is met.");
        hana.check("eligibilityReviewed");
        hana.complete();
      }

      try (User sam = tasklist.login("sam")) {
        sam.openTask("My tasks", "Write the recommendation");
        sam.choose("I recommend the applicant")
            .fill("recommendationText", "Olivia is calm, patient and trusted by young people on her beat.");
        sam.complete();
      }

      try (User hana = tasklist.login("hana")) {
        hana.openTask("HR: SRO selection", "Convene the interview board");
        hana.choose("Carl Cruz").choose("Rita Reyes")
            .date("interviewAt", LocalDate.now().plusDays(3).format(US)).time("interviewAt", "10:00")
            .fill("interviewLocation", "Police HQ, room 2");
        hana.page().click("button:has-text(\"Complete\")");
        assertThat(hana.errorNotification()).contains("two school-system representatives");
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
          board.choose("Favourable");
          board.complete();
        }
      }

      try (User hana = tasklist.login("hana")) {
        hana.openTask("HR: SRO selection", "Forward favourable applicants to the Chief");
        hana.check("forwardConfirmed");
        hana.complete();
      }

      try (User chief = tasklist.login("chief")) {
        assertThat(chief.filters()).contains("Chief: SRO appointments");
        chief.openTask("Chief: SRO appointments", "Appoint the SRO(s)");
        assertThat(chief.formText()).contains("Olivia Ortiz").contains("32.00 / 40");
        chief.select("appointee1", "Olivia Ortiz (" + ref + ")")
            .choose("Lincoln High School (LHS)").choose("Washington Middle School (WMS)");
        chief.complete();
      }

      try (User olivia = tasklist.login("olivia")) {
        assertThat(olivia.taskNamesIn("My tasks")).containsExactlyInAnyOrder(
            "Complete Basic SRO course (40 hours)", "Complete State SRO certification");
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }

    Application application = applications.findAll().get(0);
    assertThat(application.getStatus()).isEqualTo(Application.Status.APPOINTED);
    assertThat(identity.createUserQuery().userId("olivia").memberOfGroup("sro").memberOfTenant("LHS").count()).isOne();
    List<Task> training = tasks.createTaskQuery().taskAssignee("olivia").list();
    assertThat(training).hasSize(2).allSatisfy(t -> assertThat(t.getDueDate()).isNotNull());
  }
}
