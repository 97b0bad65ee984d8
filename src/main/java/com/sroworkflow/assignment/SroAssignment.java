package com.sroworkflow.assignment;

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

/**
 * An SRO's assignment to a school from one date to another (open-ended while it lasts). A school's
 * SRO tasks go to the SROs assigned to it on the day; a feeder school without an SRO of its own is
 * covered by an explicit COVER assignment (seed 002: an SRO serves their school and its feeders).
 */
@Entity
@Table(name = "sro_assignment")
public class SroAssignment {

  public enum Kind {
    ASSIGNED("Assigned"),
    COVER("Covering until a replacement is on duty"),
    /** Covering another SRO's absence (leave, training, a court day) for its dates. */
    ABSENCE_COVER("Covering an absence");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "officer_username", nullable = false, length = 64)
  private String officerUsername;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "assigned_by", nullable = false, length = 64)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Column(name = "end_reason", length = 400)
  private String endReason;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected SroAssignment() {}

  public SroAssignment(String officerUsername, String schoolCode, Kind kind, LocalDate startsOn, String assignedBy) {
    this.officerUsername = officerUsername;
    this.schoolCode = schoolCode;
    this.kind = kind;
    this.startsOn = startsOn;
    this.assignedBy = assignedBy;
    this.assignedAt = EngineClock.now();
  }

  /** An assignment for known dates, such as the cover of an absence. */
  SroAssignment(String officerUsername, String schoolCode, Kind kind, LocalDate startsOn, LocalDate endsOn,
      String assignedBy, Instant removeAfter) {
    this(officerUsername, schoolCode, kind, startsOn, assignedBy);
    this.endsOn = endsOn;
    this.removeAfter = removeAfter;
  }

  /** Ends the assignment after the given day (it no longer counts the day after). */
  void end(LocalDate lastDay, String by, String reason, Instant removeAfter) {
    this.endsOn = lastDay;
    this.endedBy = by;
    this.endReason = reason;
    this.removeAfter = removeAfter;
  }

  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
  }

  /** Whether any day of the assignment falls between from and to, both included. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !startsOn.isAfter(to) && (endsOn == null || !endsOn.isBefore(from));
  }

  public Long getId() {
    return id;
  }

  public String getOfficerUsername() {
    return officerUsername;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public String getEndReason() {
    return endReason;
  }
}
