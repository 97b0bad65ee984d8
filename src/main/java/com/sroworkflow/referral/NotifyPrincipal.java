package com.sroworkflow.referral;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Mails the principals of the referral's school a link to their new acknowledgement task. */
@Component("notifyPrincipal")
class NotifyPrincipal implements TaskListener {

  private final Referrals referrals;
  private final ReferralNotifications notifications;

  NotifyPrincipal(Referrals referrals, ReferralNotifications notifications) {
    this.referrals = referrals;
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    notifications.askPrincipalsToAcknowledge(referrals.require(Inputs.referralId(task)), task.getId(),
        task.getDueDate(), task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId());
  }
}
