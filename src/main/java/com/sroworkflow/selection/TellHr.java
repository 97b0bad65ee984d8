package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells HR of a step they did not take themselves; the model names the message ({@code message}). */
@Component("tellHr")
class TellHr implements JavaDelegate {

  private final SelectionMessages messages;

  TellHr(SelectionMessages messages) {
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    messages.tellHr(SubmittedValues.text(execution, "message"), CaseRecords.idIfAny(execution, "vacancyId"),
        CaseRecords.idIfAny(execution, "applicationId"), execution.getProcessInstanceId());
  }
}
