package com.sroworkflow.threat;

import com.sroworkflow.referral.ReferralRequests;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The mental-health referral the team asks for; the model starts it next, in parallel with the plan,
 * passing the request by its id ({@code referralRequestId}).
 */
@Component("recordReferralRequest")
class RecordReferralRequest implements TaskListener {

  private final SafetyPlans plans;
  private final ThreatCases cases;

  RecordReferralRequest(SafetyPlans plans, ThreatCases cases) {
    this.plans = plans;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseId = Inputs.caseId(task);
    ThreatReferralRequest request = plans.requestReferral(caseId, new ReferralRequestInput(
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
    CaseRecords.bind(task, ReferralRequests.VARIABLE, request.getId(),
        cases.require(caseId).getSchoolCode());
  }
}
