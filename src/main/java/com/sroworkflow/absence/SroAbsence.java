package com.sroworkflow.absence;

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

/** An SRO's leave, training or court day, and the SRO the Detective Sergeant named to cover it. */
@Entity
@Table(name = "sro_absence")
public class SroAbsence {

  public enum Kind {
    LEAVE("Leave"),
    TRAINING("Training"),
    COURT("Court day");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * ENTERED: waiting for a cover; COVERED: cover named; STARTED: the cover has the work; ENDED: handed back;
   * CANCELED: called off by the SRO or their sergeant (before it began, or during it: then it lasted until the day
   * before).
   */
  public enum Status { ENTERED, COVERED, STARTED, ENDED, CANCELED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "officer_username", nullable = false, length = 64)
  private String officerUsername;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(length = 400)
  private String note;

  @Column(name = "entered_by", nullable = false, length = 64)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  @Column(name = "cover_officer", length = 64)
  private String coverOfficer;

  @Column(name = "cover_named_by", length = 64)
  private String coverNamedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "remove_after")
  private Instant removeAfter;

  @Column(name = "canceled_by", length = 64)
  private String canceledBy;

  @Column(name = "canceled_at")
  private Instant canceledAt;

  protected SroAbsence() {}

  SroAbsence(String processInstanceId, String officerUsername, Kind kind, LocalDate firstDay, LocalDate lastDay,
      String note, String enteredBy, Instant removeAfter) {
    this.processInstanceId = processInstanceId;
    this.officerUsername = officerUsername;
    this.kind = kind;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.note = note;
    this.enteredBy = enteredBy;
    this.enteredAt = EngineClock.now();
    this.status = Status.ENTERED;
    this.removeAfter = removeAfter;
  }

  void covered(String cover, String by) {
    this.coverOfficer = cover;
    this.coverNamedBy = by;
    this.status = Status.COVERED;
  }

  void status(Status status) {
    this.status = status;
  }

  /** Whether it is still to come or under way: neither over nor canceled. */
  public boolean isOpen() {
    return status != Status.ENDED && status != Status.CANCELED;
  }

  /** Whether any of its days passed as an absence: not canceled before its first day. */
  public boolean happened() {
    return status != Status.CANCELED || !lastDay.isBefore(firstDay);
  }

  /** Called off on the given day: a day already begun is the last it lasted (the day before), none when not yet. */
  void cancel(String by, LocalDate today) {
    if (firstDay.isBefore(today) && !lastDay.isBefore(today)) {
      lastDay = today.minusDays(1);
    } else if (!firstDay.isBefore(today)) {
      lastDay = firstDay.minusDays(1);
    }
    this.status = Status.CANCELED;
    this.canceledBy = by;
    this.canceledAt = EngineClock.now();
  }

  public String getCanceledBy() {
    return canceledBy;
  }

  /** Whether the day falls within the absence, both ends included. */
  public boolean includes(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getOfficerUsername() {
    return officerUsername;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public String getNote() {
    return note;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }

  public String getCoverOfficer() {
    return coverOfficer;
  }

  public String getCoverNamedBy() {
    return coverNamedBy;
  }

  public Status getStatus() {
    return status;
  }
}
