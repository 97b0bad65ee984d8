package com.sroworkflow.policereport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The SRO disclosed a police report to someone outside the police (FERPA allows disclosure of a
 * law-enforcement unit record for a reason, and requires it to be logged): to whom, by whom, when
 * and why, and when the recipient read it.
 */
@Entity
@Table(name = "police_report_disclosure")
class PoliceReportDisclosure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "police_report_id", nullable = false)
  private Long policeReportId;

  @Column(name = "recipient_username", nullable = false, length = 64)
  private String recipientUsername;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(name = "disclosed_by", nullable = false, length = 64)
  private String disclosedBy;

  @Column(name = "disclosed_at", nullable = false)
  private Instant disclosedAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected PoliceReportDisclosure() {}

  PoliceReportDisclosure(Long policeReportId, String recipientUsername, String reason, String disclosedBy,
      Instant disclosedAt, String processInstanceId) {
    this.policeReportId = policeReportId;
    this.recipientUsername = recipientUsername;
    this.reason = reason;
    this.disclosedBy = disclosedBy;
    this.disclosedAt = disclosedAt;
    this.processInstanceId = processInstanceId;
  }

  void read(Instant at) {
    readAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getPoliceReportId() {
    return policeReportId;
  }

  public String getRecipientUsername() {
    return recipientUsername;
  }

  public String getReason() {
    return reason;
  }

  public String getDisclosedBy() {
    return disclosedBy;
  }

  public Instant getDisclosedAt() {
    return disclosedAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
