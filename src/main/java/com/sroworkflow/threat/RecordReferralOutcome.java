package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The mental-health referral has ended: its id and outcome go on the case, which may now close. */
@Component("recordReferralOutcome")
class RecordReferralOutcome implements JavaDelegate {

  private final SafetyPlans plans;

  RecordReferralOutcome(SafetyPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.referralEnded(Inputs.caseId(execution), CaseRecords.id(execution, "referralId"),
        (String) execution.getVariable("referralOutcome"));
  }
}
