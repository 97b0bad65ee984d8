package com.sroworkflow.threat;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Mails the school's SROs a link to the imminent-danger response the moment it is created. */
@Component("callSros")
class CallSros implements TaskListener {

  private final ProtectiveActions protectiveActions;

  CallSros(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void notify(DelegateTask task) {
    protectiveActions.callSros(Inputs.caseId(task), task.getId(), task.getProcessInstanceId());
  }
}
