package com.sroworkflow.removal;

import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.identity.People;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of removal and replacement ({@code bpmn/sro-removal.bpmn}), each a small bean. */
@Configuration
class RemovalSteps {

  @Bean
  JavaDelegate registerRemoval(Removals removals, Assignments assignments, People people, Schools schools) {
    return execution -> {
      String by = people.actingUser(SubmittedValues.text(execution, "initiator"));
      SroRemoval r = removals.request(execution.getProcessInstanceId(), by,
          SubmittedValues.text(execution, "removalSchool"), SubmittedValues.text(execution, "removalOfficer"),
          SubmittedValues.text(execution, "removalReason"));
      // the program's cases belong to no tenant (the Chief decides)
      CaseRecords.bind(execution, "removalId", r.getId(), null);
      execution.setVariable("requestedBySchool", r.isRequestedBySchool());
      execution.setVariable("requestedByName", people.displayName(by));
      execution.setVariable("officerName", people.displayName(r.getOfficerUsername()));
      execution.setVariable("suggestedCover", assignments.suggestedCover(r.getSchoolCode(), r.getOfficerUsername()));
      execution.setVariable("caseTitle", (r.isRequestedBySchool() ? "Replacement requested: " : "Removal: ")
          + people.displayName(r.getOfficerUsername()) + " at " + schools.name(r.getSchoolCode()));
      execution.setProcessBusinessKey("removal-" + r.getId());
    };
  }

  @Bean
  TaskListener recordRemovalDecision(Removals removals, People people) {
    return task -> task.getExecution().setVariable("removalApproved", removals.decide(
        CaseRecords.id(task, "removalId"), people.actingUser(task.getAssignee()),
        SubmittedValues.text(task, "removalDecision"), SubmittedValues.text(task, "decisionReason")));
  }

  /** The SROs the Chief chooses the cover from. */
  @Bean
  TaskListener offerCoverOptions(Removals removals) {
    return task -> task.setVariable("coverOptions", removals.coverOptions(CaseRecords.id(task, "removalId")));
  }

  @Bean
  TaskListener recordCover(Removals removals, People people) {
    return task -> {
      int handed = removals.removeAndCover(CaseRecords.id(task, "removalId"),
          people.actingUser(task.getAssignee()), SubmittedValues.text(task, "coverOfficer"));
      task.getExecution().setVariable("tasksHandedOver", (long) handed);
      task.getExecution().setVariable("coveredBy", task.getVariable("coverOfficer"));
    };
  }

  @Bean
  JavaDelegate openReplacementVacancy(Removals removals) {
    return execution -> execution.setVariable("replacementVacancyRef",
        removals.openReplacementVacancy(CaseRecords.id(execution, "removalId")));
  }

  @Bean
  JavaDelegate tellSchoolSroStays(Removals removals) {
    return execution -> removals.tellSchoolSroStays(CaseRecords.id(execution, "removalId"));
  }
}
