package com.sroworkflow.referral;

import java.util.HashMap;
import java.util.Map;

/**
 * What a referral starts with: the start variables of {@code studentReferral} (see {@link Referrals}
 * for their names and types).
 *
 * @param agencyId      the agency from the directory, or null to have the SRO choose it in Tasklist
 * @param referringUser the SRO who refers, or null for the person who starts the referral
 * @param threatCaseId  the threat assessment case that asked for this referral, or null
 */
public record NewReferral(
    String schoolCode,
    String studentName,
    String studentGrade,
    String districtStudentId,
    String familyContactName,
    String familyContactRelationship,
    String familyContactPhone,
    String familyContactEmail,
    String familyLanguage,
    boolean familyInterpreterNeeded,
    String agencyId,
    String purpose,
    String reason,
    String expectedOutcome,
    String referringUser,
    Long threatCaseId) {

  /** The start variables of {@code studentReferral} that carry this referral. */
  public Map<String, Object> startVariables() {
    Map<String, Object> v = new HashMap<>();
    v.put("schoolCode", schoolCode);
    v.put("studentName", studentName);
    v.put("studentGrade", studentGrade);
    v.put("districtStudentId", districtStudentId);
    v.put("familyContactName", familyContactName);
    v.put("familyContactRelationship", familyContactRelationship);
    v.put("familyContactPhone", familyContactPhone);
    v.put("familyContactEmail", familyContactEmail);
    v.put("familyLanguage", familyLanguage);
    v.put("familyInterpreterNeeded", familyInterpreterNeeded);
    v.put("agencyId", agencyId);
    v.put("purpose", purpose);
    v.put("reason", reason);
    v.put("expectedOutcome", expectedOutcome);
    v.put("referringUser", referringUser);
    v.put("threatCaseId", threatCaseId);
    return v;
  }
}
