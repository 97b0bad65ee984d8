package com.sroworkflow.program;

import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import java.util.Date;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supervisor's schedule of a lapsed training ({@code bpmn/refresher-training.bpmn}). */
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
}
