package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The mental-health staff's suicide and self-harm risk screening: the risk found, what was done, the parents told. */
@Component("recordSelfHarmScreening")
class RecordSelfHarmScreening implements TaskListener {

  private final ProtectiveActions protectiveActions;

  RecordSelfHarmScreening(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void notify(DelegateTask task) {
    protectiveActions.recordSelfHarmScreening(Inputs.caseId(task),
        SubmittedValues.choice(task, "selfHarmRisk", SelfHarmScreening.Risk.class),
        SubmittedValues.text(task, "selfHarmActions"),
        SubmittedValues.text(task, "parentsToldWhom"),
        SubmittedValues.dateTime(task, "parentsToldAt"),
        SubmittedValues.choice(task, "parentsToldHow", ThreatNotice.Method.class));
  }
}
