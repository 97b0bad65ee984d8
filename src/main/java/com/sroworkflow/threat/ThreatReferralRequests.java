package com.sroworkflow.threat;

import com.sroworkflow.referral.NewReferral;
import com.sroworkflow.referral.ReferralRequests;
import org.springframework.stereotype.Component;

/**
 * A case's mental-health referral as the referral starts with it: the team's request with the
 * student's name, grade and school from the case.
 */
@Component
class ThreatReferralRequests implements ReferralRequests {

  private final ThreatReferralRequestRepository requests;
  private final ThreatCases cases;

  ThreatReferralRequests(ThreatReferralRequestRepository requests, ThreatCases cases) {
    this.requests = requests;
    this.cases = cases;
  }

  @Override
  public NewReferral request(Long requestId) {
    ThreatReferralRequest r = requests.findById(requestId)
        .orElseThrow(() -> new IllegalStateException("referral request " + requestId + " does not exist"));
    ThreatCase c = cases.require(r.getThreatCaseId());
    return new NewReferral(c.getSchoolCode(), c.getStudentName(), c.getStudentGrade(), r.getDistrictStudentId(),
        r.getFamilyContactName(), r.getFamilyContactRelationship(), r.getFamilyContactPhone(),
        r.getFamilyContactEmail(), r.getFamilyLanguage(), r.getFamilyInterpreterNeeded(), r.getAgencyId(),
        r.getPurpose(), r.getReason(), r.getExpectedOutcome(), r.getReferringSro(), r.getThreatCaseId());
  }
}
