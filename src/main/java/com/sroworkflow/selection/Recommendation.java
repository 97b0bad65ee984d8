package com.sroworkflow.selection;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The applicant's own supervisor's written recommendation (seed 004: in writing, required). */
@Entity
@Table(name = "recommendation")
class Recommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, unique = true)
  private Long applicationId;

  @Column(name = "supervisor_username", nullable = false, length = 64)
  private String supervisorUsername;

  @Column(nullable = false)
  private boolean positive;

  @Column(nullable = false, length = 5000)
  private String text;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected Recommendation() {}

  Recommendation(Long applicationId, String supervisorUsername, boolean positive, String text) {
    this.applicationId = applicationId;
    this.supervisorUsername = supervisorUsername;
    this.positive = positive;
    this.text = text;
    this.writtenAt = EngineClock.now();
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getSupervisorUsername() {
    return supervisorUsername;
  }

  public boolean isPositive() {
    return positive;
  }

  public String getText() {
    return text;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
