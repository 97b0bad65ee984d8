package com.sroworkflow.referral;

import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The principal has acknowledged the referral, perhaps with a comment. When it was escalated, the acknowledgement
 * ends the designee's open task (the model's "Principal acknowledged"); otherwise it costs no look-up.
 */
@Component("recordAcknowledgement")
class RecordAcknowledgement implements TaskListener {

  static final String ACKNOWLEDGED_MESSAGE = "referralAcknowledged";

  private final Referrals referrals;
  private final CurrentUser user;

  RecordAcknowledgement(Referrals referrals, CurrentUser user) {
    this.referrals = referrals;
    this.user = user;
  }

  @Override
  public void notify(DelegateTask task) {
    Referral referral = referrals.acknowledge(Inputs.referralId(task), SubmittedValues.text(task, "acknowledgementComment"));
    if (referral.getEscalatedAt() != null) {
      // the process's own step, not the principal's: they need no right to correlate messages
      user.withoutCaller(() -> task.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(ACKNOWLEDGED_MESSAGE).processInstanceId(task.getProcessInstanceId())
          .correlateAllWithResult());
    }
  }
}
