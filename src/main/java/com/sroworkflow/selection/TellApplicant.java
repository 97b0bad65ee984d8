package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the applicant the outcome of a step; the model names the message ({@code message}). */
@Component("tellApplicant")
class TellApplicant implements JavaDelegate {

  private final SelectionMessages messages;

  TellApplicant(SelectionMessages messages) {
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String message = SubmittedValues.text(execution, "message");
    String detail = switch (message) {
      case "notChosen" -> SubmittedValues.text(execution, "decisionVacancyRef");
      case "appointed" -> SubmittedValues.text(execution, "appointedSchools");
      default -> null;
    };
    messages.tellApplicant(message, CaseRecords.id(execution, "applicationId"), execution.getProcessInstanceId(),
        detail);
  }
}
