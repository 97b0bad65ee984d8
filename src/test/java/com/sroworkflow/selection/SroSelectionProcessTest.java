package com.sroworkflow.selection;

import com.sroworkflow.District;
import static com.sroworkflow.selection.SelectionScenario.cleanRecord;
import static com.sroworkflow.selection.SelectionScenario.record;
import static com.sroworkflow.selection.SelectionScenario.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.notification.Notification;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.system.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of an SRO application (sro-selection.bpmn) and of its vacancy (sro-vacancy.bpmn). */
@IntegrationTest
class SroSelectionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired SelectionScenario scenario;
  @Autowired NotificationRepository notifications;
  @Autowired BoardScoreRepository scores;
  @Autowired RecommendationRepository recommendations;
  @Autowired InterviewBoardRepository boards;
  @Autowired TrainingRepository trainings;

  private ProcessInstance vacancy;
  private String ref;

  @BeforeEach
  void openVacancy() {
    AbstractAssertions.init(engine);
    scenario.reset();
    vacancy = scenario.openVacancy("LHS, WMS", 1);
    ref = scenario.reference(vacancy);
  }

  private List<Notification> mailsOf(ProcessInstance pi) {
    return notifications.findByProcessInstanceIdOrderByIdAsc(pi.getId());
  }

  private void closeApplicationsAndForward() {
    assertThat(vacancy).isWaitingAt("ForwardApplicants");
    scenario.complete("hana", scenario.task(vacancy, "ForwardApplicants"), Map.of("forwardConfirmed", true));
  }

  @Test
  void applicationsCloseAtTheDeadlineAndHrIsRemindedToForward() {
    execute(job("ApplicationsClose", vacancy));
    assertThat(vacancy).hasPassed("CloseApplications", "RemindHrToForward").isWaitingAt("ForwardApplicants");
    assertThat(mailsOf(vacancy)).extracting(Notification::getRecipientUsername).contains("hana");
    assertRefused(() -> scenario.apply("olivia", ref), "vacancyRef");
  }

  @Test
  void openingAVacancyAnnouncesItToEveryOfficerWithItsReference() {
    assertThat(ref).matches("V-\\d{4}-\\d+");
    assertThat(mailsOf(vacancy)).extracting(Notification::getRecipientUsername).containsExactlyInAnyOrder("olivia", "omar");
    assertThat(mailsOf(vacancy).get(0).getBody()).contains(ref).contains("Lincoln High School");
  }

  @Test
  void anIneligibleApplicantIsToldWhyAndTheCaseEnds() {
    ProcessInstance pi = scenario.apply("olivia", ref);
    assertThat(pi).isWaitingAt("VerifyRecord", "ApplicationWithdrawn");
    assertThat(scenario.task(pi, "VerifyRecord")).hasCandidateGroup("hr");

    scenario.complete("hana", scenario.task(pi, "VerifyRecord"), record(true, 1.5, true, 1, 1));
    assertThat(pi).isWaitingAt("ReviewEligibility");
    assertThat((String) runtime.getVariable(pi.getId(), "eligibilityVerdict")).startsWith("Not eligible");
    scenario.complete("hana", scenario.task(pi, "ReviewEligibility"), Map.of("eligibilityReviewed", true));

    assertThat(pi).hasPassed("TellNotEligible").isEnded();
    Application application = scenario.application(pi);
    assertThat(application.getStatus()).isEqualTo(Application.Status.INELIGIBLE);
    assertThat(application.getEligible()).isFalse();
    Notification told = mailsOf(pi).get(0);
    assertThat(told.getRecipientUsername()).isEqualTo("olivia");
    assertThat(told.getBody()).contains("Less than 2 years").contains("involving juveniles")
        .doesNotContain("Probationary period not yet completed");
  }

  @Test
  void aNegativeRecommendationEndsTheCaseWithTheApplicantTold() {
    ProcessInstance pi = scenario.apply("olivia", ref);
    scenario.verifyAndReview(pi, cleanRecord());
    assertThat(pi).isWaitingAt("WriteRecommendation");
    assertThat(scenario.task(pi, "WriteRecommendation")).isAssignedTo("sam");

    scenario.recommend(pi, false);

    assertThat(pi).hasPassed("TellNotRecommended").isEnded();
    assertThat(scenario.application(pi).getStatus()).isEqualTo(Application.Status.NOT_RECOMMENDED);
    Recommendation written = recommendations.findByApplicationId(scenario.application(pi).getId()).orElseThrow();
    assertThat(written.isPositive()).isFalse();
    assertThat(written.getText()).contains("de-escalating");
    assertThat(mailsOf(pi)).extracting(Notification::getSubject).anyMatch(s -> s.contains("not recommended"));
  }

  @Test
  void anUnfavourableBoardEndsTheCase() {
    ProcessInstance pi = scenario.apply("olivia", ref);
    scenario.verifyAndReview(pi, cleanRecord());
    scenario.recommend(pi, true);
    scenario.convene(pi);
    assertThat(pi).isWaitingAt("ScoreApplicant");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("ScoreApplicant").list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder("carl", "rita", "raj");

    scenario.complete("carl", scenario.boardTask(pi, "carl"), scores(4, true));
    scenario.complete("rita", scenario.boardTask(pi, "rita"), scores(2, false));
    scenario.complete("raj", scenario.boardTask(pi, "raj"), scores(3, false));

    assertThat(pi).hasPassed("DecideBoardResult", "TellUnfavourable").isEnded();
    Application application = scenario.application(pi);
    assertThat(application.getStatus()).isEqualTo(Application.Status.UNFAVOURABLE);
    assertThat(application.getBoardReason()).contains("majority of the board did not recommend");
    assertThat(scores.findByApplicationIdOrderByIdAsc(application.getId())).hasSize(3);
  }

  @Test
  void aFavourableApplicantIsAppointedByTheChiefAndGetsTrainingTasks() {
    ProcessInstance pi = scenario.favourableApplicant("olivia", ref);
    assertThat(pi).isWaitingAt("AwaitDecision", "ApplicationWithdrawn");
    assertThat(scenario.application(pi).getStatus()).isEqualTo(Application.Status.ON_ELIGIBILITY_LIST);

    closeApplicationsAndForward();
    assertThat(vacancy).isWaitingAt("AppointSros");
    assertThat(scenario.task(vacancy, "AppointSros")).hasCandidateGroup("chief");
    Long applicationId = scenario.application(pi).getId();
    assertThat(runtime.getVariable(vacancy.getId(), "candidateOptions").toString()).contains("Olivia Ortiz");

    scenario.complete("chief", scenario.task(vacancy, "AppointSros"), Map.of("appointDecision", "appoint",
        "appointee1", String.valueOf(applicationId), "schools1", Spin.JSON("[\"LHS\", \"WMS\"]")));

    assertThat(vacancy).hasPassed("TellHrFilled").isEnded();
    assertThat(pi).hasPassed("AppointedEnd", "TellAppointed", "PlanTraining").isWaitingAt("CompleteTraining");
    assertThat(scenario.application(pi).getStatus()).isEqualTo(Application.Status.APPOINTED);
    assertThat(identity.createUserQuery().userId("olivia").memberOfGroup("sro").count()).isOne();
    assertThat(identity.createUserQuery().userId("olivia").memberOfTenant("LHS").count()).isOne();
    List<Task> training = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("CompleteTraining").list();
    assertThat(training).extracting(Task::getName)
        .containsExactlyInAnyOrder("Complete Basic SRO course (40 hours)", "Complete State SRO certification");
    assertThat(training).allSatisfy(t -> {
      assertThat(t.getAssignee()).isEqualTo("olivia");
      assertThat(t.getDueDate()).isNotNull();
    });

    for (Task t : training) {
      scenario.complete("olivia", t, Map.of("completedOn", District.today().toString(),
          "trainingProvider", "NASRO", "trainingHours", 40.0));
    }
    assertThat(pi).hasPassed("TrainingCompleted").isEnded();
    assertThat(trainings.findByApplicationIdOrderByIdAsc(applicationId)).allSatisfy(t -> {
      assertThat(t.getStatus()).isEqualTo(Training.Status.COMPLETED);
      assertThat(t.getValidUntil()).isAfter(District.today());
    });
    identity.deleteMembership("olivia", "sro");
    identity.deleteMembership("olivia", "threatTeam");
    identity.deleteTenantUserMembership("LHS", "olivia");
    identity.deleteTenantUserMembership("WMS", "olivia");
  }

  @Test
  void aFavourableApplicantNotChosenStaysOnTheEligibilityList() {
    ProcessInstance olivia = scenario.favourableApplicant("olivia", ref);
    ProcessInstance omar = scenario.favourableApplicant("omar", ref);
    closeApplicationsAndForward();

    scenario.complete("chief", scenario.task(vacancy, "AppointSros"), Map.of("appointDecision", "appoint",
        "appointee1", String.valueOf(scenario.application(omar).getId()), "schools1", Spin.JSON("[\"LHS\", \"WMS\"]")));

    assertThat(olivia).hasPassed("TellNotChosen").isWaitingAt("AwaitDecision", "ApplicationWithdrawn");
    assertThat(scenario.application(olivia).getStatus()).isEqualTo(Application.Status.ON_ELIGIBILITY_LIST);
    assertThat(mailsOf(olivia)).extracting(Notification::getSubject).anyMatch(s -> s.contains("appointment made"));
    assertThat(omar).isWaitingAt("CompleteTraining");

    // Olivia stays listed for the next vacancy and can still be appointed from there.
    ProcessInstance next = scenario.openVacancy("WMS", 1);
    scenario.complete("hana", scenario.task(next, "ForwardApplicants"), Map.of("forwardConfirmed", true));
    assertThat(runtime.getVariable(next.getId(), "candidatesTable").toString()).contains("Olivia Ortiz").contains(ref);
    scenario.complete("chief", scenario.task(next, "AppointSros"), Map.of("appointDecision", "appoint",
        "appointee1", String.valueOf(scenario.application(olivia).getId()), "schools1", Spin.JSON("[\"WMS\"]")));
    assertThat(olivia).isWaitingAt("CompleteTraining");
    for (String user : List.of("olivia", "omar")) {
      identity.deleteMembership(user, "sro");
      identity.deleteMembership(user, "threatTeam");
      identity.createTenantQuery().userMember(user).list().forEach(t -> identity.deleteTenantUserMembership(t.getId(), user));
    }
  }

  @Test
  void aVacancyWithoutFavourableApplicantsClosesUnfilled() {
    closeApplicationsAndForward();
    assertThat(vacancy).hasPassed("CloseUnfilled", "TellHrUnfilled").isEnded();
    assertThat(mailsOf(vacancy)).extracting(Notification::getRecipientUsername).contains("hana");
  }

  @Test
  void withdrawingEndsEveryOpenTaskOfTheApplication() {
    ProcessInstance pi = scenario.apply("olivia", ref);
    scenario.verifyAndReview(pi, cleanRecord());
    assertThat(pi).isWaitingAt("WriteRecommendation", "ApplicationWithdrawn");
    assertThat(tasks.createTaskQuery().taskAssignee("olivia").processInstanceId(pi.getId()).count())
        .as("no standing withdrawal task in the applicant's list").isZero();

    ProcessInstance withdrawal = scenario.withdraw("olivia", scenario.application(pi),
        "Transferring to patrol in another district");

    assertThat(withdrawal).hasPassed("WithdrawApplication").isEnded();
    assertThat(pi).hasPassed("ApplicationWithdrawn", "TellHrWithdrawn", "Withdrawn").isEnded();
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    Application application = scenario.application(pi);
    assertThat(application.getStatus()).isEqualTo(Application.Status.WITHDRAWN);
    assertThat(application.getCloseReason()).contains("Transferring");
    assertThat(mailsOf(pi)).extracting(Notification::getRecipientUsername).contains("hana");
  }

  @Test
  void aListedApplicantWithdrawsWhileWaitingForTheChief() {
    ProcessInstance pi = scenario.favourableApplicant("olivia", ref);
    assertThat(pi).isWaitingAt("AwaitDecision", "ApplicationWithdrawn");

    scenario.withdraw("olivia", scenario.application(pi), null);

    assertThat(pi).hasPassed("TellHrWithdrawn").isEnded();
    assertThat(scenario.application(pi).getStatus()).isEqualTo(Application.Status.WITHDRAWN);
    closeApplicationsAndForward();
    assertThat(vacancy).as("no one left to appoint").hasPassed("CloseUnfilled").isEnded();
  }

  @Test
  void onlyTheApplicantsOwnApplicationInSelectionCanBeWithdrawn() {
    ProcessInstance olivias = scenario.apply("olivia", ref);
    ProcessInstance omars = scenario.apply("omar", ref);

    assertRefused(() -> scenario.withdraw("omar", scenario.application(olivias), "not mine"), "applicationId");
    assertThat(olivias).isWaitingAt("VerifyRecord", "ApplicationWithdrawn");
    assertThat(scenario.application(olivias).getStatus()).isNotEqualTo(Application.Status.WITHDRAWN);

    scenario.withdraw("omar", scenario.application(omars), null);
    assertRefused(() -> scenario.withdraw("omar", scenario.application(omars), "again"), "applicationId");
    assertThat(omars).isEnded();
  }

  @Test
  void forwardingIsDueAfterTheApplicationsClose() {
    Task forward = scenario.task(vacancy, "ForwardApplicants");
    java.util.Date closes = scenario.vacancyService.closingTime(
        scenario.vacancies.findByReferenceIgnoreCase(ref).orElseThrow().getId());
    assertThat(forward.getDueDate()).isAfter(closes);
    assertThat(forward.getDueDate()).isEqualTo(scenario.deadlines.dueAfter(closes, "selectionRecommendation"));
  }

  @Test
  void theChiefMayAppointNobodyAndTheVacancyOpensAgain() {
    ProcessInstance olivia = scenario.favourableApplicant("olivia", ref);
    closeApplicationsAndForward();
    Vacancy before = scenario.vacancies.findByReferenceIgnoreCase(ref).orElseThrow();
    assertThat(before.getStatus()).isEqualTo(Vacancy.Status.APPLICATIONS_CLOSED);
    Task appoint = scenario.task(vacancy, "AppointSros");

    scenario.complete("chief", appoint, Map.of("appointDecision", "nobody",
        "appointmentNote", "None of the candidates fits the middle school; advertise again."));

    assertThat(vacancy).hasPassed("AnyoneAppointed", "ReopenVacancy").isWaitingAt("ForwardApplicants");
    assertThat(vacancy).hasNotPassed("TellHrFilled");
    Vacancy reopened = scenario.vacancies.findByReferenceIgnoreCase(ref).orElseThrow();
    assertThat(reopened.getStatus()).isEqualTo(Vacancy.Status.OPEN);
    assertThat(reopened.getApplicationDeadline()).isAfterOrEqualTo(District.today().plusDays(7));
    assertThat(olivia).as("the candidate stays listed, told nothing").isWaitingAt("AwaitDecision", "ApplicationWithdrawn");
    assertThat(scenario.application(olivia).getStatus()).isEqualTo(Application.Status.ON_ELIGIBILITY_LIST);
    assertThat(scenario.appointments.count()).isZero();
    assertThat(scenario.task(vacancy, "ForwardApplicants").getDueDate())
        .as("forwarding falls due after the new closing date")
        .isAfter(scenario.vacancyService.closingTime(reopened.getId()));

    // officers apply again, and the next forwarding brings the Chief the candidates once more
    ProcessInstance omar = scenario.apply("omar", ref);
    assertThat(omar).isWaitingAt("VerifyRecord", "ApplicationWithdrawn");
    closeApplicationsAndForward();
    scenario.complete("chief", scenario.task(vacancy, "AppointSros"), Map.of("appointDecision", "appoint",
        "appointee1", String.valueOf(scenario.application(olivia).getId()), "schools1", Spin.JSON("[\"LHS\", \"WMS\"]")));
    assertThat(vacancy).hasPassed("TellHrFilled").isEnded();
    assertThat(olivia).isWaitingAt("CompleteTraining");
    identity.deleteMembership("olivia", "sro");
    identity.deleteMembership("olivia", "threatTeam");
    identity.deleteTenantUserMembership("LHS", "olivia");
    identity.deleteTenantUserMembership("WMS", "olivia");
  }

  @Test
  void anAppointmentWithoutADecisionIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance olivia = scenario.favourableApplicant("olivia", ref);
    closeApplicationsAndForward();
    Task appoint = scenario.task(vacancy, "AppointSros");
    assertRefused(() -> scenario.complete("chief", appoint, Map.of(
        "appointee1", String.valueOf(scenario.application(olivia).getId()), "schools1", Spin.JSON("[\"LHS\"]"))),
        "appointDecision");
    assertRefused(() -> scenario.complete("chief", appoint, Map.of("appointDecision", "someone")), "appointDecision");
    assertThat(tasks.createTaskQuery().taskId(appoint.getId()).count()).isOne();
    assertThat(scenario.vacancies.findByReferenceIgnoreCase(ref).orElseThrow().getStatus())
        .isEqualTo(Vacancy.Status.APPLICATIONS_CLOSED);
  }

  @Test
  void overdueTrainingEscalatesToTheSupervisor() {
    ProcessInstance pi = scenario.favourableApplicant("olivia", ref);
    closeApplicationsAndForward();
    scenario.complete("chief", scenario.task(vacancy, "AppointSros"), Map.of("appointDecision", "appoint",
        "appointee1", String.valueOf(scenario.application(pi).getId()), "schools1", Spin.JSON("[\"LHS\", \"WMS\"]")));
    Task basic = tasks.createTaskQuery().processInstanceId(pi.getId()).taskName("Complete Basic SRO course (40 hours)")
        .singleResult();

    execute(engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("TrainingOverdue").list().get(0));

    Task followUp = scenario.task(pi, "FollowUpTraining");
    assertThat(followUp).isAssignedTo("sam");
    assertThat(tasks.createTaskQuery().taskId(basic.getId()).count()).as("the SRO's task stays open").isOne();
    scenario.complete("sam", followUp, Map.of("followUpNote", "Booked on the NASRO course starting next month."));
    scenario.complete("olivia", basic, Map.of("completedOn", District.today().toString(),
        "trainingProvider", "NASRO"));
    assertThat(trainings.findByApplicationIdOrderByIdAsc(scenario.application(pi).getId()))
        .anySatisfy(t -> assertThat(t.getFollowUpNote()).contains("NASRO"));
    identity.deleteMembership("olivia", "sro");
    identity.deleteMembership("olivia", "threatTeam");
    identity.deleteTenantUserMembership("LHS", "olivia");
    identity.deleteTenantUserMembership("WMS", "olivia");
  }

  @Test
  void anEligibilityListingLapsesWithoutAnAppointment() {
    ProcessInstance pi = scenario.favourableApplicant("olivia", ref);
    execute(job("ListingLapsed", pi));
    assertThat(pi).hasPassed("LapseEligibility", "TellLapsed", "Lapsed").isEnded();
    assertThat(scenario.application(pi).getStatus()).isEqualTo(Application.Status.LAPSED);
  }

  @Test
  void aSupervisorNominatesAnOfficerWhoMustConfirmTheyVolunteer() {
    Map<String, Object> nomination = new HashMap<>();
    nomination.put("applyingFor", "nominee");
    nomination.put("nomineeUsername", "omar");
    nomination.put("vacancyRef", ref);
    String definition = scenario.definition("sroSelection");
    ProcessInstance declined = scenario.as("sam", () -> scenario.forms.submitStartForm(definition, nomination));
    assertThat(declined).isWaitingAt("ConfirmVolunteer");
    assertThat(scenario.task(declined, "ConfirmVolunteer")).isAssignedTo("omar");
    scenario.complete("omar", scenario.task(declined, "ConfirmVolunteer"), Map.of("volunteers", "no"));
    assertThat(declined).hasPassed("TellSupervisorDeclined").isEnded();
    assertThat(scenario.application(declined).getStatus()).isEqualTo(Application.Status.DECLINED);
    assertThat(mailsOf(declined)).extracting(Notification::getRecipientUsername).contains("sam");

    ProcessInstance accepted = scenario.as("sam", () -> scenario.forms.submitStartForm(definition, nomination));
    scenario.complete("omar", scenario.task(accepted, "ConfirmVolunteer"), Map.of("volunteers", "yes",
        "statement", "Yes: I coached youth football for years.", "volunteerFitness", true, "volunteerDrugFree", true));
    assertThat(accepted).isWaitingAt("VerifyRecord", "ApplicationWithdrawn");
  }

  @Test
  void remindersGoToTheSupervisorWhenTheRecommendationWaits() {
    ProcessInstance pi = scenario.apply("olivia", ref);
    scenario.verifyAndReview(pi, cleanRecord());
    execute(job("RecommendationWaiting", pi));
    assertThat(pi).isWaitingAt("WriteRecommendation");
    assertThat(mailsOf(pi)).anySatisfy(n -> {
      assertThat(n.getRecipientUsername()).isEqualTo("sam");
      assertThat(n.getSubject()).contains("Write the recommendation").contains("overdue");
      assertThat(n.getLink()).contains("/camunda/app/tasklist/default/#/?task=");
    });
  }

  @Test
  void theServerRefusesBadInputNamingTheFieldAndChangesNothing() {
    ProcessInstance pi = scenario.apply("olivia", ref);
    scenario.verifyAndReview(pi, cleanRecord());

    Task recommendation = scenario.task(pi, "WriteRecommendation");
    assertRefused(() -> scenario.complete("sam", recommendation,
        Map.of("recommendation", "recommend", "recommendationText", "")), "recommendationText");
    assertRefused(() -> scenario.complete("sam", recommendation,
        Map.of("recommendation", "recommend", "recommendationText", "ok")), "recommendationText");
    assertThat(recommendations.count()).isZero();
    scenario.recommend(pi, true);

    Task convene = scenario.task(pi, "ConveneBoard");
    assertRefused(() -> scenario.complete("hana", convene, Map.of("boardMembers", Spin.JSON("[\"carl\", \"rita\"]"),
        "interviewAt", "2030-01-10T10:00", "interviewLocation", "HQ")), "boardMembers");
    assertRefused(() -> scenario.complete("hana", convene, Map.of("boardMembers", Spin.JSON("[\"rita\", \"raj\", \"olivia\"]"),
        "interviewAt", "2030-01-10T10:00", "interviewLocation", "HQ")), "boardMembers");
    assertThat(boards.count()).isZero();
    scenario.convene(pi);

    Task carl = scenario.boardTask(pi, "carl");
    Map<String, Object> seven = scores(4, true);
    seven.put("attitude", 7L);
    assertRefused(() -> scenario.complete("carl", carl, seven), "attitude");
    Map<String, Object> missing = scores(4, true);
    missing.remove("bearing");
    assertRefused(() -> scenario.complete("carl", carl, missing), "bearing");
    assertThat(scores.count()).isZero();
    assertThat(tasks.createTaskQuery().taskId(carl.getId()).count()).isOne();
  }

  @Test
  void anApplicationForAnUnknownVacancyOrByANonOfficerIsRefused() {
    assertRefused(() -> scenario.apply("olivia", "V-1999-404"), "vacancyRef");
    // a supervisor may start the process (to nominate) but cannot apply: only officers volunteer
    assertRefused(() -> scenario.apply("sam", ref), "applyingFor");
    scenario.apply("olivia", ref);
    assertRefused(() -> scenario.apply("olivia", ref), "vacancyRef");
    assertThat(scenario.applications.count()).isOne();
  }

  private static void assertRefused(Runnable action, String field) {
    assertThatThrownBy(action::run).satisfies(e -> {
      InvalidInputException invalid = InvalidInputException.findIn(e);
      assertThat(invalid).as("refusal expected, got " + e).isNotNull();
      assertThat(invalid.getField()).as(invalid.getMessage()).isEqualTo(field);
    });
  }
}
