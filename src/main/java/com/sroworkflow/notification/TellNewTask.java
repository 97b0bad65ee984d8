package com.sroworkflow.notification;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.NameTaskForCase;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Mails the people a new task waits for a link to it: its assignee, or else its candidate users and the
 * members of its candidate groups at the case's school. A create listener (after the task's routing) for a
 * step that must not wait for someone to look into Tasklist. The mail names the task without whom it is for,
 * the school and the case's reference: no student, no words of a report (mail.task.*).
 */
@Component("tellNewTask")
class TellNewTask implements TaskListener {

  private final People people;
  private final Notifications notifications;
  private final SchoolCalendar calendar;

  TellNewTask(People people, Notifications notifications, SchoolCalendar calendar) {
    this.people = people;
    this.notifications = notifications;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String name = NameTaskForCase.plainName(task.getName(), task.getVariable(NameTaskForCase.SUBJECT));
    String caseRef = task.getExecution().getProcessBusinessKey();
    String due = task.getDueDate() == null ? "soon" : calendar.moment(task.getDueDate().toInstant());
    for (String recipient : recipients(task)) {
      notifications.send(recipient, "task", task.getId(), caseRef, task.getProcessInstanceId(), name,
          caseRef == null ? "" : caseRef, due);
    }
  }

  private Set<String> recipients(DelegateTask task) {
    Set<String> recipients = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      recipients.add(task.getAssignee());
      return recipients;
    }
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        recipients.add(link.getUserId());
      } else if (task.getTenantId() != null) {
        recipients.addAll(people.membersAtSchool(link.getGroupId(), task.getTenantId()));
      }
    }
    return recipients;
  }
}
