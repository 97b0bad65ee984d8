package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The written safety plan; each of its actions becomes a task for its owner. */
@Component("recordSafetyPlan")
class RecordSafetyPlan implements TaskListener {

  /** The action rows of forms/threat-assessment-safety-plan.form. */
  static final int ROWS = 5;

  private final SafetyPlans plans;

  RecordSafetyPlan(SafetyPlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseId = Inputs.caseId(task);
    int revision = plans.writePlan(caseId, SubmittedValues.text(task, "planSummary"), PlanActionRows.read(task, ROWS));
    CaseRecords.bindEach(task, "planActionId", plans.actionIds(caseId, revision));
    task.getExecution().getProcessInstance().setVariable("planRevision", revision);
  }
}
