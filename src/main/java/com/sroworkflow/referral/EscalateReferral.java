package com.sroworkflow.referral;

import com.sroworkflow.security.CurrentUser;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Marks the referral escalated and mails the school's district designees a link to their task, with the
 * acknowledgement's deadline (the open acknowledgement task's due date).
 */
@Component("escalateReferral")
class EscalateReferral implements TaskListener {

  private final Referrals referrals;
  private final ReferralNotifications notifications;
  private final CurrentUser user;

  EscalateReferral(Referrals referrals, ReferralNotifications notifications, CurrentUser user) {
    this.referrals = referrals;
    this.notifications = notifications;
    this.user = user;
  }

  @Override
  public void notify(DelegateTask task) {
    Referral referral = referrals.escalate(Inputs.referralId(task));
    Date due = user.withoutCaller(() -> task.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(AcknowledgementEscalations.TASK).list())
        .stream().map(Task::getDueDate).filter(d -> d != null).findFirst().orElse(null);
    notifications.askDesigneesToFollowUp(referral, task.getId(), due, task.getExecution().getProcessBusinessKey(),
        task.getProcessInstanceId());
  }
}
