package com.sroworkflow.referral;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the parent's or guardian's consent, refusal, or that the family has not answered yet. */
@Component("recordConsent")
class RecordConsent implements TaskListener {

  private final Referrals referrals;

  RecordConsent(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    referrals.recordConsent(Inputs.referralId(task),
        SubmittedValues.choice(task, "consentDecision", ConsentStatus.class),
        SubmittedValues.text(task, "consentBy"),
        SubmittedValues.choice(task, "consentMethod", ConsentMethod.class),
        SubmittedValues.date(task, "consentDate"),
        SubmittedValues.text(task, "consentScope"),
        SubmittedValues.text(task, "consentNote"));
  }
}
