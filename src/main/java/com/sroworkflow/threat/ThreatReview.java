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

/** A follow-up review of a monitored case by the team: how things stand and what comes next. */
@Entity
@Table(name = "threat_review")
class ThreatReview {

  public enum Decision {
    CONTINUE("Continue monitoring"),
    REVISE_PLAN("Add actions to the safety plan and continue monitoring"),
    CLOSE("Close the case");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "threat_case_id", nullable = false)
  private Long threatCaseId;

  @Column(name = "review_number", nullable = false)
  private int reviewNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "concern_level", nullable = false, length = 8)
  private LevelOfConcern concernLevel;

  @Column(nullable = false, length = 4000)
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Decision decision;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  protected ThreatReview() {}

  ThreatReview(Long threatCaseId, int reviewNumber, LevelOfConcern concernLevel, String notes, Decision decision,
      String reviewedBy, Instant reviewedAt) {
    this.threatCaseId = threatCaseId;
    this.reviewNumber = reviewNumber;
    this.concernLevel = concernLevel;
    this.notes = notes;
    this.decision = decision;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = reviewedAt;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public int getReviewNumber() {
    return reviewNumber;
  }

  public LevelOfConcern getConcernLevel() {
    return concernLevel;
  }

  public String getNotes() {
    return notes;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }
}
