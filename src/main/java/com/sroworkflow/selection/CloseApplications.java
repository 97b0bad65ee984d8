package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The application period is over: the vacancy takes no more applications. */
@Component("closeApplications")
class CloseApplications implements JavaDelegate {

  private final Vacancies vacancies;

  CloseApplications(Vacancies vacancies) {
    this.vacancies = vacancies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    vacancies.closeApplications(CaseRecords.id(execution, "vacancyId"));
  }
}
