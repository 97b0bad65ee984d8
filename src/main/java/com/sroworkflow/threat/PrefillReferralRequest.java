package com.sroworkflow.threat;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills in the referral form's district student id from the case, when the case has it. */
@Component("prefillReferralRequest")
class PrefillReferralRequest implements TaskListener {

  private final ThreatCases cases;

  PrefillReferralRequest(ThreatCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal("districtStudentId", cases.require(Inputs.caseId(task)).getDistrictStudentId());
  }
}
