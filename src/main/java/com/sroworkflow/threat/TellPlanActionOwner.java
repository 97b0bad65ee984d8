package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Mails the owner of a safety plan action a link to it. */
@Component("tellPlanActionOwner")
class TellPlanActionOwner implements TaskListener {

  private final ThreatCases cases;
  private final SafetyPlans plans;
  private final ThreatNotifications notifications;

  TellPlanActionOwner(ThreatCases cases, SafetyPlans plans, ThreatNotifications notifications) {
    this.cases = cases;
    this.plans = plans;
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    notifications.planActionAssigned(cases.require(Inputs.caseId(task)),
        plans.action(CaseRecords.id(task, "planActionId")), task.getId(),
        task.getProcessInstanceId());
  }
}
