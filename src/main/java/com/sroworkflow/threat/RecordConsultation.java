package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The law-enforcement consultation of a safety evaluation, as the SRO tells the team. */
@Component("recordConsultation")
class RecordConsultation implements TaskListener {

  private final ProtectiveActions protectiveActions;

  RecordConsultation(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void notify(DelegateTask task) {
    protectiveActions.recordConsultation(Inputs.caseId(task), SubmittedValues.text(task, "consultedWith"),
        SubmittedValues.text(task, "consultationSummary"));
  }
}
