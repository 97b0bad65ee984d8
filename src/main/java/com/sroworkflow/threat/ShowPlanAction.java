package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the plan action's form what the action is and when it is due, from the action's record. */
@Component("showPlanAction")
class ShowPlanAction implements TaskListener {

  private final SafetyPlans plans;

  ShowPlanAction(SafetyPlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    Long actionId = CaseRecords.id(task, "planActionId");
    task.setVariableLocal("planAction", plans.action(actionId).getAction());
    task.setVariableLocal("planActionDue", plans.dueLabel(actionId));
  }
}
