package com.sroworkflow.emergency;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.NameTaskForCase;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of bpmn/emergency-plan-review.bpmn and bpmn/emergency-drill.bpmn, and the morning opening. */
@Configuration
class EmergencySteps {

  @Bean
  JavaDelegate openEmergencyPlanning(EmergencyPlanning planning) {
    return execution -> planning.openDue();
  }

  @Bean
  TaskListener recordPlanReview(EmergencyPlanning planning, People people) {
    return task -> planning.recordReview(CaseRecords.id(task, "planReviewId"), SubmittedValues.date(task, "reviewedOn"),
        SubmittedValues.text(task, "reviewSro"), SubmittedValues.text(task, "planChanges"),
        SubmittedValues.text(task, "reviewFollowUp"), people.actingUser("system"));
  }

  @Bean
  TaskListener scheduleDrill(EmergencyPlanning planning) {
    return task -> task.getExecution().setVariable("drillDue",
        planning.scheduleDrill(CaseRecords.id(task, "drillId"), SubmittedValues.date(task, "drillDate")));
  }

  @Bean
  TaskListener recordDrill(EmergencyPlanning planning, People people) {
    return task -> {
      String outcome = SubmittedValues.text(task, "drillOutcome");
      planning.recordDrill(CaseRecords.id(task, "drillId"), outcome, SubmittedValues.date(task, "heldOn"),
          SubmittedValues.text(task, "observations"), SubmittedValues.text(task, "drillFollowUp"),
          SubmittedValues.text(task, "notHeldReason"), people.actingUser("system"));
      task.getExecution().setVariable("drillHeld", "HELD".equals(outcome));
    };
  }

  /**
   * An overdue plan review or drill escalates to the district designee (seed 003 III.A.2.g; issue 18): the open
   * task (input {@code remindAbout}) is offered to the designees too, and the school's designees are mailed a
   * link to it. No student data: the school and the task's name only.
   */
  @Bean
  JavaDelegate escalateToDesignee(TaskService tasks, People people, Notifications notifications,
      SchoolCalendar calendar, EmergencyPlanning planning) {
    return execution -> {
      String school = (String) execution.getVariable("schoolCode");
      for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey((String) execution.getVariable("remindAbout")).list()) {
        tasks.addCandidateGroup(task.getId(), Roles.DISTRICT_ADMIN);
        String name = NameTaskForCase.plainName(task.getName(), execution.getVariable(NameTaskForCase.SUBJECT));
        for (String designee : people.membersAtSchool(Roles.DISTRICT_ADMIN, school)) {
          notifications.send(designee, "emergency.overdue", task.getId(), execution.getBusinessKey(),
              execution.getProcessInstanceId(), execution.getVariable("schoolName"), name + ": "
                  + execution.getVariable(NameTaskForCase.SUBJECT),
              task.getDueDate() == null ? "" : calendar.moment(task.getDueDate().toInstant()));
        }
      }
      planning.escalated(CaseRecords.idIfAny(execution, "planReviewId"), CaseRecords.idIfAny(execution, "drillId"));
    };
  }
}
