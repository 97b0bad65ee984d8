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
 * The screening of a report, due the same school day: not a threat (dismissed, with the reason, and
 * kept on record) or a threat the team assesses; and, when the deadline passed, the escalation.
 */
@Entity
@Table(name = "threat_screening")
class ThreatScreening {

  public enum Decision {
    NOT_A_THREAT("Not a threat"),
    THREAT("A threat to assess");

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
  @Column(length = 16)
  private Decision decision;

  @Column(length = 4000)
  private String reason;

  /** The user names of the people who screened the report, comma separated. */
  @Column(length = 500)
  private String participants;

  @Column(name = "screened_by", length = 64)
  private String screenedBy;

  @Column(name = "screened_at")
  private Instant screenedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "follow_up_note", length = 2000)
  private String followUpNote;

  @Column(name = "followed_up_by", length = 64)
  private String followedUpBy;

  protected ThreatScreening() {}

  ThreatScreening(Long threatCaseId) {
    this.threatCaseId = threatCaseId;
  }

  void screened(Decision decision, String reason, String participants, String by, Instant at) {
    this.decision = decision;
    this.reason = reason;
    this.participants = participants;
    this.screenedBy = by;
    this.screenedAt = at;
  }

  void escalated(Instant at) {
    this.escalatedAt = at;
  }

  void followedUp(String note, String by) {
    this.followUpNote = note;
    this.followedUpBy = by;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public String getParticipants() {
    return participants;
  }

  public String getScreenedBy() {
    return screenedBy;
  }

  public Instant getScreenedAt() {
    return screenedAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public String getFollowUpNote() {
    return followUpNote;
  }

  public String getFollowedUpBy() {
    return followedUpBy;
  }
}
