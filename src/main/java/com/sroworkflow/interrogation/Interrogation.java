package com.sroworkflow.interrogation;

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
 * A formal interrogation of a student (seed 003 III.A.2.h: the SRO adheres to the department's written
 * directives and the legal requirements): the checklist before (parents notified or why not, rights advised,
 * who is present) and the record after (start, end, outcome). A record of the law-enforcement unit: SROs only.
 */
@Entity
@Table(name = "interrogation")
public class Interrogation {

  public enum Rights {
    MIRANDA("Miranda warning"),
    JUVENILE_RIGHTS("Juvenile rights advisement (the state's form)");

    private final String label;

    Rights(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Outcome {
    STATEMENT_GIVEN, NO_STATEMENT, ENDED_AT_STUDENT_REQUEST, ENDED_AT_PARENT_REQUEST, NOT_HELD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "sro_username", nullable = false, length = 64)
  private String sroUsername;

  @Column(name = "student_name", nullable = false, length = 160)
  private String studentName;

  @Column(nullable = false, length = 2000)
  private String purpose;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "parents_notified")
  private Boolean parentsNotified;

  @Column(name = "parents_notified_who", length = 160)
  private String parentsNotifiedWho;

  @Column(name = "parents_notified_at")
  private Instant parentsNotifiedAt;

  @Column(name = "parents_not_notified_reason", length = 2000)
  private String parentsNotNotifiedReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "rights_advised", length = 24)
  private Rights rightsAdvised;

  @Column(name = "rights_waived")
  private Boolean rightsWaived;

  @Column(length = 500)
  private String present;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private Outcome outcome;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected Interrogation() {}

  Interrogation(String schoolCode, String processInstanceId, String sroUsername, String studentName, String purpose,
      Instant openedAt) {
    this.schoolCode = schoolCode;
    this.processInstanceId = processInstanceId;
    this.sroUsername = sroUsername;
    this.studentName = studentName;
    this.purpose = purpose;
    this.openedAt = openedAt;
  }

  void checked(boolean notified, String who, Instant notifiedAt, String reason, Rights rights, boolean waived,
      String present, Instant at) {
    this.parentsNotified = notified;
    this.parentsNotifiedWho = who;
    this.parentsNotifiedAt = notifiedAt;
    this.parentsNotNotifiedReason = reason;
    this.rightsAdvised = rights;
    this.rightsWaived = waived;
    this.present = present;
    this.checkedAt = at;
  }

  void held(Instant started, Instant ended, Outcome outcome) {
    this.startedAt = started;
    this.endedAt = ended;
    this.outcome = outcome;
  }

  void notHeld() {
    this.outcome = Outcome.NOT_HELD;
  }

  void close(Instant at, Instant removeAfter) {
    this.closedAt = at;
    this.removeAfter = removeAfter;
  }

  public String reference() {
    return "INT-" + id;
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

  public String getSroUsername() {
    return sroUsername;
  }

  public String getStudentName() {
    return studentName;
  }

  public String getPurpose() {
    return purpose;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Boolean getParentsNotified() {
    return parentsNotified;
  }

  public String getParentsNotifiedWho() {
    return parentsNotifiedWho;
  }

  public Instant getParentsNotifiedAt() {
    return parentsNotifiedAt;
  }

  public String getParentsNotNotifiedReason() {
    return parentsNotNotifiedReason;
  }

  public Rights getRightsAdvised() {
    return rightsAdvised;
  }

  public Boolean getRightsWaived() {
    return rightsWaived;
  }

  public String getPresent() {
    return present;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getRemoveAfter() {
    return removeAfter;
  }
}
