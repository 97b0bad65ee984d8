package com.sroworkflow.threat;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A substantive threat is a threat of violence: the district designee is told at once. */
@Component("tellDistrictDesignee")
class TellDistrictDesignee implements JavaDelegate {

  private final ProtectiveActions protectiveActions;

  TellDistrictDesignee(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    protectiveActions.tellDesignees(Inputs.caseId(execution), execution.getProcessInstanceId());
  }
}
