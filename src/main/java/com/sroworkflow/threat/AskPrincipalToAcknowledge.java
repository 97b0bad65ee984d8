package com.sroworkflow.threat;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Mails the school's principals a link to the substantive threat they are to acknowledge. */
@Component("askPrincipalToAcknowledge")
class AskPrincipalToAcknowledge implements TaskListener {

  private final ProtectiveActions protectiveActions;

  AskPrincipalToAcknowledge(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void notify(DelegateTask task) {
    protectiveActions.askPrincipalsToAcknowledge(Inputs.caseId(task), task.getId(), task.getProcessInstanceId());
  }
}
