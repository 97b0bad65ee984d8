package com.sroworkflow.threat;

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
        Inputs.text(task, "districtStudentId"),
        Inputs.text(task, "familyContactName"),
        Inputs.text(task, "familyContactRelationship"),
        Inputs.text(task, "familyContactPhone"),
        Inputs.text(task, "familyContactEmail"),
        Inputs.text(task, "familyLanguage"),
        Inputs.flag(task, "familyInterpreterNeeded"),
        Inputs.text(task, "agencyId"),
        Inputs.text(task, "referringSro"),
        Inputs.text(task, "purpose"),
        Inputs.text(task, "reason"),
        Inputs.text(task, "expectedOutcome")));
  }
}
