package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Chief appointed nobody: the vacancy takes applications again, with a new closing date. */
@Component("reopenVacancy")
class ReopenVacancy implements JavaDelegate {

  private final Vacancies vacancies;

  ReopenVacancy(Vacancies vacancies) {
    this.vacancies = vacancies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long vacancyId = CaseRecords.id(execution, "vacancyId");
    vacancies.reopen(vacancyId);
    execution.setVariable("applicationsCloseAt", vacancies.closingTime(vacancyId));
  }
}
