package com.sroworkflow.policereport;

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
 * A police report the SRO filed for a threat case or an incident (seed 001: "originate police reports on
 * any incident of a police nature"). Under FERPA it is a record of the law-enforcement
 * unit, made and kept by the SRO for a law-enforcement purpose, not part of the student's education
 * record: it is written in a process of its own ({@code policeReport}) that only SROs read, and the
 * threat team's case shows only that a report was filed and when. It follows its own retention.
 */
@Entity
@Table(name = "police_report")
public class PoliceReport {

  public enum Disposition {
    UNDER_INVESTIGATION("Under investigation"),
    REFERRED_TO_JUVENILE_JUSTICE("Referred to juvenile justice"),
    CITATION("Citation issued"),
    ARREST("Arrest"),
    NO_CHARGES("No charges");

    private final String label;

    Disposition(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The threat case it was filed for, or null for an incident's report. */
  @Column(name = "threat_case_id")
  private Long threatCaseId;

  /** The incident (package incident) it was filed for, or null for a threat case's report. */
  @Column(name = "incident_id")
  private Long incidentId;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "report_number", nullable = false, length = 32)
  private String reportNumber;

  @Column(nullable = false, length = 300)
  private String offence;

  @Column(name = "report_date", nullable = false)
  private LocalDate reportDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Disposition disposition;

  @Column(nullable = false, length = 8000)
  private String narrative;

  @Column(name = "filed_by", length = 64)
  private String filedBy;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected PoliceReport() {}

  PoliceReport(Long threatCaseId, Long incidentId, String schoolCode, String processInstanceId, String reportNumber, String offence,
      LocalDate reportDate, Disposition disposition, String narrative, String filedBy, Instant filedAt,
      Instant removeAfter) {
    this.threatCaseId = threatCaseId;
    this.incidentId = incidentId;
    this.schoolCode = schoolCode;
    this.processInstanceId = processInstanceId;
    this.reportNumber = reportNumber;
    this.offence = offence;
    this.reportDate = reportDate;
    this.disposition = disposition;
    this.narrative = narrative;
    this.filedBy = filedBy;
    this.filedAt = filedAt;
    this.removeAfter = removeAfter;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public Long getIncidentId() {
    return incidentId;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public String getReportNumber() {
    return reportNumber;
  }

  public String getOffence() {
    return offence;
  }

  public LocalDate getReportDate() {
    return reportDate;
  }

  public Disposition getDisposition() {
    return disposition;
  }

  public String getNarrative() {
    return narrative;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public Instant getRemoveAfter() {
    return removeAfter;
  }
}
