package com.sroworkflow.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A download of a case file for a records request: who, when and for what request (a FERPA disclosure). */
@Entity
@Table(name = "case_disclosure")
class CaseDisclosure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, length = 64)
  private String caseId;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "disclosed_by", nullable = false, length = 64)
  private String disclosedBy;

  @Column(name = "disclosed_at", nullable = false)
  private Instant disclosedAt;

  @Column(nullable = false, length = CaseNotes.MAX_REASON)
  private String reason;

  protected CaseDisclosure() {}

  CaseDisclosure(String caseId, String schoolCode, String disclosedBy, Instant disclosedAt, String reason) {
    this.caseId = caseId;
    this.schoolCode = schoolCode;
    this.disclosedBy = disclosedBy;
    this.disclosedAt = disclosedAt;
    this.reason = reason;
  }

  String getDisclosedBy() {
    return disclosedBy;
  }

  Instant getDisclosedAt() {
    return disclosedAt;
  }

  String getReason() {
    return reason;
  }
}
