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
 * A suicide and self-harm risk screening by the school's mental-health staff, the same school day
 * the team learns that the student spoke of harming themselves: the risk found and what was done.
 * The parents' notice is a {@link ThreatNotice} of kind SELF_HARM_PARENTS.
 */
@Entity
@Table(name = "threat_self_harm_screening")
class SelfHarmScreening {

  /** The risk the screener found; any risk is followed up outside this case by the mental-health staff. */
  public enum Risk {
    NONE_FOUND("No risk found"),
    LOW("Low risk"),
    MODERATE("Moderate risk"),
    HIGH("High risk");

    private final String label;

    Risk(String label) {
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
  @Column(nullable = false, length = 16)
  private Risk risk;

  @Column(name = "actions_taken", nullable = false, length = 4000)
  private String actionsTaken;

  @Column(name = "screened_by", length = 64)
  private String screenedBy;

  @Column(name = "screened_at", nullable = false)
  private Instant screenedAt;

  protected SelfHarmScreening() {}

  SelfHarmScreening(Long threatCaseId, Risk risk, String actionsTaken, String screenedBy, Instant screenedAt) {
    this.threatCaseId = threatCaseId;
    this.risk = risk;
    this.actionsTaken = actionsTaken;
    this.screenedBy = screenedBy;
    this.screenedAt = screenedAt;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public Risk getRisk() {
    return risk;
  }

  public String getActionsTaken() {
    return actionsTaken;
  }

  public String getScreenedBy() {
    return screenedBy;
  }

  public Instant getScreenedAt() {
    return screenedAt;
  }
}
