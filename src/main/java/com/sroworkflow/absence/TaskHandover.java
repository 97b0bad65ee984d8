package com.sroworkflow.absence;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One open task handed from one SRO to another: for an absence (and handed back after) or a removal. */
@Entity
@Table(name = "sro_task_handover")
class TaskHandover {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "absence_id")
  private Long absenceId;

  /** ABSENCE or REMOVAL. */
  @Column(nullable = false, length = 16)
  private String reason;

  @Column(name = "task_id", nullable = false, length = 64)
  private String taskId;

  @Column(name = "process_key", length = 255)
  private String processKey;

  @Column(name = "school_code", length = 16)
  private String schoolCode;

  @Column(name = "from_officer", nullable = false, length = 64)
  private String fromOfficer;

  @Column(name = "to_officer", nullable = false, length = 64)
  private String toOfficer;

  @Column(name = "was_assignee", nullable = false)
  private boolean wasAssignee;

  @Column(name = "handed_at", nullable = false)
  private Instant handedAt;

  @Column(name = "handed_back_at")
  private Instant handedBackAt;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected TaskHandover() {}

  TaskHandover(Long absenceId, String reason, String taskId, String processKey, String schoolCode, String from,
      String to, boolean wasAssignee, Instant removeAfter) {
    this.absenceId = absenceId;
    this.reason = reason;
    this.taskId = taskId;
    this.processKey = processKey;
    this.schoolCode = schoolCode;
    this.fromOfficer = from;
    this.toOfficer = to;
    this.wasAssignee = wasAssignee;
    this.handedAt = EngineClock.now();
    this.removeAfter = removeAfter;
  }

  void handedBack() {
    this.handedBackAt = EngineClock.now();
  }

  Long getAbsenceId() {
    return absenceId;
  }

  String getTaskId() {
    return taskId;
  }

  String getProcessKey() {
    return processKey;
  }

  String getFromOfficer() {
    return fromOfficer;
  }

  String getToOfficer() {
    return toOfficer;
  }

  boolean wasAssignee() {
    return wasAssignee;
  }

  Instant getHandedAt() {
    return handedAt;
  }

  Instant getHandedBackAt() {
    return handedBackAt;
  }

  String getReason() {
    return reason;
  }
}
