package com.sroworkflow.referral;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the referral with its outcome and hands the outcome to a calling case. The record is kept
 * as long as the case's history: the process definition's history time to live, from now.
 */
@Component("closeReferral")
class CloseReferral implements JavaDelegate {

  private final Referrals referrals;

  CloseReferral(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer days = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getHistoryTimeToLive();
    Referral referral = referrals.close(Inputs.referralId(execution), Duration.ofDays(days));
    execution.setVariable("referralOutcome", referral.getOutcome().name());
  }
}
