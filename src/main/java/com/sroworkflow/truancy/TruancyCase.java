package com.sroworkflow.truancy;

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
 * The school's truancy case (seed 004 item 5; seed 000: the Community Truancy Board): the attendance concern,
 * the school's home contact, the principal's petition and the hearing's outcome. The SRO's own notes are not
 * here but in {@link TruancyPoliceNote}: a police record, not an education record.
 */
@Entity
@Table(name = "truancy_case")
class TruancyCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "student_name", nullable = false, length = 160)
  private String studentName;

  @Column(name = "student_grade", nullable = false, length = 4)
  private String studentGrade;

  @Column(name = "district_student_id", nullable = false, length = 32)
  private String districtStudentId;

  @Column(name = "unexcused_absences", nullable = false)
  private int unexcusedAbsences;

  @Column(nullable = false, length = 2000)
  private String concern;

  @Column(name = "opened_by", nullable = false, length = 64)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "home_contact_method", length = 16)
  private String homeContactMethod;

  @Column(name = "home_contact_reached")
  private Boolean homeContactReached;

  @Column(name = "home_contact_notes", length = 2000)
  private String homeContactNotes;

  @Column(name = "home_contact_by", length = 64)
  private String homeContactBy;

  @Column(name = "home_contact_at")
  private Instant homeContactAt;

  @Column(name = "attendance_improved")
  private Boolean attendanceImproved;

  @Column(name = "home_visit_on")
  private LocalDate homeVisitOn;

  @Column(name = "home_visit_by", length = 64)
  private String homeVisitBy;

  @Column(name = "board_referred")
  private Boolean boardReferred;

  @Column(name = "petition_by", length = 64)
  private String petitionBy;

  @Column(name = "hearing_on")
  private LocalDate hearingOn;

  @Column(name = "hearing_outcome", length = 24)
  private String hearingOutcome;

  @Column(name = "hearing_recorded_by", length = 64)
  private String hearingRecordedBy;

  @Column(length = 24)
  private String outcome;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected TruancyCase() {}

  TruancyCase(String processInstanceId, String schoolCode, String studentName, String studentGrade,
      String districtStudentId, int unexcusedAbsences, String concern, String openedBy) {
    this.processInstanceId = processInstanceId;
    this.schoolCode = schoolCode;
    this.studentName = studentName;
    this.studentGrade = studentGrade;
    this.districtStudentId = districtStudentId;
    this.unexcusedAbsences = unexcusedAbsences;
    this.concern = concern;
    this.openedBy = openedBy;
    this.openedAt = EngineClock.now();
  }

  void homeContact(String method, boolean reached, String notes, boolean improved, String by) {
    this.homeContactMethod = method;
    this.homeContactReached = reached;
    this.homeContactNotes = notes;
    this.attendanceImproved = improved;
    this.homeContactBy = by;
    this.homeContactAt = EngineClock.now();
  }

  void homeVisit(LocalDate on, boolean board, String by) {
    this.homeVisitOn = on;
    this.boardReferred = board;
    this.homeVisitBy = by;
  }

  void petition(LocalDate hearingOn, String by) {
    this.hearingOn = hearingOn;
    this.petitionBy = by;
  }

  void hearing(String outcome, String by) {
    this.hearingOutcome = outcome;
    this.hearingRecordedBy = by;
  }

  void close(String outcome, Instant removeAfter) {
    this.outcome = outcome;
    this.closedAt = EngineClock.now();
    this.removeAfter = removeAfter;
  }

  Long getId() {
    return id;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  String getSchoolCode() {
    return schoolCode;
  }

  String getStudentGrade() {
    return studentGrade;
  }

  Instant getOpenedAt() {
    return openedAt;
  }

  Boolean getAttendanceImproved() {
    return attendanceImproved;
  }

  Boolean getBoardReferred() {
    return boardReferred;
  }

  String getHomeVisitBy() {
    return homeVisitBy;
  }

  LocalDate getHomeVisitOn() {
    return homeVisitOn;
  }

  LocalDate getHearingOn() {
    return hearingOn;
  }

  String getHearingOutcome() {
    return hearingOutcome;
  }

  String getHearingRecordedBy() {
    return hearingRecordedBy;
  }

  String getHomeContactNotes() {
    return homeContactNotes;
  }

  String getOutcome() {
    return outcome;
  }

  java.time.Instant getClosedAt() {
    return closedAt;
  }

  String getPetitionBy() {
    return petitionBy;
  }
}
