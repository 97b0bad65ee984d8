package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** HR has seen the eligibility result; their note stays with the application. */
@Component("recordEligibilityReview")
class RecordEligibilityReview implements TaskListener {

  private final Applications applications;

  RecordEligibilityReview(Applications applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    applications.reviewEligibility(CaseRecords.id(task, "applicationId"), SubmittedValues.text(task, "eligibilityNote"));
  }
}
