package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No candidate could be appointed: the vacancy closes unfilled. */
@Component("closeVacancyUnfilled")
class CloseVacancyUnfilled implements JavaDelegate {

  private final Vacancies vacancies;

  CloseVacancyUnfilled(Vacancies vacancies) {
    this.vacancies = vacancies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    vacancies.closeUnfilled(CaseRecords.id(execution, "vacancyId"));
  }
}
