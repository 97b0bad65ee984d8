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
 * A new assessment round of a threat case: why, by whom, from which process instance to which, and what the case was
 * classified before it (the floor: a new classification below it needs the principal's sign-off).
 */
@Entity
@Table(name = "threat_round")
public class ThreatRound {

  public enum Kind {
    /** A new round on an open case. */
    REASSESSED,
    /** A closed case reopened. */
    REOPENED,
    /** The case followed the student to another school. */
    TRANSFERRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "threat_case_id")
  private Long threatCaseId;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  @Column(name = "previous_instance_id")
  private String previousInstanceId;
  @Column(name = "instance_id")
  private String instanceId;
  @Column(name = "school_code")
  private String schoolCode;
  private String reason;
  @Enumerated(EnumType.STRING)
  @Column(name = "floor_classification")
  private Classification floorClassification;
  @Enumerated(EnumType.STRING)
  @Column(name = "floor_level")
  private LevelOfConcern floorLevel;
  @Enumerated(EnumType.STRING)
  @Column(name = "previous_outcome")
  private CaseOutcome previousOutcome;
  @Column(name = "previous_closed_at")
  private Instant previousClosedAt;
  @Column(name = "requested_by")
  private String requestedBy;
  @Column(name = "requested_at")
  private Instant requestedAt;

  protected ThreatRound() {}

  ThreatRound(ThreatCase c, Kind kind, String previousInstanceId, String reason, String requestedBy, Instant at) {
    this.threatCaseId = c.getId();
    this.kind = kind;
    this.previousInstanceId = previousInstanceId;
    this.instanceId = previousInstanceId;
    this.schoolCode = c.getSchoolCode();
    this.reason = reason;
    this.floorClassification = c.getClassification();
    this.floorLevel = c.getLevelOfConcern();
    this.previousOutcome = c.getOutcome();
    this.previousClosedAt = c.getClosedAt();
    this.requestedBy = requestedBy;
    this.requestedAt = at;
  }

  void startedAs(String instanceId, String schoolCode) {
    this.instanceId = instanceId;
    this.schoolCode = schoolCode;
  }

  public Long getId() {
    return id;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getPreviousInstanceId() {
    return previousInstanceId;
  }

  public String getInstanceId() {
    return instanceId;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public String getReason() {
    return reason;
  }

  public Classification getFloorClassification() {
    return floorClassification;
  }

  public LevelOfConcern getFloorLevel() {
    return floorLevel;
  }

  public CaseOutcome getPreviousOutcome() {
    return previousOutcome;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }
}
