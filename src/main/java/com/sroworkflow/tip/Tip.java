package com.sroworkflow.tip;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A possible threat reported on the public tip page without login. The tip is the only place that
 * keeps how to reach its reporter: the threat case it starts carries the reporter's name only if one
 * was given, and nothing of the tip reaches the student's side. Its receipt number is what the
 * reporter can quote to the school; nothing can be read back with it.
 */
@Entity
@Table(name = "tip")
public class Tip {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 10, unique = true)
  private String receipt;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "threat_behaviour", nullable = false, length = 4000)
  private String threatBehaviour;

  @Column(name = "incident_date", nullable = false)
  private LocalDate incidentDate;

  @Column(name = "incident_time")
  private LocalTime incidentTime;

  @Column(name = "incident_location", length = 300)
  private String incidentLocation;

  @Column(name = "student_name", length = 160)
  private String studentName;

  @Column(name = "student_grade", length = 2)
  private String studentGrade;

  @Column(name = "reporter_name", length = 160)
  private String reporterName;

  @Column(name = "reporter_contact", length = 200)
  private String reporterContact;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected Tip() {}

  Tip(String receipt, NewTip t, Instant createdAt) {
    this.receipt = receipt;
    this.schoolCode = t.schoolCode();
    this.threatBehaviour = t.threatBehaviour();
    this.incidentDate = LocalDate.parse(t.incidentDate());
    this.incidentTime = t.incidentTime() == null ? null : LocalTime.parse(t.incidentTime());
    this.incidentLocation = t.incidentLocation();
    this.studentName = t.studentName();
    this.studentGrade = t.studentGrade();
    this.reporterName = t.reporterName();
    this.reporterContact = t.reporterContact();
    this.createdAt = createdAt;
  }

  void startedCase(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** No name given: the case is reported anonymously (a contact alone names no one). */
  public boolean isAnonymous() {
    return reporterName == null;
  }

  public Long getId() {
    return id;
  }

  public String getReceipt() {
    return receipt;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public String getThreatBehaviour() {
    return threatBehaviour;
  }

  public LocalDate getIncidentDate() {
    return incidentDate;
  }

  public LocalTime getIncidentTime() {
    return incidentTime;
  }

  public String getIncidentLocation() {
    return incidentLocation;
  }

  public String getStudentName() {
    return studentName;
  }

  public String getStudentGrade() {
    return studentGrade;
  }

  public String getReporterName() {
    return reporterName;
  }

  public String getReporterContact() {
    return reporterContact;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
