package com.sroworkflow.referral;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The principal has acknowledged the referral, perhaps with a comment. */
@Component("recordAcknowledgement")
class RecordAcknowledgement implements TaskListener {

  private final Referrals referrals;

  RecordAcknowledgement(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    referrals.acknowledge(Inputs.referralId(task), SubmittedValues.text(task, "acknowledgementComment"));
  }
}
