package com.sroworkflow.referral;

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
    String threatCaseId) {}
