package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.absence.AbsenceTestData;
import com.sroworkflow.browser.Tasklist.User;
import com.sroworkflow.incident.SroYearScenario;
import com.sroworkflow.mou.YearScenario;
import com.sroworkflow.narrative.NarrativeTestData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The SRO's year (issue 18) walked in Tasklist in a browser by the demo users its routing names, each through
 * the filter their manual names and the deployed Camunda Form of each step: an incident from the teacher to the
 * principal to the SRO and its police report; a child-abuse report with its hotline number, the principal told;
 * the weekly meeting; a conference a teacher asks for, scheduled, held and recorded; an extra-curricular event the
 * sergeant designates and assigns, its attendance recorded; a drill scheduled and recorded; an SRO's absence, the cover the sergeant names and the
 * school's task (a conference a teacher asks for) the cover gets until she is back; the monthly narrative, written
 * and read.
 *
 * <p>The clock is the year's Monday (Mon, Nov 30, 2026, 9 AM in the district: {@link YearScenario}); the steps
 * that wait for a day (the drill, the conference, the event, the absence) move it on, as the timers would. It takes no
 * screenshots (docs/incidents.md, docs/school-year.md and docs/sro-month.md show none from these walks).
 */
@BrowserTest
class SroYearInTasklistBrowserTest {

  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final LocalDate MONDAY = YearScenario.MONDAY;

  @LocalServerPort int port;
  @Autowired YearScenario year;
  @Autowired SroYearScenario incidents;
  @Autowired AbsenceTestData absences;
  @Autowired NarrativeTestData narratives;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  @BeforeEach
  void reset() {
    incidents.reset();
    absences.reset();
    narratives.reset();
    year.reset();
  }

  @AfterEach
  void cleanUp() {
    incidents.reset();
    absences.reset();
    narratives.reset();
    year.reset();
    year.done();
  }

  private Tasklist tasklist() {
    return Tasklist.open("http://localhost:" + port);
  }

  private static String day(LocalDate date) {
    return date.format(US);
  }

