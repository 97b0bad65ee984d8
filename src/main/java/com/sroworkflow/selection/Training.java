package com.sroworkflow.selection;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A training or certification an SRO must hold (seed 003 B.6: initial and ongoing certification and
 * training), with its due date and, once completed, until when it is valid.
 */
@Entity
@Table(name = "training")
public class Training {

  public enum Status { REQUIRED, COMPLETED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "officer_username", nullable = false, length = 64)
  private String officerUsername;

  @Column(name = "application_id")
  private Long applicationId;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.REQUIRED;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(length = 200)
  private String provider;

  @Column(precision = 5, scale = 1)
  private BigDecimal hours;

  @Column(name = "certificate_number", length = 60)
  private String certificateNumber;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "follow_up_note", length = 5000)
  private String followUpNote;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Training() {}

  public Training(String officerUsername, Long applicationId, String kind, String title, LocalDate dueOn) {
    this.officerUsername = officerUsername;
    this.applicationId = applicationId;
    this.kind = kind;
    this.title = title;
    this.dueOn = dueOn;
    this.createdAt = EngineClock.now();
  }

  public void complete(LocalDate completedOn, String provider, BigDecimal hours, String certificateNumber,
      LocalDate validUntil) {
    this.status = Status.COMPLETED;
    this.completedOn = completedOn;
    this.provider = provider;
    this.hours = hours;
    this.certificateNumber = certificateNumber;
    this.validUntil = validUntil;
  }

  void followedUp(String note) {
    this.followUpNote = note;
  }

  /** Whether the training counts on the given day: completed and not expired. */
  public boolean isValidOn(LocalDate day) {
    return status == Status.COMPLETED && (validUntil == null || !day.isAfter(validUntil));
  }

  public Long getId() {
    return id;
  }

  public String getOfficerUsername() {
    return officerUsername;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getProvider() {
    return provider;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getFollowUpNote() {
    return followUpNote;
  }
}
