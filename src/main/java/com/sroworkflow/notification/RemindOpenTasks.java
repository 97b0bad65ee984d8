package com.sroworkflow.notification;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.NameTaskForCase;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reminds the people an overdue task waits for: its assignee, or else the members of its candidate
 * groups (within the case's school, for school cases). Used behind non-interrupting boundary timers;
 * the model names the task with the input parameter {@code remindAbout} (a task definition key).
 */
@Component("remindOpenTasks")
class RemindOpenTasks implements JavaDelegate {

  private final TaskService tasks;
  private final People people;
  private final Notifications notifications;

  RemindOpenTasks(TaskService tasks, People people, Notifications notifications) {
    this.tasks = tasks;
    this.people = people;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = (String) execution.getVariable("remindAbout");
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey).list()) {
      // the name without the student's name: mail shows a case by initials only
      String name = NameTaskForCase.plainName(task.getName(), execution.getVariable(NameTaskForCase.SUBJECT));
      for (String recipient : recipients(task)) {
        notifications.send(recipient, "reminder", task.getId(), execution.getBusinessKey(),
            execution.getProcessInstanceId(), name);
      }
    }
  }

  private Set<String> recipients(Task task) {
    Set<String> recipients = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      recipients.add(task.getAssignee());
      return recipients;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        recipients.add(link.getUserId());
      } else if (task.getTenantId() != null) {
        recipients.addAll(people.membersAtSchool(link.getGroupId(), task.getTenantId()));
      } else {
        recipients.addAll(people.members(link.getGroupId()));
      }
    }
    return recipients;
  }
}
