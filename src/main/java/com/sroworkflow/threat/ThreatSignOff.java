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
 * The second signature on a lowered classification: the team proposed a classification or level
 * below the decision table's suggestion, with its reason; the principal or the district designee
 * signed it off (it takes effect) or refused it (the suggestion stands), with their own note.
 */
@Entity
@Table(name = "threat_sign_off")
class ThreatSignOff {

  public enum Decision {
    APPROVED, REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "threat_case_id", nullable = false)
  private Long threatCaseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_classification", nullable = false, length = 16)
  private Classification fromClassification;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_level", nullable = false, length = 8)
  private LevelOfConcern fromLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_classification", nullable = false, length = 16)
  private Classification toClassification;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_level", nullable = false, length = 8)
  private LevelOfConcern toLevel;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  @Column(name = "requested_by", length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 8)
  private Decision decision;

  @Column(name = "signed_by", length = 64)
  private String signedBy;

  @Column(name = "signed_note", length = 2000)
  private String signedNote;

  @Column(name = "signed_at")
  private Instant signedAt;

  protected ThreatSignOff() {}

  ThreatSignOff(Long threatCaseId, Classification fromClassification, LevelOfConcern fromLevel,
      Classification toClassification, LevelOfConcern toLevel, String reason, String decisionNote,
      String requestedBy, Instant requestedAt) {
    this.threatCaseId = threatCaseId;
    this.fromClassification = fromClassification;
    this.fromLevel = fromLevel;
    this.toClassification = toClassification;
    this.toLevel = toLevel;
    this.reason = reason;
    this.decisionNote = decisionNote;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  void signed(Decision decision, String note, String by, Instant at) {
    this.decision = decision;
    this.signedNote = note;
    this.signedBy = by;
    this.signedAt = at;
  }

  public boolean isOpen() {
    return decision == null;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public Classification getFromClassification() {
    return fromClassification;
  }

  public LevelOfConcern getFromLevel() {
    return fromLevel;
  }

  public Classification getToClassification() {
    return toClassification;
  }

  public LevelOfConcern getToLevel() {
    return toLevel;
  }

  public String getReason() {
    return reason;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public String getSignedNote() {
    return signedNote;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}
