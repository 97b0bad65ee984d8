package com.sroworkflow.referral;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The district designee notes what they did about an unacknowledged referral. */
@Component("recordEscalationFollowUp")
class RecordEscalationFollowUp implements TaskListener {

  private final Referrals referrals;

  RecordEscalationFollowUp(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    referrals.recordEscalationFollowUp(Inputs.referralId(task), SubmittedValues.text(task, "escalationNote"));
  }
}
