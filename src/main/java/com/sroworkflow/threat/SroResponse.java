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
 * What the SRO did for a case and tells the team: the response to imminent danger, the decision on
 * law-enforcement action, the law-enforcement consultation of a safety evaluation. The contents of
 * a police report are not part of it: that is the SRO's law-enforcement record (policereport.PoliceReport).
 */
@Entity
@Table(name = "sro_response")
class SroResponse {

  public enum Kind {
    IMMINENT_RESPONSE, LAW_ENFORCEMENT_DECISION, CONSULTATION
  }

  /** Whether the SRO found that a crime occurred. */
  public enum CrimeFinding {
    YES, NO, UNDETERMINED
  }

  /**
   * The SRO's decision on law-enforcement action (seed 003 III.A.2.n: the SRO decides on law
   * enforcement; discipline is the school's).
   */
  public enum Decision {
    NONE("No law-enforcement action"),
    FOLLOW_UP("Law-enforcement follow-up without a report"),
    POLICE_REPORT("A police report is filed");

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Kind kind;

  @Column(nullable = false, length = 4000)
  private String summary;

  /** Measures taken at once, comma separated (the imminent-danger response). */
  @Column(length = 300)
  private String measures;

  @Enumerated(EnumType.STRING)
  @Column(name = "crime_occurred", length = 16)
  private CrimeFinding crimeOccurred;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Decision decision;

  @Column(name = "consulted_with", length = 300)
  private String consultedWith;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected SroResponse() {}

  private SroResponse(Long threatCaseId, Kind kind, String summary, String recordedBy, Instant recordedAt) {
    this.threatCaseId = threatCaseId;
    this.kind = kind;
    this.summary = summary;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  static SroResponse imminentResponse(Long caseId, String measures, String summary, String by, Instant at) {
    SroResponse r = new SroResponse(caseId, Kind.IMMINENT_RESPONSE, summary, by, at);
    r.measures = measures;
    return r;
  }

  static SroResponse decision(Long caseId, CrimeFinding crime, Decision decision, String summary, String by,
      Instant at) {
    SroResponse r = new SroResponse(caseId, Kind.LAW_ENFORCEMENT_DECISION, summary, by, at);
    r.crimeOccurred = crime;
    r.decision = decision;
    return r;
  }

  static SroResponse consultation(Long caseId, String consultedWith, String summary, String by, Instant at) {
    SroResponse r = new SroResponse(caseId, Kind.CONSULTATION, summary, by, at);
    r.consultedWith = consultedWith;
    return r;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getSummary() {
    return summary;
  }

  public String getMeasures() {
    return measures;
  }

  public CrimeFinding getCrimeOccurred() {
    return crimeOccurred;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getConsultedWith() {
    return consultedWith;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
