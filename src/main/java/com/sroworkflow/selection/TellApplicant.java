package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
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
    String message = (String) execution.getVariable("message");
    String detail = switch (message) {
      case "notChosen" -> (String) execution.getVariable("decisionVacancyRef");
      case "appointed" -> (String) execution.getVariable("appointedSchools");
      default -> null;
    };
    messages.tellApplicant(message, CaseRecords.id(execution, "applicationId"), execution.getProcessInstanceId(),
        detail);
  }
}
