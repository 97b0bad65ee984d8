package com.sroworkflow.emergency;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A school's yearly review of its emergency plan with the SRO (seed 003 III.A.2.g). */
@Entity
@Table(name = "emergency_plan_review")
public class PlanReview {

  public enum Status { OPEN, REVIEWED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "school_year", nullable = false)
  private int schoolYear;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(name = "reviewed_on")
  private LocalDate reviewedOn;

  @Column(name = "sro_username", length = 64)
  private String sroUsername;

  @Column(name = "plan_changes", length = 4000)
  private String planChanges;

  @Column(name = "follow_up_actions", length = 4000)
  private String followUpActions;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "remove_after", nullable = false)
  private Instant removeAfter;

  protected PlanReview() {}

  PlanReview(String schoolCode, int schoolYear, Instant removeAfter) {
    this.schoolCode = schoolCode;
    this.schoolYear = schoolYear;
    this.openedAt = EngineClock.now();
    this.removeAfter = removeAfter;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void reviewed(LocalDate on, String sro, String changes, String followUp, String by) {
    this.status = Status.REVIEWED;
    this.reviewedOn = on;
    this.sroUsername = sro;
    this.planChanges = changes;
    this.followUpActions = followUp;
    this.recordedBy = by;
  }

  void escalated() {
    this.escalatedAt = EngineClock.now();
  }

  public Long getId() {
    return id;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public int getSchoolYear() {
    return schoolYear;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public String getSroUsername() {
    return sroUsername;
  }

  public String getFollowUpActions() {
    return followUpActions;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }
}
