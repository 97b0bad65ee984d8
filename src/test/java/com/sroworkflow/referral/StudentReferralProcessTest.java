package com.sroworkflow.referral;

import static com.sroworkflow.referral.ReferralTestData.RIVERBEND;
import static com.sroworkflow.referral.ReferralTestData.lhsReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.notification.Notification;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.InvalidInputException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of bpmn/student-referral.bpmn, driven as the people in it would, with timers run by hand. */
@IntegrationTest
class StudentReferralProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired ReferralRepository referrals;
  @Autowired NotificationRepository outbox;
  @Autowired SchoolCalendar calendar;
  @Autowired ReferralRetention retention;
  @Autowired AcknowledgementEscalations escalations;

  private Date now;

  @BeforeEach
  void fixTheClock() {
    AbstractAssertions.init(engine);
    now = ReferralTestData.wednesdayMorning(calendar.zone());
    ClockUtil.setCurrentTime(now);
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
    AbstractAssertions.reset();
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey("studentReferral", variables);
  }

  private Referral referralOf(ProcessInstance pi) {
    return referrals.findByProcessInstanceId(pi.getId()).orElseThrow();
  }

  private List<Notification> notificationsOf(ProcessInstance pi) {
    return outbox.findByProcessInstanceIdOrderByIdAsc(pi.getId());
  }

  private static Map<String, Object> consentGiven() {
    return withVariables("consentDecision", "GIVEN", "consentBy", "Morgan Doe, mother", "consentMethod", "SIGNED_FORM",
        "consentDate", "2026-11-17", "consentScope", "Attendance record and this referral, to Riverbend only");
  }

  private static Map<String, Object> agencyAnswer(String response, String status, String firstContact) {
    Map<String, Object> v = withVariables("agencyResponse", response, "referralStatus", status);
    if (firstContact != null) {
      v.put("firstContactDate", firstContact);
    }
    return v;
  }

  /**
   * The clock moved to {@code at} and the escalation sweep run, as a node runs it every minute. It escalates every
   * overdue referral of the test database (other tests leave theirs): each test looks at its own case.
   */
  private void sweepAt(Date at) {
    ClockUtil.setCurrentTime(at);
    escalations.escalateOverdue();
  }

  private long designeeTasksOf(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("FollowUpUnacknowledgedReferral")
        .count();
  }

  /** The acknowledgement's deadline, by the school calendar: the end of the next school day (Nov 19, 4 PM). */
  private Date acknowledgementDeadline() {
    return Date.from(LocalDateTime.of(2026, 11, 19, 16, 0).atZone(calendar.zone()).toInstant());
  }

  private void acknowledge(ProcessInstance pi) {
    complete(task("AcknowledgeReferral", pi), withVariables("acknowledgementComment", "Thank you, Sally."));
  }

  @Test
  void aReferralAcknowledgedInTimeAndLinkedToServicesIsFollowedUpAndClosed() {
    ProcessInstance pi = start(lhsReferral());

    Referral referral = referralOf(pi);
    assertThat(pi).hasBusinessKey("referral-" + referral.getId())
        .hasPassed("RegisterReferral").hasNotPassed("ChooseAgency")
        .isWaitingAt("RecordConsent", "AcknowledgeReferral");
    assertThat(referral.getReferredBy()).isEqualTo("sally");
    assertThat(referral.getAgency().getId()).isEqualTo(RIVERBEND);
    assertThat(referral.getConsentStatus()).isEqualTo(ConsentStatus.PENDING);
    assertThat(runtime.getVariable(pi.getId(), "caseTitle")).isEqualTo("J.A.D., grade 9 (referral " + referral.getId() + ")");

    // Within one school day: by the end of the next school day, in the district's time.
    Date due = Date.from(LocalDateTime.of(2026, 11, 19, 16, 0).atZone(calendar.zone()).toInstant());
    Task acknowledge = task("AcknowledgeReferral", pi);
    // the school's one principal is given it (issue 19: nothing to claim); the group stays on it
    assertThat(acknowledge).hasCandidateGroupAssociated("principal").isAssignedTo("paula").hasDueDate(due);
    // the escalation waits for exactly that deadline (no timer: a sweep finds the task by its due date)
    sweepAt(new Date(due.getTime() - 1));
    assertThat(pi).hasNotPassed("AcknowledgementOverdue");
    assertThat(designeeTasksOf(pi)).isZero();
    ClockUtil.setCurrentTime(now);
    assertThat(task("RecordConsent", pi)).isAssignedTo("sally").hasCandidateGroupAssociated("sro");
    assertThat(notificationsOf(pi)).singleElement().satisfies(n -> {
      assertThat(n.getRecipientUsername()).isEqualTo("paula");
      assertThat(n.getLink()).endsWith("?task=" + acknowledge.getId());
      assertThat(n.getBody()).contains("Sally Sato", "Riverbend Community Mental Health Center", n.getLink())
          .doesNotContain("Jordan").doesNotContain("J.A.D.");
    });

    acknowledge(pi);
    assertThat(pi).hasPassed("AcknowledgeReferral").isWaitingAt("RecordConsent")
        .hasNotPassed("AcknowledgementOverdue", "FollowUpUnacknowledgedReferral");
    // an acknowledged referral is never escalated, even once its deadline has passed
    sweepAt(due);
    assertThat(pi).hasNotPassed("AcknowledgementOverdue");
    assertThat(designeeTasksOf(pi)).isZero();
    ClockUtil.setCurrentTime(now);
    assertThat(referralOf(pi).getAcknowledgementComment()).isEqualTo("Thank you, Sally.");
    assertThat(referralOf(pi).getAcknowledgedAt()).isEqualTo(now.toInstant());
    assertThat(referralOf(pi).getEscalatedAt()).isNull();

    complete(task("RecordConsent", pi), consentGiven());
    assertThat(pi).isWaitingAt("RecordAgencyResponse");
    assertThat(referralOf(pi).getConsentStatus()).isEqualTo(ConsentStatus.GIVEN);
    assertThat(referralOf(pi).getConsentMethod()).isEqualTo(ConsentMethod.SIGNED_FORM);

    complete(task("RecordAgencyResponse", pi), agencyAnswer("ACCEPTED", "LINKED", "2026-11-18"));
    assertThat(pi).isWaitingAt("FollowUpDue");
    assertThat(job("FollowUpDue", pi).getDuedate()).isEqualTo(Date.from(now.toInstant().plus(Duration.ofDays(30))));

    execute(job("FollowUpDue", pi));
    assertThat(pi).isWaitingAt("FollowUpReferral");
    assertThat(task("FollowUpReferral", pi)).isAssignedTo("sally");
    complete(task("FollowUpReferral", pi), withVariables("referralHelped", "YES", "followUpNote", "Back in class."));

    assertThat(pi).hasPassedInOrder("RecordAgencyResponse", "FollowUpDue", "FollowUpReferral", "CloseReferral")
        .isEnded();
    Referral closed = referralOf(pi);
    assertThat(closed.getOutcome()).isEqualTo(ReferralOutcome.LINKED);
    assertThat(closed.getReferralHelped()).isEqualTo(ReferralHelped.YES);
    assertThat(closed.getFirstContactDate()).hasToString("2026-11-18");
    assertThat(closed.getClosedAt()).isEqualTo(now.toInstant());
    assertThat(closed.getRemoveAfter()).isEqualTo(now.toInstant().plus(Duration.ofDays(1825)));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("referralOutcome").singleResult().getValue()).isEqualTo("LINKED");
    assertThat(notificationsOf(pi)).hasSize(1);
  }

  @Test
  void anUnacknowledgedReferralRemindsThePrincipalAndGivesTheDesigneeATaskUntilThePrincipalAcknowledges() {
    ProcessInstance pi = start(lhsReferral());

    Date deadline = acknowledgementDeadline();
    sweepAt(deadline);

    assertThat(pi).isWaitingAt("AcknowledgeReferral", "FollowUpUnacknowledgedReferral", "RecordConsent")
        .hasPassed("AcknowledgementOverdue", "RemindPrincipal", "PrincipalReminded");
    assertThat(task("FollowUpUnacknowledgedReferral", pi)).hasCandidateGroup("districtAdmin");
    assertThat(referralOf(pi).getEscalatedAt()).isEqualTo(deadline.toInstant());
    List<Notification> sent = notificationsOf(pi);
    assertThat(sent).extracting(Notification::getRecipientUsername).containsExactlyInAnyOrder("paula", "paula", "dana");
    assertThat(sent).filteredOn(n -> n.getRecipientUsername().equals("dana")).singleElement().satisfies(n -> {
      assertThat(n.getSubject()).startsWith("Unacknowledged referral at Lincoln High School");
      assertThat(n.getLink()).endsWith("?task=" + task("FollowUpUnacknowledgedReferral", pi).getId());
    });
    assertThat(sent).extracting(Notification::getSubject).contains("Reminder: Acknowledge referral is overdue");

    // Exactly once: the next sweeps (another node's, or the next minute's) find it escalated.
    sweepAt(deadline);
    sweepAt(Date.from(deadline.toInstant().plus(Duration.ofHours(1))));
    assertThat(designeeTasksOf(pi)).isOne();
    assertThat(notificationsOf(pi)).hasSize(3);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("AcknowledgementOverdue").count()).isOne();

    complete(task("FollowUpUnacknowledgedReferral", pi), withVariables("escalationNote", "Called Paula; she is on it."));
    // The designee cannot stand in for the principal: the referral still waits for the acknowledgement.
    assertThat(pi).hasPassed("EscalationFollowedUp").isWaitingAt("AcknowledgeReferral")
        .hasNotPassed("PrincipalAcknowledgedMeanwhile");
    assertThat(task("AcknowledgeReferral", pi)).isNotNull();
    assertThat(referralOf(pi).getEscalationNote()).isEqualTo("Called Paula; she is on it.");

    acknowledge(pi);
    assertThat(pi).hasPassed("AcknowledgeReferral").isWaitingAtExactly("RecordConsent", "JoinWork");
    assertThat(referralOf(pi).getAcknowledgedAt()).isNotNull();
  }

  @Test
  void thePrincipalsAcknowledgementEndsAnOpenEscalation() {
    ProcessInstance pi = start(lhsReferral());
    sweepAt(acknowledgementDeadline());
    assertThat(pi).isWaitingAt("FollowUpUnacknowledgedReferral");

    acknowledge(pi);

    assertThat(pi).hasPassed("AcknowledgeReferral", "PrincipalAcknowledgedMeanwhile", "EscalationNoLongerNeeded")
        .isWaitingAtExactly("RecordConsent", "JoinWork");
    assertThat(designeeTasksOf(pi)).isZero();
    assertThat(referralOf(pi).getEscalationNote()).isNull();
  }

  @Test
  void withoutConsentTheReferralWaitsAndEachAttemptIsNoted() {
    ProcessInstance pi = start(lhsReferral());
    acknowledge(pi);

    assertThatThrownBy(() -> complete(task("RecordConsent", pi), withVariables("consentDecision", "PENDING")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("consentNote"));

    Task first = task("RecordConsent", pi);
    complete(first, withVariables("consentDecision", "PENDING", "consentNote", "Left a voicemail for Morgan Doe."));

    assertThat(pi).isWaitingAt("RecordConsent").hasNotPassed("RecordAgencyResponse");
    Task second = task("RecordConsent", pi);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    // The consent fields are the task's own: the next attempt starts empty, not with the last answer.
    assertThat(tasks.getVariable(second.getId(), "consentDecision")).isNull();
    assertThat(tasks.getVariable(second.getId(), "consentNote")).isNull();
    assertThat(referralOf(pi).getConsentStatus()).isEqualTo(ConsentStatus.PENDING);
    assertThat(referralOf(pi).getConsentNote()).isEqualTo("Left a voicemail for Morgan Doe.");

    complete(second, consentGiven());
    assertThat(pi).isWaitingAt("RecordAgencyResponse");
    assertThat(referralOf(pi).getConsentStatus()).isEqualTo(ConsentStatus.GIVEN);
    assertThat(referralOf(pi).getConsentBy()).isEqualTo("Morgan Doe, mother");
  }

  @Test
  void aRefusedConsentClosesTheReferralAsFamilyDeclinedOnceThePrincipalHasAcknowledged() {
    ProcessInstance pi = start(lhsReferral());

    complete(task("RecordConsent", pi), withVariables("consentDecision", "REFUSED", "consentBy", "Morgan Doe, mother",
        "consentNote", "The family already has a therapist."));

    // Acknowledgement is never skipped: the referral waits for it even though it will not go ahead.
    assertThat(pi).isWaitingAt("AcknowledgeReferral", "JoinWork").isNotWaitingAt("RecordConsent")
        .hasNotPassed("RecordAgencyResponse");
    assertThat(referralOf(pi).getClosedAt()).isNull();

    acknowledge(pi);
    assertThat(pi).isEnded();
    assertThat(referralOf(pi).getConsentStatus()).isEqualTo(ConsentStatus.REFUSED);
    assertThat(referralOf(pi).getOutcome()).isEqualTo(ReferralOutcome.FAMILY_DECLINED);
    assertThat(referralOf(pi).getClosedAt()).isNotNull();
  }

  @Test
  void anAgencyThatDeclinesClosesTheReferralWithoutAFollowUp() {
    ProcessInstance pi = start(lhsReferral());
    acknowledge(pi);
    complete(task("RecordConsent", pi), consentGiven());

    assertThatThrownBy(() -> complete(task("RecordAgencyResponse", pi), agencyAnswer("DECLINED", "LINKED", "2026-11-18")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("referralStatus"));
    assertThatThrownBy(() -> complete(task("RecordAgencyResponse", pi), agencyAnswer("ACCEPTED", "AGENCY_DECLINED", null)))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("agencyResponse"));

    complete(task("RecordAgencyResponse", pi), agencyAnswer("DECLINED", "AGENCY_DECLINED", null));

    assertThat(pi).hasNotPassed("FollowUpDue", "FollowUpReferral").isEnded();
    assertThat(referralOf(pi).getAgencyResponse()).isEqualTo(AgencyResponse.DECLINED);
    assertThat(referralOf(pi).getOutcome()).isEqualTo(ReferralOutcome.AGENCY_DECLINED);
  }

  @Test
  void aFamilyTheAgencyCannotReachClosesAsUnableToContact() {
    ProcessInstance pi = start(lhsReferral());
    acknowledge(pi);
    complete(task("RecordConsent", pi), consentGiven());

    complete(task("RecordAgencyResponse", pi), agencyAnswer("ACCEPTED", "UNABLE_TO_CONTACT", null));

    assertThat(pi).hasNotPassed("FollowUpReferral").isEnded();
    assertThat(referralOf(pi).getOutcome()).isEqualTo(ReferralOutcome.UNABLE_TO_CONTACT);
  }

  @Test
  void aRedirectedReferralNamesTheNewProviderAndLinkedNeedsTheFirstContact() {
    ProcessInstance pi = start(lhsReferral());
    acknowledge(pi);
    complete(task("RecordConsent", pi), consentGiven());

    assertThatThrownBy(() -> complete(task("RecordAgencyResponse", pi), agencyAnswer("REDIRECTED", "LINKED", "2026-11-18")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("redirectedTo"));
    assertThatThrownBy(() -> complete(task("RecordAgencyResponse", pi), agencyAnswer("ACCEPTED", "LINKED", null)))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("firstContactDate"));
    assertThatThrownBy(() -> complete(task("RecordAgencyResponse", pi), agencyAnswer("ACCEPTED", "LINKED", "2026-11-10")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getMessage()).contains("before the referral"));
    assertThat(pi).isWaitingAt("RecordAgencyResponse");

    Map<String, Object> redirected = agencyAnswer("REDIRECTED", "LINKED", "2026-11-18");
    redirected.put("redirectedTo", "Hillside Teen Clinic, (555) 010-4900");
    complete(task("RecordAgencyResponse", pi), redirected);

    assertThat(pi).isWaitingAt("FollowUpDue");
    assertThat(referralOf(pi).getRedirectedTo()).isEqualTo("Hillside Teen Clinic, (555) 010-4900");
  }

  @Test
  void aReferralStartedWithoutAnAgencyHasTheSroChooseOneBeforeThePrincipalIsTold() {
    Map<String, Object> variables = lhsReferral();
    variables.remove("agencyId");
    ProcessInstance pi = start(variables);

    assertThat(pi).isWaitingAtExactly("ChooseAgency");
    assertThat(task("ChooseAgency", pi)).isAssignedTo("sally");
    assertThat(notificationsOf(pi)).isEmpty();
    TypedValue options = tasks.getVariableTyped(task("ChooseAgency", pi).getId(), "agencyOptions");
    assertThat(options).isInstanceOf(JsonValue.class);
    assertThat(((JsonValue) options).getValueSerialized()).contains(RIVERBEND, "Mental health: Riverbend");

    assertThatThrownBy(() -> complete(task("ChooseAgency", pi), withVariables("agencyId", "no-such-agency")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("agencyId"));

    complete(task("ChooseAgency", pi), withVariables("agencyId", "county-family-services"));

    assertThat(pi).isWaitingAt("RecordConsent", "AcknowledgeReferral");
    assertThat(referralOf(pi).getAgency().getId()).isEqualTo("county-family-services");
    assertThat(runtime.getVariable(pi.getId(), "agencyName")).isEqualTo("Lincoln County Family Services");
    assertThat(notificationsOf(pi)).singleElement()
        .satisfies(n -> assertThat(n.getBody()).contains("Lincoln County Family Services"));
  }

  @Test
  void aThreatCaseCanCallAReferralForItsSchoolAndGetsTheOutcomeBack() {
    BpmnModelInstance caller = Bpmn.createExecutableProcess("referralCallerProbe")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        // a threat case binds its id when it registers the report (system.CaseRecords); the probe does the same
        .serviceTask("RegisterProbeCase").camundaExpression("${caseRecords.bind(execution, 'threatCaseId', 42, 'LHS')}")
        .callActivity("RequestEvaluation").name("Request evaluation").calledElement("studentReferral")
        .camundaIn("schoolCode", "schoolCode").camundaIn("studentName", "studentName")
        .camundaIn("studentGrade", "studentGrade").camundaIn("districtStudentId", "districtStudentId")
        .camundaIn("familyContactName", "familyContactName")
        .camundaIn("familyContactRelationship", "familyContactRelationship")
        .camundaIn("familyContactPhone", "familyContactPhone").camundaIn("agencyId", "agencyId")
        .camundaIn("purpose", "purpose").camundaIn("reason", "reason").camundaIn("expectedOutcome", "expectedOutcome")
        .camundaIn("referringUser", "referringUser").camundaIn("threatCaseId", "threatCaseId")
        .camundaOut("referralId", "referralId").camundaOut("referralOutcome", "referralOutcome")
        .userTask("ReviewOutcome").name("Review outcome").camundaCandidateGroups("threatTeam")
        .endEvent()
        .done();
    String deployment = repository.createDeployment().addModelInstance("referral-caller-probe.bpmn", caller)
        .deploy().getId();
    try {
      Map<String, Object> variables = lhsReferral();
      variables.put("threatCaseId", 42L);
      ProcessInstance threatCase = runtime.startProcessInstanceByKey("referralCallerProbe", variables);
      ProcessInstance pi = runtime.createProcessInstanceQuery().superProcessInstanceId(threatCase.getId()).singleResult();

      assertThat(pi).isWaitingAt("RecordConsent", "AcknowledgeReferral");
      assertThat(pi.getTenantId()).isEqualTo("LHS");
      assertThat(referralOf(pi).getThreatCaseId()).isEqualTo(42L);
      assertThat(referralOf(pi).getReferredBy()).isEqualTo("sally");

      complete(task("RecordConsent", pi), withVariables("consentDecision", "REFUSED", "consentBy", "Morgan Doe"));
      acknowledge(pi);

      assertThat(threatCase).isWaitingAt("ReviewOutcome");
      assertThat(runtime.getVariable(threatCase.getId(), "referralOutcome")).isEqualTo("FAMILY_DECLINED");
      assertThat(runtime.getVariable(threatCase.getId(), "referralId")).isEqualTo(referralOf(pi).getId());

      Map<String, Object> withoutSro = lhsReferral();
      withoutSro.remove("referringUser");
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("referralCallerProbe", withoutSro))
          .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("referringUser"));
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aClosedReferralIsRemovedWhenItsRetentionPeriodHasPassed() {
    ProcessInstance pi = start(lhsReferral());
    complete(task("RecordConsent", pi), withVariables("consentDecision", "REFUSED", "consentBy", "Morgan Doe"));
    acknowledge(pi);
    Referral closed = referralOf(pi);

    retention.removeExpired(closed.getRemoveAfter().minusSeconds(1));
    assertThat(referrals.findById(closed.getId())).isPresent();

    retention.removeExpired(closed.getRemoveAfter().plusSeconds(1));
    assertThat(referrals.findById(closed.getId())).isEmpty();
  }
}
