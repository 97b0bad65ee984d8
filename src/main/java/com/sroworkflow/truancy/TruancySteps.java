package com.sroworkflow.truancy;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of a truancy case ({@code bpmn/truancy-case.bpmn}). Each moves what it records into the case's
 * tables and out of the process's variables, so the school's notes and the SRO's notes stay with their own
 * people: the variables every reader of the case sees hold the student's name, grade and the absences only.
 */
@Configuration
class TruancySteps {

  @Bean
  JavaDelegate registerTruancyCase(Truancies truancies, People people) {
    return execution -> {
      TruancyCase c = truancies.open(execution.getProcessInstanceId(),
          people.actingUser(SubmittedValues.text(execution, "initiator")), SubmittedValues.text(execution, "schoolCode"),
          SubmittedValues.text(execution, "studentName"), SubmittedValues.text(execution, "studentGrade"),
          SubmittedValues.text(execution, "districtStudentId"), SubmittedValues.number(execution, "unexcusedAbsences"),
          SubmittedValues.text(execution, "attendanceConcern"));
      CaseRecords.bind(execution, "truancyCaseId", c.getId(), c.getSchoolCode());
      execution.removeVariable("attendanceConcern");
      execution.setVariable("caseTitle", "Truancy: grade " + c.getStudentGrade() + " student, case " + c.getId());
      execution.setProcessBusinessKey("truancy-" + c.getId());
    };
  }

  @Bean
  TaskListener recordHomeContact(Truancies truancies, People people) {
    return task -> {
      boolean improved = truancies.homeContact(CaseRecords.id(task, "truancyCaseId"), actor(people, task),
          SubmittedValues.text(task, "homeContactMethod"), SubmittedValues.flag(task, "familyReached"),
          SubmittedValues.text(task, "homeContactNotes"), SubmittedValues.text(task, "attendanceAfterContact"));
      task.getExecution().setVariable("attendanceImproved", improved);
      task.getExecution().removeVariable("homeContactNotes");
    };
  }

  @Bean
  TaskListener recordHomeVisit(Truancies truancies, People people) {
    return task -> {
      boolean board = truancies.homeVisit(CaseRecords.id(task, "truancyCaseId"), actor(people, task),
          SubmittedValues.text(task, "homeVisitDate"), SubmittedValues.text(task, "visitPoliceNotes"),
          SubmittedValues.text(task, "boardRecommendation"));
      task.getExecution().setVariable("boardRecommended", board);
      task.getExecution().removeVariable("visitPoliceNotes");
    };
  }

  @Bean
  TaskListener recordPetition(Truancies truancies, People people) {
    return task -> {
      Long id = CaseRecords.id(task, "truancyCaseId");
      boolean petitioned = truancies.petition(id, actor(people, task), SubmittedValues.text(task, "petitionDecision"),
          SubmittedValues.text(task, "hearingDate"));
      task.getExecution().setVariable("petitioned", petitioned);
      if (petitioned) {
        task.getExecution().setVariable("hearingDue", Date.from(truancies.hearingDue(id)));
      }
    };
  }

  @Bean
  TaskListener recordHearing(Truancies truancies, People people) {
    return task -> {
      truancies.hearing(CaseRecords.id(task, "truancyCaseId"), actor(people, task),
          SubmittedValues.text(task, "hearingOutcome"), SubmittedValues.text(task, "hearingPoliceNotes"));
      task.getExecution().removeVariable("hearingPoliceNotes");
    };
  }

  @Bean
  JavaDelegate closeTruancyCase(Truancies truancies) {
    return execution -> execution.setVariable("truancyOutcome",
        truancies.close(CaseRecords.id(execution, "truancyCaseId")));
  }

  private static String actor(People people, DelegateTask task) {
    return people.actingUser(task.getAssignee());
  }
}
