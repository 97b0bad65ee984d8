package com.sroworkflow.removal;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The removal of an SRO from a school (seed 004 item 16): by the Chief, or at the school's written
 * request decided by the Chief; who covers the school and the replacement vacancy opened.
 */
@Entity
@Table(name = "sro_removal")
class SroRemoval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "officer_username", nullable = false, length = 64)
  private String officerUsername;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_by_school", nullable = false)
  private boolean requestedBySchool;

  @Column(nullable = false, length = 4000)
  private String reason;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  /** REPLACE or KEEP. */
  @Column(length = 16)
  private String decision;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "cover_officer", length = 64)
  private String coverOfficer;

  @Column(name = "vacancy_reference", length = 32)
  private String vacancyReference;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected SroRemoval() {}

  SroRemoval(String processInstanceId, String officerUsername, String schoolCode, String requestedBy,
      boolean requestedBySchool, String reason) {
    this.processInstanceId = processInstanceId;
    this.officerUsername = officerUsername;
    this.schoolCode = schoolCode;
    this.requestedBy = requestedBy;
    this.requestedBySchool = requestedBySchool;
    this.reason = reason;
    this.requestedAt = EngineClock.now();
  }

  void decide(String decision, String reason, String by, Instant removeAfter) {
    this.decision = decision;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = EngineClock.now();
    this.removeAfter = "KEEP".equals(decision) ? removeAfter : null;
  }

  void covered(String coverOfficer) {
    this.coverOfficer = coverOfficer;
  }

  void vacancyOpened(String reference, Instant removeAfter) {
    this.vacancyReference = reference;
    this.removeAfter = removeAfter;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getOfficerUsername() {
    return officerUsername;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public boolean isRequestedBySchool() {
    return requestedBySchool;
  }

  public String getReason() {
    return reason;
  }

  public String getDecision() {
    return decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getCoverOfficer() {
    return coverOfficer;
  }

  public String getVacancyReference() {
    return vacancyReference;
  }
}
