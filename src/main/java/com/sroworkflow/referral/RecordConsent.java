package com.sroworkflow.referral;

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
        Inputs.choice(task, "consentDecision", ConsentStatus.class),
        Inputs.text(task, "consentBy"),
        Inputs.choice(task, "consentMethod", ConsentMethod.class),
        Inputs.date(task, "consentDate"),
        Inputs.text(task, "consentScope"),
        Inputs.text(task, "consentNote"));
  }
}
