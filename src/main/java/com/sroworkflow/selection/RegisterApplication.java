package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.NameTaskForCase;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records an application (or a supervisor's nomination) from the start form. Refuses, naming the
 * field, an unknown or closed vacancy, a non-officer, a nomination by someone other than the
 * officer's supervisor and a second open application for the same vacancy.
 */
@Component("registerApplication")
class RegisterApplication implements JavaDelegate {

  private final Applications applications;
  private final People people;

  RegisterApplication(Applications applications, People people) {
    this.applications = applications;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean nomination = "nominee".equals(SubmittedValues.text(execution, "applyingFor"));
    Application a = applications.register(
        SubmittedValues.text(execution, "vacancyRef"),
        nomination,
        SubmittedValues.text(execution, "nomineeUsername"),
        people.actingUser(SubmittedValues.text(execution, "initiator")),
        SubmittedValues.text(execution, "statement"),
        SubmittedValues.answer(execution, "fitnessDeclared"),
        SubmittedValues.answer(execution, "drugFreeDeclared"),
        execution.getProcessInstanceId());
    String name = people.displayName(a.getApplicantUsername());
    // a district-wide case: no school tenant
    CaseRecords.bind(execution, "applicationId", a.getId(), null);
    CaseRecords.bind(execution, "vacancyId", a.getVacancy().getId(), null);
    execution.setVariable("vacancyRef", a.getVacancy().getReference());
    execution.setVariable("applicant", a.getApplicantUsername());
    execution.setVariable("applicantName", name);
    execution.setVariable(NameTaskForCase.SUBJECT, name);
    execution.setVariable("supervisor", a.getSupervisorUsername());
    execution.setVariable("nominated", nomination);
    execution.setVariable("appointed", false);
    execution.setVariable("caseTitle", "SRO application: " + name + " (" + a.getVacancy().getReference() + ")");
    // the statement lives in the application record; the process keeps ids and small facts
    execution.removeVariable("statement");
    execution.setProcessBusinessKey("application-" + a.getId());
  }
}
