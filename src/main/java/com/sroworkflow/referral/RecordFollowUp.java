package com.sroworkflow.referral;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The SRO's answer, some weeks after linking, to whether the referral helped. */
@Component("recordFollowUp")
class RecordFollowUp implements TaskListener {

  private final Referrals referrals;

  RecordFollowUp(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    referrals.recordFollowUp(Inputs.referralId(task), SubmittedValues.choice(task, "referralHelped", ReferralHelped.class),
        SubmittedValues.text(task, "followUpNote"));
  }
}
