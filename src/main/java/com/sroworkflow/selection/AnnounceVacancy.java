package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells every officer of the department about the vacancy and how to apply. */
@Component("announceVacancy")
class AnnounceVacancy implements JavaDelegate {

  private final Vacancies vacancies;
  private final SelectionMessages messages;

  AnnounceVacancy(Vacancies vacancies, SelectionMessages messages) {
    this.vacancies = vacancies;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    messages.announce(vacancies.require(CaseRecords.id(execution, "vacancyId")), execution.getProcessInstanceId());
  }
}
