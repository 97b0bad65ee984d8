package com.sroworkflow.referral;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The SRO has chosen the agency from the directory in Tasklist. */
@Component("recordAgencyChoice")
class RecordAgencyChoice implements TaskListener {

  private final Referrals referrals;

  RecordAgencyChoice(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    Referral referral = referrals.chooseAgency(Inputs.referralId(task), task.getVariable("agencyId"));
    task.getExecution().setVariable("agencyName", referral.getAgency().getName());
  }
}
