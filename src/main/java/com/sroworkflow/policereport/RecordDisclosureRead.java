package com.sroworkflow.policereport;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The recipient has read the disclosed report and undertaken to keep it confidential. */
@Component("recordDisclosureRead")
class RecordDisclosureRead implements TaskListener {

  private final PoliceReportDisclosures disclosures;

  RecordDisclosureRead(PoliceReportDisclosures disclosures) {
    this.disclosures = disclosures;
  }

  @Override
  public void notify(DelegateTask task) {
    disclosures.read(CaseRecords.id(task, "disclosureId"));
  }
}
