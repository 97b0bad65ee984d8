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

/**
 * A conference a student, parent or staff member asked the SRO for, about a law-enforcement or crime-prevention
 * problem (seed 001; seed 003 III.A.2.e; seed 004 item 8). Staff enter the request, for a parent or student too.
 */
@Entity
@Table(name = "sro_conference")
public class Conference {

  public enum Requester {
    STUDENT("Student"),
    PARENT("Parent or guardian"),
    STAFF("Teacher or staff member");

    private final String label;

    Requester(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Status { REQUESTED, SCHEDULED, HELD, NOT_HELD }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "requester_role", nullable = false, length = 16)
  private Requester requesterRole;

  @Column(name = "requester_name", nullable = false, length = 120)
  private String requesterName;

  @Column(name = "requester_contact", nullable = false, length = 200)
  private String requesterContact;

  @Column(nullable = false, length = 2000)
  private String topic;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "scheduled_at")
  private Instant scheduledAt;

  @Column(length = 200)
  private String place;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.REQUESTED;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @Column(length = 4000)
  private String summary;

  @Column(name = "follow_up", length = 4000)
  private String followUp;

  @Column(name = "sro_username", length = 64)
  private String sroUsername;

  @Column(name = "remove_after", nullable = false)
  private Instant removeAfter;

  protected Conference() {}

  Conference(String schoolCode, String processInstanceId, Requester requesterRole, String requesterName,
      String requesterContact, String topic, String requestedBy, Instant removeAfter) {
    this.schoolCode = schoolCode;
    this.processInstanceId = processInstanceId;
    this.requesterRole = requesterRole;
    this.requesterName = requesterName;
    this.requesterContact = requesterContact;
    this.topic = topic;
    this.requestedBy = requestedBy;
    this.requestedAt = EngineClock.now();
    this.removeAfter = removeAfter;
  }

  void scheduled(Instant at, String place, String sro) {
    this.status = Status.SCHEDULED;
    this.scheduledAt = at;
    this.place = place;
    this.sroUsername = sro;
  }

  void held(LocalDate on, String summary, String followUp, String sro) {
    this.status = Status.HELD;
    this.heldOn = on;
    this.summary = summary;
    this.followUp = followUp;
    this.sroUsername = sro;
  }

  void notHeld(String reason, String sro, boolean again) {
    this.status = again ? Status.REQUESTED : Status.NOT_HELD;
    this.followUp = reason;
    this.sroUsername = sro;
  }

  public Long getId() {
    return id;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public Requester getRequesterRole() {
    return requesterRole;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getSroUsername() {
    return sroUsername;
  }
}
