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

/** A drill of one kind at a school in one term: scheduled, then held and recorded (seed 000, seed 003 III.A.2.g). */
@Entity
@Table(name = "emergency_drill")
public class Drill {

  public enum Kind {
    FIRE("Fire drill"),
    LOCKDOWN("Lockdown drill"),
    EVACUATION("Evacuation drill"),
    SEVERE_WEATHER("Severe weather drill");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Status { DUE, SCHEDULED, HELD }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Kind kind;

  @Column(name = "term_name", nullable = false, length = 40)
  private String termName;

  @Column(name = "term_starts", nullable = false)
  private LocalDate termStarts;

  @Column(name = "term_ends", nullable = false)
  private LocalDate termEnds;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.DUE;

  @Column(name = "scheduled_on")
  private LocalDate scheduledOn;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @Column(length = 4000)
  private String observations;

  @Column(name = "follow_up_actions", length = 4000)
  private String followUpActions;

  @Column(name = "not_held_reason", length = 1000)
  private String notHeldReason;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "remove_after", nullable = false)
  private Instant removeAfter;

  protected Drill() {}

  Drill(String schoolCode, Kind kind, String termName, LocalDate termStarts, LocalDate termEnds, Instant removeAfter) {
    this.schoolCode = schoolCode;
    this.kind = kind;
    this.termName = termName;
    this.termStarts = termStarts;
    this.termEnds = termEnds;
    this.openedAt = EngineClock.now();
    this.removeAfter = removeAfter;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void scheduled(LocalDate on) {
    this.status = Status.SCHEDULED;
    this.scheduledOn = on;
  }

  void notHeld(String reason, String by) {
    this.status = Status.DUE;
    this.notHeldReason = reason;
    this.recordedBy = by;
  }

  void held(LocalDate on, String observations, String followUp, String by) {
    this.status = Status.HELD;
    this.heldOn = on;
    this.observations = observations;
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

  public Kind getKind() {
    return kind;
  }

  public String getTermName() {
    return termName;
  }

  public LocalDate getTermStarts() {
    return termStarts;
  }

  public LocalDate getTermEnds() {
    return termEnds;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getScheduledOn() {
    return scheduledOn;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getObservations() {
    return observations;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }
}
