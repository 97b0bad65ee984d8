package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The principal notes what they did about the overdue screening. */
@Component("recordScreeningFollowUp")
class RecordScreeningFollowUp implements TaskListener {

  private final ThreatCases cases;

  RecordScreeningFollowUp(ThreatCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    cases.followUpScreening(Inputs.caseId(task), SubmittedValues.text(task, "followUpNote"));
  }
}
