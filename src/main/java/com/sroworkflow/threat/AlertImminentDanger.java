package com.sroworkflow.threat;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Imminent danger: the principal and the district designee are told at once, before anything else. */
@Component("alertImminentDanger")
class AlertImminentDanger implements JavaDelegate {

  private final ProtectiveActions protectiveActions;

  AlertImminentDanger(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    protectiveActions.alertImminentDanger(Inputs.caseId(execution), execution.getProcessInstanceId());
  }
}
