package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.notification.Notification;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.selection.SelectionScenario;
import com.sroworkflow.selection.Training;
import com.sroworkflow.selection.TrainingRepository;
import com.sroworkflow.system.BindRunningCases;
import com.sroworkflow.system.ForeignRecordException;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.JsonVariables;
import com.sroworkflow.threat.ThreatScenario;
import com.sroworkflow.threat.ThreatTestData;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No record id is trusted from a variable (issue 14, item 4): a step acts only on a record its own
 * case created or found for itself, at the case's school. Each test plays an outsider at another
 * school (WMS against Lincoln High's records, or one case against another's) who puts a record id in
 * a variable, by starting a process at an inner activity or by completing a legitimate task of their
 * own with the id among its values; the step refuses (naming the variable), the other record is
 * exactly as it was, the task stays open and nothing of the other record reached the outsider.
 */
@IntegrationTest
class RecordIdTrustTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired ThreatScenario threat;
  @Autowired SelectionScenario selection;
  @Autowired ProgramScenario program;
  @Autowired SchoolCalendar calendar;
  @Autowired Notifications notifications;
  @Autowired TrainingRepository trainings;
  @Autowired PlatformTransactionManager transactions;
  @Autowired BindRunningCases migration;

  private final List<String> started = new ArrayList<>();

  @BeforeEach
  void aWednesdayMorning() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 18, 10, 0).atZone(calendar.zone()).toInstant()));
  }

  @AfterEach
  void removeWhatWasStarted() {
    for (String id : started) {
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtime.deleteProcessInstance(id, "test cleanup", true, true);
      }
    }
    started.clear();
    threat.removeStartedCases();
    ClockUtil.reset();
  }

  // --- helpers -------------------------------------------------------------------------------

  /** The refusal of a record id that is not this case's: a ForeignRecordException naming the variable. */
  private static void refused(ThrowingCallable action, String variable) {
    assertThatThrownBy(action).satisfies(e -> {
      InvalidInputException refusal = InvalidInputException.findIn(e);
      assertThat(refusal).as("the refusal in " + e).isInstanceOf(ForeignRecordException.class);
      assertThat(refusal.getField()).isEqualTo(variable);
    });
  }

  private Map<String, Object> row(String table, Object id) {
    return jdbc.queryForMap("select * from " + table + " where id = ?", id);
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  private ProcessInstance start(String user, String key, Map<String, Object> variables) {
    ProcessInstance pi = threat.as(user, () -> runtime.startProcessInstanceByKey(key, variables));
    started.add(pi.getId());
    return pi;
  }

  /** A start at an inner activity, the way the engine's startInstructions allow, by {@code user}. */
  private ProcessInstance startAt(String user, String key, String activity, Map<String, Object> variables) {
    ProcessInstance pi = threat.as(user, () -> runtime.createProcessInstanceByKey(key).startBeforeActivity(activity)
        .setVariables(variables).execute());
    started.add(pi.getId());
    return pi;
  }

  private Task task(ProcessInstance pi, String key) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    assertThat(open).as("open task " + key).hasSize(1);
    return open.get(0);
  }

  private void complete(String user, Task task, Map<String, Object> values) {
    threat.as(user, () -> {
      tasks.complete(task.getId(), values);
      return null;
    });
  }

  private static Map<String, Object> with(Map<String, Object> values, Object... more) {
    Map<String, Object> v = new HashMap<>(values);
    for (int i = 0; i < more.length; i += 2) {
      v.put((String) more[i], more[i + 1]);
    }
    return v;
  }

  private static String longVariable(String name, long value) {
    return "\"" + name + "\": {\"value\": " + value + ", \"type\": \"Long\"}";
  }

  private Object variable(ProcessInstance pi, String name) {
    return runtime.getVariable(pi.getId(), name);
  }

  // --- referral ------------------------------------------------------------------------------

  private static final Map<String, Object> FAMILY_REFUSED = Map.of("consentDecision", "REFUSED", "consentBy", "Morgan Doe");

  @Test
  void aWmsSroStartingAReferralAtItsConsentStepCannotRecordFamilyRefusedOnAnLhsReferral() {
    ProcessInstance lhs = start("sally", "studentReferral", ReferralTestData.lhsReferral());
    Object lhsReferral = variable(lhs, "referralId");
    Map<String, Object> before = row("referral", lhsReferral);

    ProcessInstance forged = startAt("steve", "studentReferral", "RecordConsent",
        Map.of("schoolCode", "WMS", "referringUser", "steve", "referralId", lhsReferral));
    Task consent = task(forged, "RecordConsent");
    refused(() -> complete("steve", consent, FAMILY_REFUSED), "referralId");

    assertThat(row("referral", lhsReferral)).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(consent.getId()).count()).as("the task stays open").isOne();
  }

  @Test
  void aWmsSroCompletingTheirOwnConsentTaskWithAnLhsReferralIdChangesNeitherReferral() throws Exception {
    ProcessInstance lhs = start("sally", "studentReferral", ReferralTestData.lhsReferral());
    Object lhsReferral = variable(lhs, "referralId");
    ProcessInstance wms = start("steve", "studentReferral", ReferralTestData.wmsReferral());
    Object wmsReferral = variable(wms, "referralId");
    Map<String, Object> lhsBefore = row("referral", lhsReferral);
    Map<String, Object> wmsBefore = row("referral", wmsReferral);
    Task consent = task(wms, "RecordConsent");

    refused(() -> complete("steve", consent, with(FAMILY_REFUSED, "referralId", lhsReferral)), "referralId");

    Http steve = Http.as(rest, "steve");
    String body = "{\"variables\": {\"consentDecision\": {\"value\": \"REFUSED\"}, \"consentBy\": {\"value\": \"Morgan Doe\"}, "
        + longVariable("referralId", ((Number) lhsReferral).longValue()) + "}}";
    for (String path : List.of("/engine-rest/task/" + consent.getId() + "/complete",
        "/engine-rest/task/" + consent.getId() + "/complete/",
        "/engine-rest/task/" + consent.getId() + "/submit-form")) {
      int status = steve.post(path, body).getStatusCode().value();
      assertThat(status).as(path).isBetween(400, 499);
    }

    assertThat(row("referral", lhsReferral)).isEqualTo(lhsBefore);
    assertThat(row("referral", wmsReferral)).isEqualTo(wmsBefore);
    assertThat(tasks.createTaskQuery().taskId(consent.getId()).count()).as("the task stays open").isOne();
    assertThat(variable(wms, "referralId")).isEqualTo(wmsReferral);
  }

  @Test
  void aReferralStartedWithAThreatCaseIdOfItsOwnChoosingIsRefused() throws Exception {
    ProcessInstance lhsCase = threat.report("maria", ThreatTestData.lhsReport());
    Object lhsThreatCase = variable(lhsCase, "threatCaseId");
    long referrals = count("select count(*) from referral");

    refused(() -> start("steve", "studentReferral", with(ReferralTestData.wmsReferral(), "threatCaseId", lhsThreatCase)),
        "threatCaseId");

    String body = "{\"variables\": {\"schoolCode\": {\"value\": \"WMS\"}, \"studentName\": {\"value\": \"Riley Stone\"}, "
        + "\"studentGrade\": {\"value\": \"7\"}, \"familyContactName\": {\"value\": \"Morgan Doe\"}, "
        + "\"familyContactRelationship\": {\"value\": \"Mother\"}, \"familyContactPhone\": {\"value\": \"(555) 010-2233\"}, "
        + "\"purpose\": {\"value\": \"Assessment and counselling for anxiety that keeps Riley from class.\"}, "
        + "\"reason\": {\"value\": \"Riley has missed 11 days this term and told me about panic attacks.\"}, "
        + "\"expectedOutcome\": {\"value\": \"Riley sees a counsellor regularly and attends class again.\"}, "
        + longVariable("threatCaseId", ((Number) lhsThreatCase).longValue()) + "}}";
    int status = Http.as(rest, "steve").post("/engine-rest/process-definition/key/studentReferral/start", body)
        .getStatusCode().value();
    assertThat(status).isBetween(400, 499);
    assertThat(count("select count(*) from referral")).as("no referral was registered").isEqualTo(referrals);
  }

  @Test
  void aCaseForgetsItsBoundRecordsWhenItEnds() {
    ProcessInstance lhs = start("sally", "studentReferral", ReferralTestData.lhsReferral());
    assertThat(count("select count(*) from case_record where root_instance_id = ? and variable_name = 'referralId'",
        lhs.getId())).isOne();

    runtime.deleteProcessInstance(lhs.getId(), "withdrawn", true, true);

    assertThat(count("select count(*) from case_record where root_instance_id = ?", lhs.getId())).isZero();
  }

  @Test
  void aCaseRunningBeforeCaseRecordsArrivedHasItsRecordsBoundByTheMigration() {
    ProcessInstance lhs = start("sally", "studentReferral", ReferralTestData.lhsReferral());
    Object referral = variable(lhs, "referralId");
    jdbc.update("delete from case_record where root_instance_id = ?", lhs.getId());

    jdbc.execute((ConnectionCallback<Void>) connection -> {
      try {
        migration.migrate(new org.flywaydb.core.api.migration.Context() {
          @Override
          public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
            return null;
          }

          @Override
          public Connection getConnection() {
            return connection;
          }
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return null;
    });

    assertThat(jdbc.queryForList("select record_id from case_record where root_instance_id = ? and variable_name = "
        + "'referralId'", Long.class, lhs.getId())).containsExactly(((Number) referral).longValue());
    complete("sally", task(lhs, "RecordConsent"), FAMILY_REFUSED);
    assertThat(row("referral", referral).get("consent_status")).isEqualTo("REFUSED");
  }

  // --- threat cases, their reviews and re-markings -------------------------------------------

  private ProcessInstance closedLhsCase() {
    ProcessInstance lhs = threat.report("maria", ThreatTestData.lhsReport());
    threat.complete("paula", lhs, "ScreenReport", Map.of("screeningDecision", "NOT_A_THREAT",
        "screeningReason", "Nobody else heard it.", "screenedWith", JsonVariables.json(List.of("maria"))));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(lhs.getId()).count()).as("closed").isZero();
    return lhs;
  }

  private Object caseId(ProcessInstance threatCase) {
    return jdbc.queryForObject("select id from threat_case where process_instance_id = ?", Long.class,
        threatCase.getId());
  }

  /** The case's step that closes it runs at once or as a job: either way it refuses. */
  private void refusedStartOrJob(String user, String key, String activity, Map<String, Object> variables,
      String variable) {
    try {
      ProcessInstance pi = startAt(user, key, activity, variables);
      List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).list();
      assertThat(jobs).as("a job of " + activity).isNotEmpty();
      refused(() -> management.executeJob(jobs.get(0).getId()), variable);
    } catch (RuntimeException refusedAtOnce) {
      refused(() -> {
        throw refusedAtOnce;
      }, variable);
    }
  }

  @Test
  void aWmsPrincipalCannotCloseAnLhsThreatCaseByStartingAtItsClosingStep() {
    ProcessInstance lhs = threat.report("maria", ThreatTestData.lhsReport());
    Object lhsCase = variable(lhs, "threatCaseId");
    Map<String, Object> before = row("threat_case", lhsCase);

    refusedStartOrJob("peter", "threatAssessment", "CloseDismissed", Map.of("schoolCode", "WMS",
        "threatCaseId", lhsCase, "caseOutcome", "DISMISSED", "closingSummary", "Closed from elsewhere."), "threatCaseId");

    assertThat(row("threat_case", lhsCase)).isEqualTo(before);
    assertThat(lhs).satisfies(pi -> assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId())
        .count()).as("the LHS case runs on").isOne());
  }

  @Test
  void aWmsPrincipalScreeningTheirOwnCaseWithAnLhsCaseIdDoesNotDismissTheLhsCase() {
    ProcessInstance lhs = threat.report("maria", ThreatTestData.lhsReport());
    Object lhsCase = variable(lhs, "threatCaseId");
    ProcessInstance wms = threat.report("peter", ThreatTestData.wmsReport());
    Map<String, Object> before = row("threat_case", lhsCase);
    long screenings = count("select count(*) from threat_screening");
    Task screen = threat.task(wms, "ScreenReport");

    refused(() -> complete("peter", screen, Map.of("screeningDecision", "NOT_A_THREAT", "threatCaseId", lhsCase,
        "screeningReason", "Nobody else heard it.", "screenedWith", JsonVariables.json(List.of("steve")))),
        "threatCaseId");

    assertThat(row("threat_case", lhsCase)).isEqualTo(before);
    assertThat(count("select count(*) from threat_screening")).isEqualTo(screenings);
    assertThat(tasks.createTaskQuery().taskId(screen.getId()).count()).as("the task stays open").isOne();
  }

  @Test
  void aWmsPrincipalCannotReadOrRemarkAClosedLhsCase() {
    ProcessInstance lhs = closedLhsCase();
    Object lhsCase = caseId(lhs);
    Map<String, Object> before = row("threat_case", lhsCase);
    long remarks = count("select count(*) from threat_case_remark");

    ProcessInstance forged = startAt("peter", "threatCaseReview", "RemarkCase", Map.of("schoolCode", "WMS",
        "threatCaseId", lhsCase, "reviewReason", "Asked to look at it again."));
    refused(() -> complete("peter", task(forged, "RemarkCase"), Map.of("remarkDecision", "REMARK",
        "newMarking", "UNFOUNDED", "remarkReason", "Alex said he made it up after a quarrel.")), "threatCaseId");

    assertThat(row("threat_case", lhsCase)).isEqualTo(before);
    assertThat(count("select count(*) from threat_case_remark")).isEqualTo(remarks);

    // finding the closed case by number from a start that skipped the start form: not at another school
    assertThatThrownBy(() -> startAt("peter", "threatCaseReview", "FindClosedCase", Map.of("schoolCode", "LHS",
        "caseNumber", lhsCase, "reviewReason", "Asked to look at it again.")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e)).as("refused: " + e).isNotNull());
    assertThat(runtime.createVariableInstanceQuery().variableName("closedCaseSummary").list())
        .as("nothing of the closed case reached an outsider's instance")
        .allSatisfy(v -> assertThat(runtime.createProcessInstanceQuery().processInstanceId(v.getProcessInstanceId())
            .singleResult().getTenantId()).isEqualTo("LHS"));
  }

  @Test
  void aWmsPrincipalCannotHaveAnLhsRemarkSentToTheLhsPrincipal() {
    ProcessInstance lhs = closedLhsCase();
    Object lhsCase = caseId(lhs);
    ProcessInstance review = threat.startReview("maria", Map.of("schoolCode", "LHS", "caseNumber", lhsCase,
        "reviewReason", "Alex withdrew the account."));
    threat.complete("maria", review, "RemarkCase", Map.of("remarkDecision", "REMARK", "newMarking", "UNFOUNDED",
        "remarkReason", "Alex said he made it up after a quarrel."));
    Long remark = jdbc.queryForObject("select max(id) from threat_case_remark", Long.class);
    Map<String, Object> before = row("threat_case_remark", remark);
    long mails = count("select count(*) from notification");

    refusedStartOrJob("peter", "threatCaseReview", "TellPrincipalOfRemark", Map.of("schoolCode", "WMS",
        "threatCaseId", lhsCase, "remarkId", remark), "remarkId");

    assertThat(row("threat_case_remark", remark)).isEqualTo(before);
    assertThat(count("select count(*) from notification")).as("no mail about the LHS case").isEqualTo(mails);
  }

  // --- police reports ------------------------------------------------------------------------

  @Test
  void aWmsSroCannotReadAnLhsPoliceReportByStartingTheDisclosureAtItsReadingStep() {
    ProcessInstance lhs = threat.report("maria", ThreatTestData.lhsReport());
    threat.screenAsThreat(lhs);
    threat.assess(lhs, answers("NO", "YES", "YES", "NO", "NO"));
    threat.acceptClassification(lhs);
    threat.protect(lhs, true);
    String disclose = "{\"variables\": {\"schoolCode\": {\"value\": \"LHS\"}, \"reportNumber\": {\"value\": \"2026-004417\"}, "
        + "\"recipient\": {\"value\": \"paula\"}, \"reason\": {\"value\": \"The principal decides on the student's return.\"}}}";
    assertThat(Http.as(rest, "sally").post("/engine-rest/process-definition/key/policeReportDisclosure/start", disclose)
        .getStatusCode().value()).isEqualTo(200);
    Long disclosure = jdbc.queryForObject("select max(id) from police_report_disclosure", Long.class);
    Map<String, Object> before = row("police_report_disclosure", disclosure);

    refused(() -> startAt("steve", "policeReportDisclosure", "ReadDisclosedReport", Map.of("schoolCode", "WMS",
        "recipient", "steve", "disclosureId", disclosure)), "disclosureId");

    assertThat(row("police_report_disclosure", disclosure)).isEqualTo(before);
    assertThat(before.get("read_at")).as("not read").isNull();
    assertThat(tasks.createTaskQuery().processDefinitionKey("policeReportDisclosure").taskAssignee("steve").count())
        .as("no reading task for the outsider").isZero();
  }

  // --- safety plan actions -------------------------------------------------------------------

  private static Map<String, Object> answers(String resolved, String violent, String means, String plan, String prior) {
    return ThreatTestData.answers(resolved, violent, means, plan, prior);
  }

  private ProcessInstance caseWithASafetyPlan() {
    ProcessInstance pi = threat.report("maria", ThreatTestData.lhsReport());
    threat.screenAsThreat(pi);
    threat.assess(pi, answers("NO", "YES", "YES", "NO", "NO"));
    threat.acceptClassification(pi);
    threat.protect(pi, false);
    threat.evaluateSafety(pi);
    return pi;
  }

  @Test
  void oneCasesPlanActionCannotBeCompletedOrShownThroughAnotherCase() {
    ProcessInstance a = caseWithASafetyPlan();
    ProcessInstance b = caseWithASafetyPlan();
    Task aAction = threat.tasks(a, "CarryOutPlanAction").get(0);
    Long bAction = ((Number) tasks.getVariable(threat.tasks(b, "CarryOutPlanAction").get(0).getId(), "planActionId"))
        .longValue();
    Map<String, Object> before = row("safety_plan_action", bAction);

    refused(() -> complete(aAction.getAssignee(), aAction, Map.of("planActionId", bAction, "actionStatus", "DONE",
        "actionNote", "Done.")), "planActionId");
    assertThat(row("safety_plan_action", bAction)).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(aAction.getId()).count()).as("the task stays open").isOne();

    // a WMS principal starting a case at the action step learns nothing of the LHS action: the task
    // that would show it to its owner is never created
    Object bCase = variable(b, "threatCaseId");
    long actionTasks = tasks.createTaskQuery().taskDefinitionKey("CarryOutPlanAction").count();
    refused(() -> startAt("peter", "threatAssessment", "CarryOutPlanAction", Map.of("schoolCode", "WMS",
        "threatCaseId", bCase, "planRevision", 1, "planActionId", bAction)), "planActionId");
    assertThat(tasks.createTaskQuery().taskDefinitionKey("CarryOutPlanAction").count()).isEqualTo(actionTasks);
    assertThat(row("safety_plan_action", bAction)).isEqualTo(before);
  }

  @Test
  void aWmsPrincipalStartingACaseAtItsReferralCannotHaveAnLhsReferralRequestReferred() {
    ProcessInstance lhs = caseWithASafetyPlan();
    Object lhsRequest = variable(lhs, "referralRequestId");
    assertThat(lhsRequest).as("the LHS case's request").isNotNull();
    ProcessInstance wms = threat.report("peter", ThreatTestData.wmsReport());
    Object wmsCase = variable(wms, "threatCaseId");
    long referrals = count("select count(*) from referral");

    refused(() -> startAt("peter", "threatAssessment", "MentalHealthEvaluation", Map.of("schoolCode", "WMS",
        "threatCaseId", wmsCase, "referralRequestId", lhsRequest)), "referralRequestId");

    assertThat(count("select count(*) from referral")).as("no referral was registered").isEqualTo(referrals);
  }

  // --- the program: course outlines and removals ---------------------------------------------

  @Test
  void aWmsPrincipalCannotDecideOnAnLhsCourseOutline() throws Exception {
    program.reset();
    ProcessInstance lhs = program.start("sally", "courseOutline", ProgramScenario.outline("LHS", "paula"));
    started.add(lhs.getId());
    Object lhsOutline = variable(lhs, "outlineId");
    Map<String, Object> before = row("course_outline", lhsOutline);

    ProcessInstance forged = startAt("steve", "courseOutline", "PrincipalAgrees", Map.of("outlineId", lhsOutline,
        "invitedBy", "peter"));
    refused(() -> complete("peter", task(forged, "PrincipalAgrees"), Map.of("principalDecision", "AGREE")), "outlineId");

    ProcessInstance wms = program.start("steve", "courseOutline", ProgramScenario.outline("WMS", "peter"));
    started.add(wms.getId());
    Task agree = task(wms, "PrincipalAgrees");
    refused(() -> complete("peter", agree, Map.of("principalDecision", "AGREE", "outlineId", lhsOutline)), "outlineId");
    int status = Http.as(rest, "peter").post("/engine-rest/task/" + agree.getId() + "/complete/",
        "{\"variables\": {\"principalDecision\": {\"value\": \"AGREE\"}, "
            + longVariable("outlineId", ((Number) lhsOutline).longValue()) + "}}").getStatusCode().value();
    assertThat(status).isBetween(400, 499);

    assertThat(row("course_outline", lhsOutline)).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(agree.getId()).count()).as("the task stays open").isOne();
    program.reset();
  }

  @Test
  void aRemovalStepActsOnlyOnItsOwnRemoval() {
    program.reset();
    ProcessInstance removal = program.start("chief", "sroRemoval", Map.of("removalSchool", "WMS",
        "removalOfficer", "steve", "removalReason", "Repeated failure to attend the school's safety meetings."));
    started.add(removal.getId());
    Object removalId = variable(removal, "removalId");
    Map<String, Object> before = row("sro_removal", removalId);
    long mails = count("select count(*) from notification");

    refusedStartOrJob("peter", "sroRemoval", "TellSchoolKept", Map.of("removalId", removalId), "removalId");
    refusedStartOrJob("peter", "sroRemoval", "OpenReplacementVacancy", Map.of("removalId", removalId), "removalId");

    assertThat(row("sro_removal", removalId)).isEqualTo(before);
    assertThat(count("select count(*) from notification")).isEqualTo(mails);
    program.reset();
  }

  // --- selection: applications, vacancies, trainings -----------------------------------------

  @Test
  void selectionStepsActOnlyOnTheirOwnApplicationVacancyAndTraining() {
    selection.reset();
    ProcessInstance vacancy = selection.openVacancy("LHS", 1);
    started.add(vacancy.getId());
    ProcessInstance application = selection.apply("omar", selection.reference(vacancy));
    started.add(application.getId());
    Object applicationId = variable(application, "applicationId");
    Object vacancyId = variable(vacancy, "vacancyId");
    Map<String, Object> applicationBefore = row("sro_application", applicationId);
    Map<String, Object> vacancyBefore = row("vacancy", vacancyId);

    // an applicant withdraws only their own application: omar's id, offered to olivia by no list, is refused
    assertThatThrownBy(() -> selection.withdraw("olivia", String.valueOf(applicationId), null))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("applicationId"));
    // HR runs vacancies: another vacancy case of theirs, started at its closing step
    refusedStartOrJob("hana", "sroVacancy", "CloseApplications", Map.of("vacancyId", vacancyId), "vacancyId");

    Training training = trainings.save(new Training("omar", ((Number) applicationId).longValue(), "BASIC_SRO_COURSE",
        "Basic SRO course (40 hours)", LocalDate.of(2026, 12, 18)));
    Map<String, Object> trainingBefore = row("training", training.getId());
    assertThatThrownBy(() -> startAt("olivia", "sroSelection", "CompleteTraining", Map.of("applicationId", 1L,
        "trainingId", training.getId(), "applicant", "olivia")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e)).as("refused: " + e)
            .isInstanceOf(ForeignRecordException.class));

    assertThat(row("sro_application", applicationId)).isEqualTo(applicationBefore);
    assertThat(row("vacancy", vacancyId)).isEqualTo(vacancyBefore);
    assertThat(row("training", training.getId())).isEqualTo(trainingBefore);
    trainings.delete(training);
    selection.reset();
  }

  // --- notifications -------------------------------------------------------------------------

  /**
   * No variable carries a notification id any more (the outbox delivers its rows itself, issue 20): the one way to
   * touch a notification by id is an administrator's retry of a FAILED one. A person who is not an administrator
   * is refused; an id that is not a failed notification (pending, unknown) is answered 404; nothing changes.
   */
  @Test
  void aRetryOfANotificationThatIsNotFailedOrByAnyoneButAnAdministratorChangesNothing() {
    Notification pending = new TransactionTemplate(transactions).execute(status -> notifications.send("paula",
        "reminder", null, "probe-ids", null, "Record id probe"));
    Map<String, Object> before = row("notification", pending.getId());
    String retry = "/api/notifications/" + pending.getId() + "/retry";

    for (String person : List.of("paula", "sally", "dana")) {
      assertThat(Http.as(rest, person).post(retry, "").getStatusCode().value()).as(person).isEqualTo(403);
    }
    assertThat(Http.anonymous(rest).post(retry, "").getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> notFailed = Http.as(rest, "admin").post(retry, "");
    assertThat(notFailed.getStatusCode().value()).as(notFailed.getBody()).isEqualTo(404);
    assertThat(notFailed.getBody()).doesNotContain("Exception").doesNotContain("at com.");
    long unknown = count("select coalesce(max(id), 0) from notification") + 1000;
    assertThat(Http.as(rest, "admin").post("/api/notifications/" + unknown + "/retry", "").getStatusCode().value())
        .isEqualTo(404);
    assertThat(Http.as(rest, "admin").post("/api/notifications/lots/retry", "").getStatusCode().value())
        .isEqualTo(400);

    assertThat(row("notification", pending.getId())).isEqualTo(before);
  }
}
