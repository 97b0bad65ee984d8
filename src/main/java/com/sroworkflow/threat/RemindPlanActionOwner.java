package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A safety plan action has passed its due date: its owner, and only its owner, is reminded (each
 * action of a plan has its own task and due date, so the generic reminder of all open tasks of one
 * kind would remind owners whose actions are not due yet).
 */
@Component("remindPlanActionOwner")
class RemindPlanActionOwner implements JavaDelegate {

  private final ThreatCases cases;
  private final SafetyPlans plans;
  private final ThreatNotifications notifications;
  private final TaskService tasks;

  RemindPlanActionOwner(ThreatCases cases, SafetyPlans plans, ThreatNotifications notifications, TaskService tasks) {
    this.cases = cases;
    this.plans = plans;
    this.notifications = notifications;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long actionId = CaseRecords.id(execution, "planActionId");
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKeyIn("CarryOutPlanAction", "CarryOutAddedAction").list()) {
      if (actionId.equals(tasks.getVariable(task.getId(), "planActionId"))) {
        notifications.planActionOverdue(cases.require(Inputs.caseId(execution)),
            plans.action(actionId), task.getId(), execution.getProcessInstanceId());
      }
    }
  }
}
