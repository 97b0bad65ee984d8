package com.sroworkflow.threat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The written safety plan of a very serious threat; its actions are {@link SafetyPlanAction}s. */
@Entity
@Table(name = "safety_plan")
class SafetyPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "threat_case_id", nullable = false)
  private Long threatCaseId;

  @Column(nullable = false, length = 4000)
  private String summary;

  @Column(name = "written_by", length = 64)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected SafetyPlan() {}

  SafetyPlan(Long threatCaseId, String summary, String writtenBy, Instant writtenAt) {
    this.threatCaseId = threatCaseId;
    this.summary = summary;
    this.writtenBy = writtenBy;
    this.writtenAt = writtenAt;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public String getSummary() {
    return summary;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
