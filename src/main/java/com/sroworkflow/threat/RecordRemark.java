package com.sroworkflow.threat;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The reviewer re-marks the closed case with a reason, or keeps its marking. */
@Component("recordRemark")
class RecordRemark implements TaskListener {

  private final ThreatCases cases;

  RecordRemark(ThreatCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean remark = "REMARK".equals(Inputs.text(task, "remarkDecision"));
    DelegateExecution review = task.getExecution().getProcessInstance();
    review.setVariable("remarked", remark);
    if (remark) {
      ThreatCaseRemark r = cases.remark(Inputs.caseId(task), Inputs.choice(task, "newMarking", Marking.class),
          Inputs.text(task, "remarkReason"), Inputs.text(task, "reviewReason"), task.getProcessInstanceId());
      review.setVariable("remarkId", r.getId());
    }
  }
}
