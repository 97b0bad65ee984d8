package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The SRO records, after the fact, what they did in response to imminent danger. */
@Component("recordImminentResponse")
class RecordImminentResponse implements TaskListener {

  private final ProtectiveActions protectiveActions;

  RecordImminentResponse(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void notify(DelegateTask task) {
    protectiveActions.recordImminentResponse(Inputs.caseId(task), SubmittedValues.choices(task, "responseMeasures"),
        SubmittedValues.text(task, "responseSummary"));
  }
}