  private boolean oneEnded(String processKey) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).finished().count() >= 1
        && history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).unfinished().count() == 0;
  }

  /** Runs the jobs of the process that are due now, as the job executor would (the timers of its waits). */
  private void runDueJobs(String processKey) {
    for (int round = 0; round < 10; round++) {
      java.util.List<Job> due = management.createJobQuery().processDefinitionKey(processKey).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  @Test
  void tinaReportsAnIncidentPaulaRefersItToSallyWhoInterviewsAndWritesThePoliceReport() {
    try (Tasklist tasklist = tasklist()) {
      try (User tina = tasklist.login("tina")) {
        tina.startProcess("School incident");
        tina.select("schoolCode", "Lincoln High School").date("incidentDate", day(MONDAY)).fill("incidentLocation", "Bike rack")
            .fill("incidentDescription", "A bike was taken from the rack during lunch.");
        Accessibility.assertNoSeriousFindings(tina.page(), "the incident report's start form", Tasklist.CAMUNDA_CHROME);
        tina.submitStartForm();
      }
      try (User paula = tasklist.login("paula")) {
        paula.openTask("Incidents", "Decide discipline or SRO referral");
        assertThat(paula.formText()).contains("A bike was taken from the rack during lunch.");
        paula.radio("principalDecision", "Refer to the SRO: it may be a crime");
        paula.complete();
      }
      try (User sally = tasklist.login("sally")) {
        sally.openTask("Incidents", "Decide law-enforcement action");
        sally.radio("lawEnforcementAction", "Field interview");
        sally.complete();
        sally.openTask("Law-enforcement actions", "Write the police report");
        sally.fill("reportNumber", "LHS-2026-0412").fill("offense", "Theft of a bicycle")
            .date("reportDate", day(MONDAY)).select("disposition", "Under investigation")
            .fill("narrative", "Field interview at the rack; the bike's owner gave its serial number.");
        sally.complete();
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }
    assertThat(oneEnded("schoolIncident")).as("the incident closes once its police report is written").isTrue();
  }

  @Test
  void tinaReportsSuspectedNeglectRecordsTheHotlineNumberAndPaulaAndSallyAreTold() {
    try (Tasklist tasklist = tasklist()) {
      try (User tina = tasklist.login("tina")) {
        tina.startProcess("Child abuse or neglect report");
        tina.select("schoolCode", "Lincoln High School").fill("studentName", "Jordan Miller").radio("concern", "Neglect")
            .radio("staffSuspected", "No").fill("description", "Comes to school hungry every day.")
            .radio("hotlineCalled", "Not yet: I call now and record it next");
        tina.submitStartForm();
        tina.openTask("My tasks", "Call the state hotline now");
        tina.fill("hotlineReportNumber", "2026-004520").date("hotlineCalledAt", day(MONDAY))
            .time("hotlineCalledAt", "08:55");
        tina.complete();
      }
      try (User paula = tasklist.login("paula")) {
        paula.openTask("Child abuse reports", "Take note of the abuse report");
        assertThat(paula.formText()).contains("Comes to school hungry every day.").contains("Reported by Tina Torres");
        paula.complete();
      }
      try (User sally = tasklist.login("sally")) {
        sally.openTask("Child abuse reports", "Decide on an investigation");
        sally.radio("openInvestigation", "No").fill("investigationNote", "Child protective services lead.");
        sally.complete();
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }
    assertThat(oneEnded("childAbuseReport")).isTrue();
  }

  private static void askForAConference(User tina) {
    tina.startProcess("Conference with the SRO");
    tina.select("schoolCode", "Lincoln High School").radio("requesterRole", "a student").fill("requesterName", "Jordan Miller")
        .fill("requesterContact", "Room 210, period 4")
        .fill("conferenceTopic", "Someone keeps taking his bike at the rack.");
    tina.submitStartForm();
  }

  @Test
  void tinaAsksForAConferenceForAStudentSallySchedulesHoldsAndRecordsIt() {
    try (Tasklist tasklist = tasklist()) {
      try (User tina = tasklist.login("tina")) {
        askForAConference(tina);
      }
      try (User sally = tasklist.login("sally")) {
        sally.openTask("Meetings and conferences", "Schedule the conference");
        assertThat(sally.formText()).contains("Someone keeps taking his bike at the rack.");
        sally.date("conferenceAt", day(MONDAY.plusDays(1))).time("conferenceAt", "10:00")
            .fill("conferencePlace", "SRO office");
        sally.complete();
        year.at(MONDAY.plusDays(1), 15);
        sally.openTask("Meetings and conferences", "Hold and record the conference");
        sally.radio("conferenceOutcome", "was held").fill("conferenceSummary", "Registered the bike; talked about a lock.");
        sally.complete();
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }
    assertThat(year.conferences.findAll()).singleElement().satisfies(c -> {
      assertThat(c.getStatus()).isEqualTo(com.sroworkflow.meeting.Conference.Status.HELD);
      assertThat(c.getHeldOn()).isEqualTo(MONDAY.plusDays(1));
    });
    assertThat(oneEnded("sroConference")).isTrue();
  }

  @Test
  void samDesignatesAGameAndAssignsSallyWhoRecordsHerAttendance() {
    try (Tasklist tasklist = tasklist()) {
      try (User sam = tasklist.login("sam")) {
        sam.startProcess("Extra-curricular event");
        sam.select("eventSchool", "Lincoln High School").select("eventKind", "Sports event")
            .date("eventDate", day(MONDAY)).time("eventStarts", "19:00").time("eventEnds", "21:30")
            .fill("eventTitle", "Homecoming game");
        sam.submitStartForm();
        sam.openTask("Events", "Assign SROs to the event");
        sam.chooseExactly("Sally Sato (Lincoln High School)");
        sam.complete();
      }
      year.at(MONDAY.plusDays(1), 9);
      try (User sally = tasklist.login("sally")) {
        sally.openTask("Events", "Work the event and record attendance");
        sally.radio("attendance", "attended").fill("hoursWorked", "2.5")
            .fill("whatHappened", "One fight in the parking lot broken up; no arrests.");
        sally.complete();
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }
    assertThat(year.eventAssignments.findAll()).singleElement().satisfies(a -> {
      assertThat(a.getSroUsername()).isEqualTo("sally");
      assertThat(a.getStatus()).isEqualTo(com.sroworkflow.event.EventAssignment.Status.ATTENDED);
    });
    assertThat(oneEnded("schoolEvent")).isTrue();
  }

  @Test
  void sallyRecordsTheWeeklyMeetingWithPaula() {
    year.morning();
    year.only("weeklyMeeting");
    try (Tasklist tasklist = tasklist()) {
      try (User sally = tasklist.login("sally")) {
        sally.openTask("Meetings and conferences", "Meet the principal");
        sally.radio("meetingOutcome", "we met").date("metOn", day(MONDAY)).fill("meetingNotes", "Bus loop at dismissal.")
            .fill("actionItems", "Paula: cones at the bus loop by Friday.");
        sally.complete();
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }
    assertThat(year.meetings.findAll()).isNotEmpty();
  }

  @Test
  void paulaSchedulesAFireDrillAndSallyRecordsWhatWasObserved() {
    year.morning();
    ProcessInstance fire = year.instances("emergencyDrill").stream()
        .filter(pi -> pi.getBusinessKey().startsWith("drill-LHS-FIRE-")).findFirst().orElseThrow();
    year.keepOnly(fire);
    try (Tasklist tasklist = tasklist()) {
      try (User paula = tasklist.login("paula")) {
        paula.openTask("Emergency planning", "Schedule the drill");
        paula.date("drillDate", day(MONDAY.plusDays(2))).fill("drillNote", "Second period.");
        paula.complete();
      }
      year.at(MONDAY.plusDays(2), 15);
      try (User sally = tasklist.login("sally")) {
        sally.openTask("Emergency planning", "Record the drill");
        sally.radio("drillOutcome", "was held").date("heldOn", day(MONDAY.plusDays(2)))
            .fill("observations", "Building clear in 3:40; the gym doors stuck.")
            .fill("drillFollowUp", "Custodian: fix the gym doors.");
        sally.complete();
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }
    assertThat(year.drills.findAll()).anySatisfy(d -> assertThat(d.getSchoolCode()).isEqualTo("LHS"));
    assertThat(year.instances("emergencyDrill")).isEmpty();
  }

  @Test
  void sallysTrainingDaysSamNamesSteveWhoGetsTheSchoolsConferenceUntilSheIsBack() {
    try (Tasklist tasklist = tasklist()) {
      try (User sally = tasklist.login("sally")) {
        sally.startProcess("SRO absence and cover");
        sally.select("absenceKind", "Training").date("absenceFirstDay", day(MONDAY.plusDays(1)))
            .date("absenceLastDay", day(MONDAY.plusDays(2)));
        sally.submitStartForm();
      }
      try (User sam = tasklist.login("sam")) {
        sam.openTask("My tasks", "Name the covering SRO");
        sam.select("coverOfficer", "Steve");
        sam.complete();
      }
      year.at(MONDAY.plusDays(1), 8);
      runDueJobs("sroAbsence");
      try (User tina = tasklist.login("tina")) {
        askForAConference(tina);
      }
      try (User steve = tasklist.login("steve")) {
        assertThat(steve.taskNamesIn("Meetings and conferences"))
            .anySatisfy(name -> assertThat(name).startsWith("Schedule the conference"));
        steve.openTask("Meetings and conferences", "Schedule the conference");
        assertThat(steve.formText()).contains("Lincoln High School");
      }
      year.at(MONDAY.plusDays(3), 8);
      runDueJobs("sroAbsence");
      try (User sally = tasklist.login("sally")) {
        assertThat(sally.taskNamesIn("Meetings and conferences"))
            .as("back with Sally after her absence").anySatisfy(name -> assertThat(name).startsWith(
                "Schedule the conference"));
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }
    assertThat(year.program.runtime.createProcessInstanceQuery().processDefinitionKey("sroAbsence").count()).isZero();
  }

  @Test
  void sallyWritesHerMonthlyNarrativeAndSamReadsIt() {
    Job firstOfTheMonth = management.createJobQuery().processDefinitionKey("sroMonthlyNarrative").timers()
        .singleResult();
    management.executeJob(firstOfTheMonth.getId());
    long opened = year.program.runtime.createProcessInstanceQuery().processDefinitionKey("sroMonthlyNarrative").count();
    try (Tasklist tasklist = tasklist()) {
      try (User sally = tasklist.login("sally")) {
        sally.openTask("Monthly narratives", "Write the monthly narrative");
        assertThat(sally.page().locator("[id$=\"-Field_monthFigures\"]").first().inputValue()).contains("Threat cases");
        sally.fill("narrative", "A quiet month: two classes on the law, one game, the fire drill.");
        sally.complete();
      }
      try (User sam = tasklist.login("sam")) {
        sam.openTask("Monthly narratives", "Read the SRO's monthly narrative");
        assertThat(sam.page().locator("[id$=\"-Field_narrativeText\"]").first().inputValue()).contains("A quiet month");
        sam.complete();
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }
    assertThat(year.program.runtime.createProcessInstanceQuery().processDefinitionKey("sroMonthlyNarrative").count())
        .as("Sally's narrative written and read; the other SROs' still open").isEqualTo(opened - 1);
  }
}
