package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The applicant withdraws; the model then ends every open task of the application. */
@Component("recordWithdrawal")
class RecordWithdrawal implements TaskListener {

  private final Applications applications;

  RecordWithdrawal(Applications applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    applications.withdraw(CaseRecords.id(task, "applicationId"), SubmittedValues.text(task, "withdrawReason"));
  }
}
