package com.sroworkflow.referral;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Marks the referral escalated and mails the school's district designees a link to their task. */
@Component("escalateReferral")
class EscalateReferral implements TaskListener {

  private final Referrals referrals;
  private final ReferralNotifications notifications;

  EscalateReferral(Referrals referrals, ReferralNotifications notifications) {
    this.referrals = referrals;
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    Referral referral = referrals.escalate(Inputs.referralId(task));
    notifications.askDesigneesToFollowUp(referral, task.getId(), (Date) task.getVariable("acknowledgementDue"),
        task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId());
  }
}
