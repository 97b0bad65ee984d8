package com.sroworkflow.referral;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Closes the loop with the agency: its answer, the first contact with the family, and the status. */
@Component("recordAgencyResponse")
class RecordAgencyResponse implements TaskListener {

  private final Referrals referrals;

  RecordAgencyResponse(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    referrals.recordAgencyResponse(Inputs.referralId(task),
        Inputs.choice(task, "agencyResponse", AgencyResponse.class),
        Inputs.text(task, "redirectedTo"),
        Inputs.date(task, "firstContactDate"),
        Inputs.choice(task, "referralStatus", ReferralOutcome.class),
        Inputs.text(task, "responseNote"));
  }
}
