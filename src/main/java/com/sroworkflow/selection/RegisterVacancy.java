package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.NameTaskForCase;
import com.sroworkflow.system.SubmittedValues;
import java.util.Arrays;
import java.util.List;
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
        schoolCodes(execution),
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
    // the moment applications close: HR's forwarding falls due counted from it
    execution.setVariable("applicationsCloseAt", vacancies.closingTime(vacancy.getId()));
    execution.setProcessBusinessKey(vacancy.getReference());
  }

  /**
   * The schools chosen in the form's checklist; a vacancy opened from the previous model version's form
   * still brings them as text, codes separated by commas.
   */
  private static List<String> schoolCodes(DelegateExecution execution) {
    if (execution.getVariable("schoolCodes") instanceof String text) {
      return Arrays.stream(text.split("[,;\\s]+")).filter(c -> !c.isBlank()).map(c -> c.strip().toUpperCase()).toList();
    }
    return SubmittedValues.choices(execution, "schoolCodes");
  }
}
