package com.sroworkflow.referral;

import com.sroworkflow.system.EngineClock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates the referrals whose principal has not acknowledged them by the acknowledgement task's due date (the
 * model's event sub-process "Acknowledgement overdue"). Issue 20: a boundary timer on every acknowledgement task
 * cost each acknowledgement a job to delete and log and a scope of its own; one sweep costs the acknowledgement
 * nothing. Every node where the job executor runs ({@code sro.referral.escalation-enabled} follows
 * {@code camunda.bpm.job-execution.enabled}) polls every {@code sro.referral.escalation-interval} (a minute, the job
 * executor's own longest wait for a due timer) for the open acknowledgement tasks past their due date (the date the
 * deadline service set on the school calendar) and escalates each in a transaction of its own: one update of the
 * referral record claims it (ReferralRepository.claimEscalation: not acknowledged, not escalated since this task was
 * created), then the message starts the escalation. Two nodes never both escalate a task: the second update waits
 * for the first's row lock and then finds the referral escalated; a re-run finds it escalated too. A failed
 * escalation rolls back, claim included, and is tried again at the next poll.
 */
@Component
public class AcknowledgementEscalations {

  static final String OVERDUE_MESSAGE = "referralAcknowledgementOverdue";
  static final String TASK = "AcknowledgeReferral";
  private static final Logger LOG = LoggerFactory.getLogger(AcknowledgementEscalations.class);
  private static final int PAGE = 100;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ReferralRepository referrals;
  private final TransactionTemplate ownTransaction;
  private final boolean enabled;

  AcknowledgementEscalations(TaskService tasks, RuntimeService runtime, ReferralRepository referrals,
      PlatformTransactionManager transactions,
      @Value("${sro.referral.escalation-enabled:${camunda.bpm.job-execution.enabled:true}}") boolean enabled) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.referrals = referrals;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.enabled = enabled;
  }

  @Scheduled(fixedDelayString = "${sro.referral.escalation-interval:PT1M}",
      initialDelayString = "${sro.referral.escalation-interval:PT1M}")
  void poll() {
    if (enabled) {
      escalateOverdue();
    }
  }

  /** Escalates every overdue acknowledgement not escalated yet; returns how many this call escalated. */
  public int escalateOverdue() {
    Instant now = EngineClock.now();
    // dueBefore is strict; a timer was due at its date, so is this
    Date dueBy = Date.from(now.plusMillis(1));
    int escalated = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> overdue = tasks.createTaskQuery().processDefinitionKey(ReferralAccess.PROCESS).taskDefinitionKey(TASK)
          .active().dueBefore(dueBy).orderByDueDate().asc().orderByTaskId().asc().listPage(first, PAGE);
      if (overdue.isEmpty()) {
        return escalated;
      }
      Map<String, Referral> byCase = referrals.findByProcessInstanceIdIn(
          overdue.stream().map(Task::getProcessInstanceId).toList()).stream()
          .collect(Collectors.toMap(Referral::getProcessInstanceId, Function.identity(), (a, b) -> a));
      for (Task task : overdue) {
        Referral referral = byCase.get(task.getProcessInstanceId());
        if (referral != null && notEscalatedYet(referral, task) && escalate(task, now)) {
          escalated++;
        }
      }
      if (overdue.size() < PAGE) {
        return escalated;
      }
    }
  }

  /** What the claim checks again under the row lock: read first, so a poll does not write what is done. */
  private static boolean notEscalatedYet(Referral referral, Task task) {
    return referral.getAcknowledgedAt() == null
        && (referral.getEscalatedAt() == null || referral.getEscalatedAt().isBefore(task.getCreateTime().toInstant()));
  }

  private boolean escalate(Task task, Instant now) {
    String caseId = task.getProcessInstanceId();
    try {
      return Boolean.TRUE.equals(ownTransaction.execute(status -> {
        if (referrals.claimEscalation(caseId, now, task.getCreateTime().toInstant()) != 1) {
          return false;
        }
        runtime.createMessageCorrelation(OVERDUE_MESSAGE).processInstanceId(caseId).correlateWithResult();
        return true;
      }));
    } catch (RuntimeException e) {
      // Ids only (issue 19: no student data in the log).
      LOG.warn("Escalation of the acknowledgement of case {} failed; tried again at the next poll: {}", caseId,
          e.toString());
      return false;
    }
  }
}
