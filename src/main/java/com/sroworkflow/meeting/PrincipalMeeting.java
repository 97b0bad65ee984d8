package com.sroworkflow.meeting;

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

/** The SRO's weekly meeting with the principal of a school (seed 001), with notes and action items. */
@Entity
@Table(name = "principal_meeting")
public class PrincipalMeeting {

  public enum Status { OPEN, HELD, NOT_HELD }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "week_of", nullable = false)
  private LocalDate weekOf;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(name = "met_on")
  private LocalDate metOn;

  @Column(length = 4000)
  private String notes;

  @Column(name = "action_items", length = 4000)
  private String actionItems;

  @Column(name = "not_held_reason", length = 1000)
  private String notHeldReason;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "remove_after", nullable = false)
  private Instant removeAfter;

  protected PrincipalMeeting() {}

  PrincipalMeeting(String schoolCode, LocalDate weekOf, Instant removeAfter) {
    this.schoolCode = schoolCode;
    this.weekOf = weekOf;
    this.openedAt = EngineClock.now();
    this.removeAfter = removeAfter;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void held(LocalDate on, String notes, String actionItems, String by) {
    this.status = Status.HELD;
    this.metOn = on;
    this.notes = notes;
    this.actionItems = actionItems;
    this.recordedBy = by;
  }

  void notHeld(String reason, String by) {
    this.status = Status.NOT_HELD;
    this.notHeldReason = reason;
    this.recordedBy = by;
  }

  public Long getId() {
    return id;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public LocalDate getWeekOf() {
    return weekOf;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getMetOn() {
    return metOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getActionItems() {
    return actionItems;
  }
}
