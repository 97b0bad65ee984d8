package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The mental-health referral the team asks for; the model starts it next, in parallel with the plan. */
@Component("recordReferralRequest")
class RecordReferralRequest implements TaskListener {

  private final SafetyPlans plans;

  RecordReferralRequest(SafetyPlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    plans.requestReferral(Inputs.caseId(task), new ReferralRequestInput(
        SubmittedValues.text(task, "districtStudentId"),
        SubmittedValues.text(task, "familyContactName"),
        SubmittedValues.text(task, "familyContactRelationship"),
        SubmittedValues.text(task, "familyContactPhone"),
        SubmittedValues.text(task, "familyContactEmail"),
        SubmittedValues.text(task, "familyLanguage"),
        SubmittedValues.flag(task, "familyInterpreterNeeded"),
        SubmittedValues.text(task, "agencyId"),
        SubmittedValues.text(task, "referringSro"),
        SubmittedValues.text(task, "purpose"),
        SubmittedValues.text(task, "reason"),
        SubmittedValues.text(task, "expectedOutcome")));
  }
}
