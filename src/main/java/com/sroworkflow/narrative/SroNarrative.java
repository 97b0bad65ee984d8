package com.sroworkflow.narrative;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An SRO's monthly narrative to the Detective Sergeant: the month's counts and the SRO's own words. */
@Entity
@Table(name = "sro_narrative")
class SroNarrative {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "officer_username", nullable = false, length = 64)
  private String officerUsername;

  /** The month, yyyy-mm. */
  @Column(name = "report_month", nullable = false, length = 7)
  private String month;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 4000)
  private String figures;

  @Column(length = 8000)
  private String narrative;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "supervisor_username", length = 64)
  private String supervisorUsername;

  @Column(name = "read_by", length = 64)
  private String readBy;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected SroNarrative() {}

  SroNarrative(String officerUsername, String month, String processInstanceId, String figures, String supervisor) {
    this.officerUsername = officerUsername;
    this.month = month;
    this.processInstanceId = processInstanceId;
    this.figures = figures;
    this.supervisorUsername = supervisor;
  }

  void submit(String narrative, Instant removeAfter) {
    this.narrative = narrative;
    this.submittedAt = EngineClock.now();
    this.removeAfter = removeAfter;
  }

  void read(String by) {
    this.readBy = by;
    this.readAt = EngineClock.now();
  }

  Long getId() {
    return id;
  }

  String getOfficerUsername() {
    return officerUsername;
  }

  String getMonth() {
    return month;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  String getFigures() {
    return figures;
  }

  String getNarrative() {
    return narrative;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  String getSupervisorUsername() {
    return supervisorUsername;
  }

  String getReadBy() {
    return readBy;
  }

  Instant getReadAt() {
    return readAt;
  }
}
