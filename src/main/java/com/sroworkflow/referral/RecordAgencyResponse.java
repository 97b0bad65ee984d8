package com.sroworkflow.referral;

import com.sroworkflow.system.SubmittedValues;
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
        SubmittedValues.choice(task, "agencyResponse", AgencyResponse.class),
        SubmittedValues.text(task, "redirectedTo"),
        SubmittedValues.date(task, "firstContactDate"),
        SubmittedValues.choice(task, "referralStatus", ReferralOutcome.class),
        SubmittedValues.text(task, "responseNote"));
  }
}
