package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The applicant's time on the eligibility list ran out without an appointment. */
@Component("lapseEligibility")
class LapseEligibility implements JavaDelegate {

  private final Applications applications;

  LapseEligibility(Applications applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    applications.lapse(CaseRecords.id(execution, "applicationId"));
  }
}
