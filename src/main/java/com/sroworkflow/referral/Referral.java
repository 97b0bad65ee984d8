package com.sroworkflow.referral;

import com.sroworkflow.casefile.StudentNames;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The record of one referral of a student or family to a community agency: what was asked for and
 * why, the parent's consent, the principal's acknowledgement, the agency's answer and the
 * follow-up, each with who recorded it and when. The {@code studentReferral} process drives it.
 */
@Entity
@Table(name = "referral")
public class Referral {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "student_name", nullable = false, length = 160)
  private String studentName;

  /** The name as the student search compares it (casefile.StudentNames), kept with the name. */
  @Column(name = "student_name_key", length = 160)
  private String studentNameKey;

  @Column(name = "student_grade", nullable = false, length = 2)
  private String studentGrade;

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

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @Column(nullable = false, length = 2000)
  private String purpose;

  @Column(nullable = false, length = 4000)
  private String reason;

  @Column(name = "expected_outcome", nullable = false, length = 2000)
  private String expectedOutcome;

  @Column(name = "referred_by", nullable = false, length = 64)
  private String referredBy;

  @Column(name = "referred_at", nullable = false)
  private Instant referredAt;

  @Column(name = "threat_case_id")
  private Long threatCaseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_status", nullable = false, length = 16)
  private ConsentStatus consentStatus = ConsentStatus.PENDING;

  @Column(name = "consent_by", length = 160)
  private String consentBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_method", length = 16)
  private ConsentMethod consentMethod;

  @Column(name = "consent_date")
  private LocalDate consentDate;

  @Column(name = "consent_scope", length = 2000)
  private String consentScope;

  @Column(name = "consent_note", length = 2000)
  private String consentNote;

  @Column(name = "consent_recorded_by", length = 64)
  private String consentRecordedBy;

  @Column(name = "consent_recorded_at")
  private Instant consentRecordedAt;

  @Column(name = "acknowledged_by", length = 64)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledgement_comment", length = 2000)
  private String acknowledgementComment;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "escalation_note", length = 2000)
  private String escalationNote;

  @Column(name = "escalation_noted_by", length = 64)
  private String escalationNotedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency_response", length = 16)
  private AgencyResponse agencyResponse;

  @Column(name = "redirected_to", length = 300)
  private String redirectedTo;

  @Column(name = "first_contact_date")
  private LocalDate firstContactDate;

  @Column(name = "response_note", length = 2000)
  private String responseNote;

  @Column(name = "response_recorded_by", length = 64)
  private String responseRecordedBy;

  @Column(name = "response_recorded_at")
  private Instant responseRecordedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "referral_helped", length = 16)
  private ReferralHelped referralHelped;

  @Column(name = "follow_up_note", length = 2000)
  private String followUpNote;

  @Column(name = "followed_up_by", length = 64)
  private String followedUpBy;

  @Column(name = "followed_up_at")
  private Instant followedUpAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private ReferralOutcome outcome;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected Referral() {}

  @PrePersist
  @PreUpdate
  void keepNameKey() {
    studentNameKey = StudentNames.key(studentName);
  }

  Referral(NewReferral r, String referredBy, Agency agency, Instant referredAt) {
    this.schoolCode = r.schoolCode();
    this.studentName = r.studentName();
    this.studentGrade = r.studentGrade();
    this.districtStudentId = r.districtStudentId();
    this.familyContactName = r.familyContactName();
    this.familyContactRelationship = r.familyContactRelationship();
    this.familyContactPhone = r.familyContactPhone();
    this.familyContactEmail = r.familyContactEmail();
    this.familyLanguage = r.familyLanguage();
    this.familyInterpreterNeeded = r.familyInterpreterNeeded();
    this.purpose = r.purpose();
    this.reason = r.reason();
    this.expectedOutcome = r.expectedOutcome();
    this.threatCaseId = r.threatCaseId();
    this.referredBy = referredBy;
    this.agency = agency;
    this.referredAt = referredAt;
  }

  /** Initials and grade: enough to tell cases apart in Tasklist without spreading the student's name. */
  public String caseTitle() {
    StringBuilder initials = new StringBuilder();
    for (String part : studentName.trim().split("[\\s-]+")) {
      if (!part.isEmpty()) {
        initials.append(part.substring(0, Character.charCount(part.codePointAt(0))).toUpperCase()).append('.');
      }
    }
    return initials + ", grade " + studentGrade + " (referral " + id + ")";
  }

  void startedBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The student moved: the referral is the receiving school's now, worked by its new process instance. */
  void transferred(String schoolCode, String processInstanceId) {
    this.schoolCode = schoolCode;
    this.processInstanceId = processInstanceId;
  }

  void sendTo(Agency agency) {
    this.agency = agency;
  }

  void consentGiven(String by, ConsentMethod method, LocalDate date, String scope, String note, String recordedBy,
      Instant at) {
    consentStatus = ConsentStatus.GIVEN;
    consentBy = by;
    consentMethod = method;
    consentDate = date;
    consentScope = scope;
    consentNote = note;
    consentRecorded(recordedBy, at);
  }

  void consentRefused(String by, LocalDate date, String note, String recordedBy, Instant at) {
    consentStatus = ConsentStatus.REFUSED;
    consentBy = by;
    consentMethod = null;
    consentDate = date;
    consentScope = null;
    consentNote = note;
    outcome = ReferralOutcome.FAMILY_DECLINED;
    consentRecorded(recordedBy, at);
  }

  void consentPending(String note, String recordedBy, Instant at) {
    consentStatus = ConsentStatus.PENDING;
    consentNote = note;
    consentRecorded(recordedBy, at);
  }

  private void consentRecorded(String by, Instant at) {
    consentRecordedBy = by;
    consentRecordedAt = at;
  }

  void acknowledged(String by, String comment, Instant at) {
    acknowledgedBy = by;
    acknowledgementComment = comment;
    acknowledgedAt = at;
  }

  void escalated(Instant at) {
    escalatedAt = at;
  }

  void escalationFollowedUp(String by, String note) {
    escalationNotedBy = by;
    escalationNote = note;
  }

  void agencyAnswered(AgencyResponse response, String redirectedTo, LocalDate firstContact, ReferralOutcome status,
      String note, String by, Instant at) {
    agencyResponse = response;
    this.redirectedTo = redirectedTo;
    firstContactDate = firstContact;
    outcome = status;
    responseNote = note;
    responseRecordedBy = by;
    responseRecordedAt = at;
  }

  void followedUp(ReferralHelped helped, String note, String by, Instant at) {
    referralHelped = helped;
    followUpNote = note;
    followedUpBy = by;
    followedUpAt = at;
  }

  void closed(Instant at, Instant removeAfter) {
    closedAt = at;
    this.removeAfter = removeAfter;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public String getStudentName() {
    return studentName;
  }

  public String getStudentGrade() {
    return studentGrade;
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

  public boolean isFamilyInterpreterNeeded() {
    return familyInterpreterNeeded;
  }

  public Agency getAgency() {
    return agency;
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

  public String getReferredBy() {
    return referredBy;
  }

  public Instant getReferredAt() {
    return referredAt;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public ConsentStatus getConsentStatus() {
    return consentStatus;
  }

  public String getConsentBy() {
    return consentBy;
  }

  public ConsentMethod getConsentMethod() {
    return consentMethod;
  }

  public LocalDate getConsentDate() {
    return consentDate;
  }

  public String getConsentScope() {
    return consentScope;
  }

  public String getConsentNote() {
    return consentNote;
  }

  public String getConsentRecordedBy() {
    return consentRecordedBy;
  }

  public Instant getConsentRecordedAt() {
    return consentRecordedAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getAcknowledgementComment() {
    return acknowledgementComment;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public String getEscalationNote() {
    return escalationNote;
  }

  public String getEscalationNotedBy() {
    return escalationNotedBy;
  }

  public AgencyResponse getAgencyResponse() {
    return agencyResponse;
  }

  public String getRedirectedTo() {
    return redirectedTo;
  }

  public LocalDate getFirstContactDate() {
    return firstContactDate;
  }

  public String getResponseNote() {
    return responseNote;
  }

  public String getResponseRecordedBy() {
    return responseRecordedBy;
  }

  public ReferralHelped getReferralHelped() {
    return referralHelped;
  }

  public String getFollowUpNote() {
    return followUpNote;
  }

  public String getFollowedUpBy() {
    return followedUpBy;
  }

  public ReferralOutcome getOutcome() {
    return outcome;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getRemoveAfter() {
    return removeAfter;
  }
}
