package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A safety plan action is done, or no longer needed and why. */
@Component("recordPlanAction")
class RecordPlanAction implements TaskListener {

  private final SafetyPlans plans;

  RecordPlanAction(SafetyPlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    plans.completeAction(CaseRecords.id(task, "planActionId"),
        SubmittedValues.choice(task, "actionStatus", SafetyPlanAction.Status.class), SubmittedValues.text(task, "actionNote"));
  }
}
