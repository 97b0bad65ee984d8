package com.sroworkflow.threat;

/**
 * What the team gives the mental-health referral of a very serious threat; the student's name,
 * grade and school come from the case. The names are those of the referral's start variables.
 */
public record ReferralRequestInput(
    String districtStudentId,
    String familyContactName,
    String familyContactRelationship,
    String familyContactPhone,
    String familyContactEmail,
    String familyLanguage,
    boolean familyInterpreterNeeded,
    String agencyId,
    String referringSro,
    String purpose,
    String reason,
    String expectedOutcome) {}
