package com.sroworkflow.threat;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the review form the plan's actions, the reviews so far and where the referral stands, from the records. */
@Component("showCaseProgress")
class ShowCaseProgress implements TaskListener {

  private final SafetyPlans plans;

  ShowCaseProgress(SafetyPlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseId = Inputs.caseId(task);
    task.setVariableLocal("actionsTable", plans.actionsTable(caseId));
    task.setVariableLocal("reviewsTable", plans.reviewsTable(caseId));
    task.setVariableLocal("referralStatus", plans.referralStatus(caseId));
  }
}
