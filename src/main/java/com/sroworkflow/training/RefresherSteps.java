package com.sroworkflow.training;

import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.selection.TrainingPlan;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import java.util.Date;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code bpmn/refresher-training.bpmn}: the supervisor's schedule of a lapsed training,
 * and the officer's record of it, kept by selection's training plan like every training.
 */
@Configuration
class RefresherSteps {

  @Bean
  TaskListener recordRefresherSchedule(RefresherTraining refresher, SchoolCalendar calendar) {
    return task -> {
      Long id = refresher.schedule(SubmittedValues.text(task, "officer"), SubmittedValues.text(task, "trainingKind"),
          SubmittedValues.text(task, "trainingTitle"), SubmittedValues.text(task, "refresherDate"));
      java.time.LocalDate on = SubmittedValues.date(task, "refresherDate");
      // an officer's training belongs to no school tenant
      CaseRecords.bind(task.getExecution(), "trainingId", id, null);
      task.getExecution().setVariable("trainingTitle", task.getVariable("trainingTitle") + " (refresher)");
      task.getExecution().setVariable("trainingDueOn", on.toString());
      task.getExecution().setVariable("trainingDue",
          Date.from(on.plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
      task.getExecution().setVariable("refresherNote", task.getVariable("refresherNote"));
    };
  }

  @Bean
  TaskListener recordRefresherCompletion(TrainingPlan trainingPlan) {
    return task -> trainingPlan.complete(CaseRecords.id(task, "trainingId"), (String) task.getVariable("completedOn"),
        (String) task.getVariable("trainingProvider"), (Number) task.getVariable("trainingHours"),
        (String) task.getVariable("certificateNumber"), (String) task.getVariable("validUntil"));
  }
}
