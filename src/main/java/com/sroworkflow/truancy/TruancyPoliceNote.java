package com.sroworkflow.truancy;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The SRO's note of a home visit or a hearing: a law-enforcement-unit record, for police roles only. */
@Entity
@Table(name = "truancy_police_note")
class TruancyPoliceNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "truancy_case_id", nullable = false)
  private Long truancyCaseId;

  /** HOME_VISIT or HEARING. */
  @Column(nullable = false, length = 16)
  private String step;

  @Column(name = "officer_username", nullable = false, length = 64)
  private String officerUsername;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(nullable = false, length = 4000)
  private String note;

  protected TruancyPoliceNote() {}

  TruancyPoliceNote(Long truancyCaseId, String step, String officerUsername, String note) {
    this.truancyCaseId = truancyCaseId;
    this.step = step;
    this.officerUsername = officerUsername;
    this.note = note;
    this.writtenAt = EngineClock.now();
  }

  Long getTruancyCaseId() {
    return truancyCaseId;
  }

  String getStep() {
    return step;
  }

  String getOfficerUsername() {
    return officerUsername;
  }

  Instant getWrittenAt() {
    return writtenAt;
  }

  String getNote() {
    return note;
  }
}
