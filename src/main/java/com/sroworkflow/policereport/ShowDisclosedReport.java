package com.sroworkflow.policereport;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the disclosed report on its recipient's task only: task-local values, which end with the task
 * and are not variables of any case the team reads.
 */
@Component("showDisclosedReport")
class ShowDisclosedReport implements TaskListener {

  private final PoliceReportDisclosures disclosures;

  ShowDisclosedReport(PoliceReportDisclosures disclosures) {
    this.disclosures = disclosures;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariablesLocal(disclosures.view(CaseRecords.id(task, "disclosureId")));
  }
}
