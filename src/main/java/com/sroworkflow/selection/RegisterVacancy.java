package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.NameTaskForCase;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the vacancy HR opened from the start form and gives it the reference officers quote. */
@Component("registerVacancy")
class RegisterVacancy implements JavaDelegate {

  private final Vacancies vacancies;
  private final People people;

  RegisterVacancy(Vacancies vacancies, People people) {
    this.vacancies = vacancies;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vacancy vacancy = vacancies.open(
        SubmittedValues.text(execution, "vacancyTitle"),
        SubmittedValues.number(execution, "postCount"),
        SubmittedValues.text(execution, "schoolCodes"),
        SubmittedValues.text(execution, "applicationDeadline"),
        SubmittedValues.text(execution, "vacancyNotes"),
        people.actingUser(SubmittedValues.text(execution, "initiator")),
        execution.getProcessInstanceId());
    // a district-wide case: no school tenant
    CaseRecords.bind(execution, "vacancyId", vacancy.getId(), null);
    execution.setVariable("vacancyRef", vacancy.getReference());
    execution.setVariable(NameTaskForCase.SUBJECT, "SRO vacancy " + vacancy.getReference());
    execution.setVariable("caseTitle", "SRO vacancy " + vacancy.getReference() + ": " + vacancy.getTitle());
    execution.setVariable("vacancySchools", vacancies.schoolNames(vacancy.getSchoolCodes()));
    execution.setVariable("postCount", vacancy.getPostCount());
    execution.setProcessBusinessKey(vacancy.getReference());
  }
}
