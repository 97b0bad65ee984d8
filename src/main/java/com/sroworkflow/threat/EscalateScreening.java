package com.sroworkflow.threat;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Screening is overdue: marks it escalated and mails the school's principals a link to their task. */
@Component("escalateScreening")
class EscalateScreening implements TaskListener {

  private final ThreatCases cases;
  private final ThreatNotifications notifications;

  EscalateScreening(ThreatCases cases, ThreatNotifications notifications) {
    this.cases = cases;
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    ThreatCase c = cases.escalateScreening(Inputs.caseId(task));
    notifications.screeningOverdue(c, task.getId(), (Date) task.getVariable("screeningDue"),
        task.getProcessInstanceId());
  }
}
