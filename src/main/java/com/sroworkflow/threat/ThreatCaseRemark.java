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
 * A closed case re-marked on review, for example as unfounded: from what to what, why the review was
 * asked for, the reason for the new marking, by whom and when. The case keeps its original
 * classification; its marking is what it stands as on the record now.
 */
@Entity
@Table(name = "threat_case_remark")
class ThreatCaseRemark {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "threat_case_id", nullable = false)
  private Long threatCaseId;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_marking", nullable = false, length = 16)
  private Marking fromMarking;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_marking", nullable = false, length = 16)
  private Marking toMarking;

  @Column(name = "review_reason", nullable = false, length = 2000)
  private String reviewReason;

  @Column(nullable = false, length = 4000)
  private String reason;

  @Column(name = "remarked_by", length = 64)
  private String remarkedBy;

  @Column(name = "remarked_at", nullable = false)
  private Instant remarkedAt;

  protected ThreatCaseRemark() {}

  ThreatCaseRemark(Long threatCaseId, String processInstanceId, Marking fromMarking, Marking toMarking,
      String reviewReason, String reason, String remarkedBy, Instant remarkedAt) {
    this.threatCaseId = threatCaseId;
    this.processInstanceId = processInstanceId;
    this.fromMarking = fromMarking;
    this.toMarking = toMarking;
    this.reviewReason = reviewReason;
    this.reason = reason;
    this.remarkedBy = remarkedBy;
    this.remarkedAt = remarkedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public Marking getFromMarking() {
    return fromMarking;
  }

  public Marking getToMarking() {
    return toMarking;
  }

  public String getReviewReason() {
    return reviewReason;
  }

  public String getReason() {
    return reason;
  }

  public String getRemarkedBy() {
    return remarkedBy;
  }

  public Instant getRemarkedAt() {
    return remarkedAt;
  }
}
