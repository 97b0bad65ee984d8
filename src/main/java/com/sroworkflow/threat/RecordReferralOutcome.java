package com.sroworkflow.threat;

import com.sroworkflow.referral.Referrals;
import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The mental-health referral has ended: its id and outcome (from the referral's record) go on the case,
 * which may now close.
 */
@Component("recordReferralOutcome")
class RecordReferralOutcome implements JavaDelegate {

  private final SafetyPlans plans;
  private final Referrals referrals;

  RecordReferralOutcome(SafetyPlans plans, Referrals referrals) {
    this.plans = plans;
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long referralId = CaseRecords.id(execution, "referralId");
    plans.referralEnded(Inputs.caseId(execution), referralId, referrals.require(referralId).getOutcome().name());
  }
}
