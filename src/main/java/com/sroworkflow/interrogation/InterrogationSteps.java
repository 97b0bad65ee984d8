package com.sroworkflow.interrogation;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.NameTaskForCase;
import com.sroworkflow.system.SubmittedValues;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of bpmn/student-interrogation.bpmn; the rules are in {@link Interrogations}. */
@Configuration
class InterrogationSteps {

  @Bean
  JavaDelegate registerInterrogation(Interrogations interrogations) {
    return execution -> {
      Interrogation i = interrogations.open(SubmittedValues.text(execution, "schoolCode"),
          execution.getProcessInstanceId(), SubmittedValues.text(execution, "studentName"),
          SubmittedValues.text(execution, "purpose"));
      CaseRecords.bind(execution, "interrogationId", i.getId(), i.getSchoolCode());
      execution.setProcessBusinessKey(i.reference());
      String school = interrogations.schoolName(i.getSchoolCode());
      execution.setVariable("caseTitle", "Interrogation " + i.reference() + " at " + school);
      execution.setVariable(NameTaskForCase.SUBJECT, NameTaskForCase.studentShortName(i.getStudentName()) + ", " + school);
      execution.setVariable("reportSummary", interrogations.summary(i));
      execution.setVariable("sroUser", i.getSroUsername());
      execution.removeVariable("purpose");
    };
  }

  @Bean
  TaskListener recordInterrogationChecks(Interrogations interrogations) {
    return task -> {
      Interrogation i = interrogations.checked(CaseRecords.id(task, "interrogationId"),
          SubmittedValues.yesNo(task, "parentsNotified"), SubmittedValues.text(task, "parentsNotifiedWho"),
          SubmittedValues.dateTime(task, "parentsNotifiedAt"), SubmittedValues.text(task, "parentsNotNotifiedReason"),
          SubmittedValues.choice(task, "rightsAdvised", Interrogation.Rights.class), SubmittedValues.yesNo(task, "rightsWaived"),
          SubmittedValues.text(task, "present"));
      task.setVariable("goAhead", i.getRightsWaived());
      if (!i.getRightsWaived()) {
        interrogations.notHeld(i.getId());
      }
    };
  }

  @Bean
  TaskListener recordInterrogation(Interrogations interrogations) {
    return task -> interrogations.held(CaseRecords.id(task, "interrogationId"),
        SubmittedValues.dateTime(task, "startedAt"), SubmittedValues.dateTime(task, "endedAt"),
        SubmittedValues.choice(task, "outcome", Interrogation.Outcome.class));
  }

  @Bean
  ExecutionListener closeInterrogation(Interrogations interrogations) {
    return (DelegateExecution execution) -> {
      Integer days = execution.getProcessEngineServices().getRepositoryService()
          .getProcessDefinition(execution.getProcessDefinitionId()).getHistoryTimeToLive();
      interrogations.close(CaseRecords.id(execution, "interrogationId"), Duration.ofDays(days));
    };
  }
}
