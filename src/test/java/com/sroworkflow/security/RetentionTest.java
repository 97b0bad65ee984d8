package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.referral.ReferralRepository;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.selection.ApplicationRepository;
import com.sroworkflow.selection.EligibilityFindingRepository;
import com.sroworkflow.selection.SelectionScenario;
import com.sroworkflow.system.RetentionSchedule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.TriggerTask;
import org.springframework.scheduling.support.SimpleTriggerContext;

/**
 * Once a case's retention period has passed, Camunda's scheduled history cleanup removes its history
 * and the application removes its own records of it: a referral closed six years ago (kept five) and
 * an SRO application closed eleven years ago (kept ten) are gone; a case closed today is not.
 */
@IntegrationTest
class RetentionTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RetentionSchedule retention;
  @Autowired SelectionScenario scenario;
  @Autowired ReferralRepository referrals;
  @Autowired ApplicationRepository applications;
  @Autowired EligibilityFindingRepository findings;
  @Autowired NotificationRepository notifications;
  @Autowired com.sroworkflow.notification.OutboxDelivery delivery;

  @Autowired ScheduledTaskHolder scheduled;

  /**
   * The nightly removal runs at 1:30 AM in the district (America/New_York), not in the server's zone: on a server
   * whose clock runs in UTC it next runs at 6:30 UTC in December (EST) and 5:30 UTC in July (EDT).
   */
  @Test
  void theNightlyRemovalRunsAtHalfPastOneInTheDistrictWhateverTheServersZone() {
    Trigger nightly = scheduled.getScheduledTasks().stream()
        .map(ScheduledTask::getTask)
        .filter(task -> task.toString().contains("RetentionSchedule.nightly"))
        .map(TriggerTask.class::cast)
        .map(TriggerTask::getTrigger).findFirst().orElseThrow();
    ZoneId district = ZoneId.of("America/New_York");
    for (Instant serverNow : new Instant[] {Instant.parse("2026-12-03T12:00:00Z"), Instant.parse("2026-07-15T12:00:00Z")}) {
      var utcServer = new SimpleTriggerContext(
          Clock.fixed(serverNow, ZoneOffset.UTC));
      ZonedDateTime next = nightly.nextExecution(utcServer).atZone(district);
      assertThat(next.toLocalTime()).as("next run after " + serverNow + ", in the district")
          .isEqualTo(LocalTime.of(1, 30));
      assertThat(next.toLocalDate()).isEqualTo(serverNow.atZone(district).toLocalDate().plusDays(1));
    }
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  private void at(Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
  }

  /** A referral the family refused, acknowledged by the principal: it closes at once. */
  private ProcessInstance closedReferral() {
    ProcessInstance pi = scenario.as("sally",
        () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    scenario.complete("sally", tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("RecordConsent").singleResult(), Map.of("consentDecision", "REFUSED", "consentBy", "Morgan Doe"));
    scenario.complete("paula", tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("AcknowledgeReferral").singleResult(), Map.of());
    deliverMailsOf(pi);
    return pi;
  }

  private ProcessInstance closedApplication() {
    ProcessInstance vacancy = scenario.openVacancy("LHS", 1);
    ProcessInstance pi = scenario.apply("olivia", scenario.reference(vacancy));
    scenario.verifyAndReview(pi, SelectionScenario.record(true, 1.0, true, 0, 0));
    runtime.deleteProcessInstance(vacancy.getId(), "test: the vacancy is not what this test is about");
    deliverMailsOf(pi);
    return pi;
  }

  private void deliverMailsOf(ProcessInstance pi) {
    for (var n : notifications.findByProcessInstanceIdOrderByIdAsc(pi.getId())) {
      delivery.deliver(n.getId());
    }
  }

  private void runHistoryCleanup() {
    for (int round = 0; round < 3; round++) {
      Job cleanup = history.cleanUpHistoryAsync(true);
      management.executeJob(cleanup.getId());
    }
  }

  @Test
  void expiredCasesLoseTheirHistoryAndTheirRecordsAndRecentOnesKeepThem() {
    Instant now = Instant.now();
    scenario.reset();
    at(now.minus(6 * 366, ChronoUnit.DAYS));
    ProcessInstance oldReferral = closedReferral();
    Long oldReferralId = referrals.findByProcessInstanceId(oldReferral.getId()).orElseThrow().getId();
    at(now.minus(11 * 366, ChronoUnit.DAYS));
    ProcessInstance oldApplication = closedApplication();
    Long oldApplicationId = scenario.application(oldApplication).getId();
    ClockUtil.reset();
    ProcessInstance recentReferral = closedReferral();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(oldReferral.getId()).singleResult()
        .getRemovalTime()).as("removal time is counted from the end of the case").isBefore(Date.from(now));
    assertThat(findings.findByApplicationIdOrderByIdAsc(oldApplicationId)).isNotEmpty();

    runHistoryCleanup();
    retention.removeExpired(Instant.now());

    for (ProcessInstance gone : new ProcessInstance[] {oldReferral, oldApplication}) {
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(gone.getId()).count()).isZero();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(gone.getId()).count()).isZero();
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(gone.getId()).count()).isZero();
      assertThat(history.createUserOperationLogQuery().processInstanceId(gone.getId()).count()).isZero();
      assertThat(notifications.findByProcessInstanceIdOrderByIdAsc(gone.getId())).isEmpty();
    }
    assertThat(referrals.findById(oldReferralId)).isEmpty();
    assertThat(applications.findById(oldApplicationId)).isEmpty();
    assertThat(findings.findByApplicationIdOrderByIdAsc(oldApplicationId)).isEmpty();

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recentReferral.getId()).count()).isOne();
    assertThat(referrals.findByProcessInstanceId(recentReferral.getId())).isPresent();
    assertThat(notifications.findByProcessInstanceIdOrderByIdAsc(recentReferral.getId())).isNotEmpty();
  }
}
