package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the screening and tells the model whether the report is a threat to assess. */
@Component("recordScreening")
class RecordScreening implements TaskListener {

  private final ThreatCases cases;

  RecordScreening(ThreatCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    ThreatScreening s = cases.screen(Inputs.caseId(task),
        SubmittedValues.choice(task, "screeningDecision", ThreatScreening.Decision.class),
        SubmittedValues.text(task, "screeningReason"),
        SubmittedValues.choices(task, "screenedWith"));
    DelegateExecution caseInstance = task.getExecution().getProcessInstance();
    boolean threat = s.getDecision() == ThreatScreening.Decision.THREAT;
    caseInstance.setVariable("screenedAsThreat", threat);
    if (!threat) {
      caseInstance.setVariable("closingSummary", "Not a threat: " + s.getReason());
    }
  }
}
