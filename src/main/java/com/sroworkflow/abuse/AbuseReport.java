package com.sroworkflow.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A suspicion of child abuse or neglect (seed 003 III.A.2.l) and its report to the state hotline: the
 * report number, when it was made and by whom; the SRO's decision on an investigation and its outcome; who at
 * the school was told (the principal, or the district designee when school staff are suspected). A confidential
 * compartment: see {@link AbuseCompartment}.
 */
@Entity
@Table(name = "abuse_report")
public class AbuseReport {

  public enum Concern {
    ABUSE, NEGLECT
  }

  public enum InvestigationOutcome {
    CHARGES_SOUGHT("Charges sought"),
    NO_CRIME_FOUND("No crime found"),
    LEFT_TO_CHILD_PROTECTIVE_SERVICES("Left to child protective services"),
    HANDED_TO_ANOTHER_AGENCY("Handed to another agency");

    private final String label;

    InvestigationOutcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "reported_by", nullable = false, length = 64)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Concern concern;

  @Column(name = "staff_suspected", nullable = false)
  private boolean staffSuspected;

  @Column(name = "student_name", nullable = false, length = 160)
  private String studentName;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "hotline_report_number", length = 32)
  private String hotlineReportNumber;

  @Column(name = "hotline_called_at")
  private Instant hotlineCalledAt;

  @Column(name = "hotline_called_by", length = 64)
  private String hotlineCalledBy;

  @Column(name = "acknowledged_by", length = 64)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  private Boolean investigation;

  @Column(name = "investigation_decided_by", length = 64)
  private String investigationDecidedBy;

  @Column(name = "investigation_decided_at")
  private Instant investigationDecidedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "investigation_outcome", length = 40)
  private InvestigationOutcome investigationOutcome;

  @Column(name = "investigation_note", length = 4000)
  private String investigationNote;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected AbuseReport() {}

  AbuseReport(String schoolCode, String processInstanceId, String reportedBy, Instant reportedAt, Concern concern,
      boolean staffSuspected, String studentName, String description) {
    this.schoolCode = schoolCode;
    this.processInstanceId = processInstanceId;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
    this.concern = concern;
    this.staffSuspected = staffSuspected;
    this.studentName = studentName;
    this.description = description;
  }

  void hotlineCalled(String number, Instant at, String by) {
    this.hotlineReportNumber = number;
    this.hotlineCalledAt = at;
    this.hotlineCalledBy = by;
  }

  void acknowledged(String by, Instant at) {
    this.acknowledgedBy = by;
    this.acknowledgedAt = at;
  }

  void investigationDecided(boolean investigate, String note, String by, Instant at) {
    this.investigation = investigate;
    this.investigationNote = note;
    this.investigationDecidedBy = by;
    this.investigationDecidedAt = at;
  }

  void investigated(InvestigationOutcome outcome, String note) {
    this.investigationOutcome = outcome;
    this.investigationNote = note;
  }

  void close(Instant at, Instant removeAfter) {
    this.closedAt = at;
    this.removeAfter = removeAfter;
  }

  public String reference() {
    return "CAN-" + id;
  }

  public Long getId() {
    return id;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public Concern getConcern() {
    return concern;
  }

  public boolean isStaffSuspected() {
    return staffSuspected;
  }

  public String getStudentName() {
    return studentName;
  }

  public String getDescription() {
    return description;
  }

  public String getHotlineReportNumber() {
    return hotlineReportNumber;
  }

  public Instant getHotlineCalledAt() {
    return hotlineCalledAt;
  }

  public String getHotlineCalledBy() {
    return hotlineCalledBy;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public Boolean getInvestigation() {
    return investigation;
  }

  public String getInvestigationDecidedBy() {
    return investigationDecidedBy;
  }

  public Instant getInvestigationDecidedAt() {
    return investigationDecidedAt;
  }

  public InvestigationOutcome getInvestigationOutcome() {
    return investigationOutcome;
  }

  public String getInvestigationNote() {
    return investigationNote;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getRemoveAfter() {
    return removeAfter;
  }
}
