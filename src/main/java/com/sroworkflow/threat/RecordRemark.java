package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
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
    boolean remark = "REMARK".equals(SubmittedValues.text(task, "remarkDecision"));
    DelegateExecution review = task.getExecution().getProcessInstance();
    review.setVariable("remarked", remark);
    if (remark) {
      ThreatCaseRemark r = cases.remark(Inputs.caseId(task), SubmittedValues.choice(task, "newMarking", Marking.class),
          SubmittedValues.text(task, "remarkReason"), SubmittedValues.text(task, "reviewReason"), task.getProcessInstanceId());
      // a re-marking of the case the reviewer just read through Inputs.caseId: the case's own school
      CaseRecords.bind(review, "remarkId", r.getId(), review.getTenantId());
    }
  }
}
