package com.sroworkflow.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the transfer ledger: a case moved to another school with the student. */
@Entity
@Table(name = "case_transfer")
public class CaseTransfer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "process_key")
  private String processKey;
  @Column(name = "record_ref")
  private String recordRef;
  @Column(name = "old_case_id")
  private String oldCaseId;
  @Column(name = "new_case_id")
  private String newCaseId;
  @Column(name = "from_school")
  private String fromSchool;
  @Column(name = "to_school")
  private String toSchool;
  private String reason;
  @Column(name = "transferred_by")
  private String transferredBy;
  @Column(name = "transferred_at")
  private Instant transferredAt;

  protected CaseTransfer() {}

  CaseTransfer(String processKey, String recordRef, String oldCaseId, String newCaseId, String fromSchool,
      String toSchool, String reason, String transferredBy, Instant transferredAt) {
    this.processKey = processKey;
    this.recordRef = recordRef;
    this.oldCaseId = oldCaseId;
    this.newCaseId = newCaseId;
    this.fromSchool = fromSchool;
    this.toSchool = toSchool;
    this.reason = reason;
    this.transferredBy = transferredBy;
    this.transferredAt = transferredAt;
  }

  public Long getId() {
    return id;
  }

  public String getProcessKey() {
    return processKey;
  }

  public String getRecordRef() {
    return recordRef;
  }

  public String getOldCaseId() {
    return oldCaseId;
  }

  public String getNewCaseId() {
    return newCaseId;
  }

  public String getFromSchool() {
    return fromSchool;
  }

  public String getToSchool() {
    return toSchool;
  }

  public String getReason() {
    return reason;
  }

  public String getTransferredBy() {
    return transferredBy;
  }

  public Instant getTransferredAt() {
    return transferredAt;
  }
}
