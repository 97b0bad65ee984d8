package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The principal was told (by mail, when their task was created) and acknowledges, with the school's measures. */
@Component("recordPrincipalAcknowledgement")
class RecordPrincipalAcknowledgement implements TaskListener {

  private final ProtectiveActions protectiveActions;

  RecordPrincipalAcknowledgement(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void notify(DelegateTask task) {
    protectiveActions.acknowledgeAsPrincipal(Inputs.caseId(task), task.getCreateTime(),
        SubmittedValues.text(task, "schoolMeasures"), SubmittedValues.text(task, "acknowledgementComment"));
  }
}
