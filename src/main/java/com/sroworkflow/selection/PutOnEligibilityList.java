package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A favourable applicant joins the list the Chief appoints from, until the listing lapses. */
@Component("putOnEligibilityList")
class PutOnEligibilityList implements JavaDelegate {

  private final Applications applications;

  PutOnEligibilityList(Applications applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("eligibleUntil", applications.putOnEligibilityList(CaseRecords.id(execution, "applicationId")));
  }
}
