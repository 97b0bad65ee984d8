package com.sroworkflow.mou;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A signed memorandum of understanding between the department and the school system for one school
 * (seed 003 II.C): current from {@code startsOn} to {@code expiresOn}, both included.
 */
@Entity
@Table(name = "school_mou")
public class Mou {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "document_ref", nullable = false, length = 200)
  private String documentRef;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "expiry_told_at")
  private Instant expiryToldAt;

  @Column(name = "remove_after", nullable = false)
  private Instant removeAfter;

  protected Mou() {}

  Mou(String schoolCode, LocalDate signedOn, LocalDate startsOn, LocalDate expiresOn, String documentRef,
      String recordedBy, String processInstanceId, Instant removeAfter) {
    this.schoolCode = schoolCode;
    this.signedOn = signedOn;
    this.startsOn = startsOn;
    this.expiresOn = expiresOn;
    this.documentRef = documentRef;
    this.recordedBy = recordedBy;
    this.processInstanceId = processInstanceId;
    this.recordedAt = EngineClock.now();
    this.removeAfter = removeAfter;
  }

  public boolean isCurrentOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(expiresOn);
  }

  void expiryTold() {
    this.expiryToldAt = EngineClock.now();
  }

  public Long getId() {
    return id;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public String getDocumentRef() {
    return documentRef;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getExpiryToldAt() {
    return expiryToldAt;
  }
}
