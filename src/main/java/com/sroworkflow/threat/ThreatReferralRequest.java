package com.sroworkflow.threat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The mental-health evaluation of a very serious threat, asked for as a referral to a community
 * agency ({@code studentReferral}, called from the case): what the team gave the referral, and,
 * once the referral has ended, its id and outcome.
 */
@Entity
@Table(name = "threat_referral_request")
class ThreatReferralRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "threat_case_id", nullable = false)
  private Long threatCaseId;

  @Column(name = "district_student_id", nullable = false, length = 32)
  private String districtStudentId;

  @Column(name = "family_contact_name", nullable = false, length = 160)
  private String familyContactName;

  @Column(name = "family_contact_relationship", nullable = false, length = 60)
  private String familyContactRelationship;

  @Column(name = "family_contact_phone", length = 25)
  private String familyContactPhone;

  @Column(name = "family_contact_email", length = 254)
  private String familyContactEmail;

  @Column(name = "family_language", length = 60)
  private String familyLanguage;

  @Column(name = "family_interpreter_needed", nullable = false)
  private boolean familyInterpreterNeeded;

  @Column(name = "agency_id", nullable = false, length = 40)
  private String agencyId;

  @Column(name = "referring_sro", nullable = false, length = 64)
  private String referringSro;

  @Column(nullable = false, length = 2000)
  private String purpose;

  @Column(nullable = false, length = 4000)
  private String reason;

  @Column(name = "expected_outcome", nullable = false, length = 2000)
  private String expectedOutcome;

  @Column(name = "requested_by", length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "referral_id")
  private Long referralId;

  @Column(name = "referral_outcome", length = 24)
  private String referralOutcome;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected ThreatReferralRequest() {}

  ThreatReferralRequest(Long threatCaseId, ReferralRequestInput in, String requestedBy, Instant requestedAt) {
    this.threatCaseId = threatCaseId;
    this.districtStudentId = in.districtStudentId();
    this.familyContactName = in.familyContactName();
    this.familyContactRelationship = in.familyContactRelationship();
    this.familyContactPhone = in.familyContactPhone();
    this.familyContactEmail = in.familyContactEmail();
    this.familyLanguage = in.familyLanguage();
    this.familyInterpreterNeeded = in.familyInterpreterNeeded();
    this.agencyId = in.agencyId();
    this.referringSro = in.referringSro();
    this.purpose = in.purpose();
    this.reason = in.reason();
    this.expectedOutcome = in.expectedOutcome();
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  void ended(Long referralId, String outcome, Instant at) {
    this.referralId = referralId;
    this.referralOutcome = outcome;
    this.endedAt = at;
  }

  public boolean isOpen() {
    return endedAt == null;
  }

  public Long getId() {
    return id;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public String getDistrictStudentId() {
    return districtStudentId;
  }

  public String getFamilyContactName() {
    return familyContactName;
  }

  public String getFamilyContactRelationship() {
    return familyContactRelationship;
  }

  public String getFamilyContactPhone() {
    return familyContactPhone;
  }

  public String getFamilyContactEmail() {
    return familyContactEmail;
  }

  public String getFamilyLanguage() {
    return familyLanguage;
  }

  public Boolean getFamilyInterpreterNeeded() {
    return familyInterpreterNeeded;
  }

  public String getAgencyId() {
    return agencyId;
  }

  public String getReferringSro() {
    return referringSro;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getReason() {
    return reason;
  }

  public String getExpectedOutcome() {
    return expectedOutcome;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Long getReferralId() {
    return referralId;
  }

  public String getReferralOutcome() {
    return referralOutcome;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
