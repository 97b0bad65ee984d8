package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sroworkflow.browser.Tasklist.User;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.tip.TipCases;
import com.sroworkflow.tip.TipRepository;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15's safeguards walked in Camunda Tasklist, in one case at Lincoln High School: a tip without
 * a name sent on the tip page; Maria (threat team) identifies the student, Paula (principal) screens it
 * as a threat with the SRO, Maria's assessment finds a weapon and talk of self-harm, so Sally (SRO)
 * responds at once and Mona (school psychologist) screens the self-harm risk the same day; the team
 * proposes a lower classification with its reason, Paula signs it off, and Maria resolves the case.
 */
@BrowserTest
class ThreatSafeguardsInTasklistBrowserTest {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final String UNIDENTIFIED = "Identify the student: student not yet identified, Lincoln High School";
  private static final String TASK_SUBJECT = "Riley Q., Lincoln High School";

  @LocalServerPort int port;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired TipRepository tips;
  @Autowired TipCases tipCases;
  @Autowired SchoolCalendar calendar;

  @BeforeEach
  void freshTipLimit() {
    tipCases.prepare();
  }

  @Test
  void aTipWithoutANameWithAWeaponAndSelfHarmIsLoweredWithASignatureAndResolvedInTasklist() {
    String said = "A boy in grade 9 showed a knife on the bus and said he would rather hurt himself than go home ("
        + System.nanoTime() + ")";
    // The parents were told a few minutes ago: a notice may not lie in the future.
    LocalDateTime told = LocalDateTime.now(calendar.zone()).minusMinutes(10);
    String instanceId;
    try (Tasklist tasklist = Tasklist.open("http://localhost:" + port)) {
      // the tip: no name, no login
      Page tipPage = tasklist.anonymousPage();
      tipPage.navigate("http://localhost:" + port + "/tip");
      tipPage.getByLabel("School (required)").selectOption(new com.microsoft.playwright.options.SelectOption()
          .setLabel("Lincoln High School"));
      tipPage.getByLabel("What was said or done (required)").fill(said);
      tipPage.getByLabel("Date it happened (required)").fill(calendar.today().toString());
      tipPage.getByLabel("Student's grade").selectOption("9");
      tipPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the report")).click();
      tipPage.waitForSelector("#receipt");
      String receipt = tipPage.locator("#receipt").innerText().strip();
      tipPage.context().close();
      var tip = tips.findByReceipt(receipt).orElseThrow();
      assertThat(tip.getReporterName()).isNull();
      instanceId = tip.getProcessInstanceId();
      assertThat(instanceId).isNotNull();

      try (User maria = tasklist.login("maria")) {
        maria.openTaskShowing("Threat cases", UNIDENTIFIED, said);
        maria.fill("studentName", "Riley Quade").select("studentGrade", "Grade 9");
        maria.complete();
      }

      try (User paula = tasklist.login("paula")) {
        paula.openTask("Threat cases", "Screen the report: " + TASK_SUBJECT);
        assertThat(paula.formText()).contains("knife");
        paula.radio("screeningDecision", "A threat: the team assesses it").choose("Sally Sato")
            .fill("screeningReason", "A knife shown on the bus and talk of self-harm.");
        paula.complete();
      }

      try (User maria = tasklist.login("maria")) {
        maria.openTask("Threat cases", "Assess the threat: " + TASK_SUBJECT);
        String notes = "Interviewed Riley and the bus driver: a folding knife in the backpack; Riley said he wants"
            + " to hurt himself, no one else.";
        answer(maria, notes);
        if (!maria.completeEnabled()) {
          maria.reopen();
          answer(maria, notes);
        }
        maria.complete();
      }
      // a weapon seen: the SRO responds before the table is read
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).activityIdIn(
          "RespondToAssessedDanger").count()).isOne();

      try (User sally = tasklist.login("sally")) {
        sally.openTask("Law-enforcement actions", "Respond to the weapon or imminent danger: " + TASK_SUBJECT);
        sally.choose("A weapon was secured").choose("The student is secured")
            .fill("responseSummary", "Took the knife from Riley's backpack; Riley waits with the counselor.");
        sally.complete();
      }
      // self-harm: the screening and the classification run side by side
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId)
          .activityIdIn("ScreenSelfHarmRisk").count()).isOne();
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId)
          .activityIdIn("DecideClassification").count()).isOne();

      try (User mona = tasklist.login("mona")) {
        mona.openTask("Self-harm screenings", "Screen for suicide and self-harm risk: " + TASK_SUBJECT);
        mona.select("selfHarmRisk", "Moderate risk")
            .fill("selfHarmActions", "Safety plan made with Riley; referred to the district psychologist today.")
            .fill("parentsToldWhom", "Sam Quade, Riley's mother")
            .date("parentsToldAt", told.format(US_DATE)).time("parentsToldAt", told.format(TIME))
            .select("parentsToldHow", "By phone");
        mona.complete();
      }

      try (User maria = tasklist.login("maria")) {
        maria.openTask("Threat cases", "Decide the classification: " + TASK_SUBJECT);
        assertThat(maria.formText()).contains("Very serious substantive");
        maria.radio("classificationChoice", "The team decides otherwise")
            .select("overrideClassification", "Transient").select("overrideLevel", "Low")
            .fill("overrideReason", "The knife was meant for himself, not for anyone else; the self-harm screening"
                + " and the psychologist take it from here.");
        maria.complete();
      }

      try (User paula = tasklist.login("paula")) {
        paula.openTask("Threat cases", "Sign off the lowered classification: " + TASK_SUBJECT);
        assertThat(paula.formText()).contains("Transient").contains("meant for himself");
        paula.radio("signOffDecision", "Sign off: the lower classification takes effect")
            .fill("signOffNote", "Agreed: no threat to others; the psychologist follows the self-harm risk.");
        paula.complete();
      }

      try (User maria = tasklist.login("maria")) {
        maria.openTask("Threat cases", "Resolve the transient threat: " + TASK_SUBJECT);
        maria.choose("The parents were contacted")
            .fill("toldWhom", "Sam Quade, Riley's mother")
            .date("toldAt", told.format(US_DATE)).time("toldAt", told.format(TIME)).select("toldHow", "By phone")
            .fill("resolutionNote", "Riley's mother and the psychologist follow up; no threat to others.");
        maria.complete();
        assertThat(maria.taskNamesIn("Threat cases")).noneMatch(name -> name.contains(TASK_SUBJECT));
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult();
    assertThat(done.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(done.getEndActivityId()).isEqualTo("CaseResolved");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).finished().list())
        .extracting(a -> a.getActivityId())
        .contains("IdentifyStudent", "RespondToAssessedDanger", "ScreenSelfHarmRisk", "SelfHarmScreened",
            "DecideClassification", "SignOffLowering", "ResolveTransientThreat", "CaseResolved");
  }

  /** The assessment: a weapon seen and talk of self-harm, with the interview notes. */
  private static void answer(User maria, String notes) {
    maria.radio("resolvedOnSpot", "No").radio("violentThreat", "Yes").radio("meansAccess", "Yes")
        .radio("hasPlan", "No").radio("priorIncidents", "No").radio("weaponSeen", "Yes")
        .radio("imminentDangerNow", "No").radio("selfHarm", "Yes").fill("assessmentNotes", notes);
  }
}
