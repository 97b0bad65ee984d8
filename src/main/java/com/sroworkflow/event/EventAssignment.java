package com.sroworkflow.event;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An SRO assigned to an event, and what they recorded afterwards: attended or not, hours, what happened. */
@Entity
@Table(name = "event_assignment")
public class EventAssignment {

  public enum Status { ASSIGNED, ATTENDED, DID_NOT_ATTEND }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id")
  private SchoolEvent event;

  @Column(name = "sro_username", nullable = false, length = 64)
  private String sroUsername;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.ASSIGNED;

  @Column(precision = 5, scale = 1)
  private BigDecimal hours;

  @Column(name = "what_happened", length = 4000)
  private String whatHappened;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected EventAssignment() {}

  EventAssignment(SchoolEvent event, String sroUsername) {
    this.event = event;
    this.sroUsername = sroUsername;
  }

  void recorded(Status status, BigDecimal hours, String whatHappened) {
    this.status = status;
    this.hours = hours;
    this.whatHappened = whatHappened;
    this.recordedAt = EngineClock.now();
  }

  public Long getId() {
    return id;
  }

  public SchoolEvent getEvent() {
    return event;
  }

  public String getSroUsername() {
    return sroUsername;
  }

  public Status getStatus() {
    return status;
  }

  public BigDecimal getHours() {
    return hours;
  }
}
