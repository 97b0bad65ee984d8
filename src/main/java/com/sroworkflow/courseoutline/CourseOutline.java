package com.sroworkflow.courseoutline;

import com.sroworkflow.system.EngineClock;
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
 * A course outline or new program an SRO proposes to teach at a school, at the principal's
 * invitation (seed 003 III.A.1.b.i, III.A.2.a), with the principal's agreement and the Chief's
 * decision.
 */
@Entity
@Table(name = "course_outline")
class CourseOutline {

  public enum Kind { COURSE, PROGRAM }

  /** The seed's list of law-related topics an SRO teaches. */
  public enum Topic {
    POLICE_ROLE("Police and their role in society"),
    LAWS("Laws"),
    JUSTICE_SYSTEMS("The juvenile and adult justice systems"),
    LAW_ENFORCEMENT_CAREERS("Careers in law enforcement"),
    DRUG_EDUCATION("Drug education"),
    OTHER_LAW_RELATED("Other law-related class");

    private final String label;

    Topic(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Status { WITH_PRINCIPAL, WITH_CHIEF, RETURNED, APPROVED, WITHDRAWN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "officer_username", nullable = false, length = 64)
  private String officerUsername;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "outline_kind", nullable = false, length = 16)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Topic topic;

  @Column(nullable = false, length = 160)
  private String title;

  @Column(nullable = false, length = 40)
  private String grades;

  @Column(nullable = false)
  private int sessions;

  @Column(nullable = false, length = 5000)
  private String outline;

  @Column(name = "invited_by", nullable = false, length = 64)
  private String invitedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.WITH_PRINCIPAL;

  @Column(nullable = false)
  private int revision = 1;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "principal_username", length = 64)
  private String principalUsername;

  @Column(name = "principal_comment", length = 2000)
  private String principalComment;

  @Column(name = "principal_at")
  private Instant principalAt;

  @Column(name = "chief_username", length = 64)
  private String chiefUsername;

  @Column(name = "chief_comment", length = 2000)
  private String chiefComment;

  @Column(name = "chief_at")
  private Instant chiefAt;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected CourseOutline() {}

  CourseOutline(String processInstanceId, String officerUsername, String schoolCode, Kind kind, Topic topic,
      String title, String grades, int sessions, String outline, String invitedBy) {
    this.processInstanceId = processInstanceId;
    this.officerUsername = officerUsername;
    this.schoolCode = schoolCode;
    this.kind = kind;
    this.topic = topic;
    this.title = title;
    this.grades = grades;
    this.sessions = sessions;
    this.outline = outline;
    this.invitedBy = invitedBy;
    this.submittedAt = EngineClock.now();
  }

  void principal(String by, boolean agreed, String comment) {
    this.principalUsername = by;
    this.principalComment = comment;
    this.principalAt = EngineClock.now();
    this.status = agreed ? Status.WITH_CHIEF : Status.RETURNED;
  }

  void chief(String by, boolean approved, String comment, Instant removeAfter) {
    this.chiefUsername = by;
    this.chiefComment = comment;
    this.chiefAt = EngineClock.now();
    this.status = approved ? Status.APPROVED : Status.RETURNED;
    this.removeAfter = approved ? removeAfter : null;
  }

  void revise(String title, String grades, int sessions, String outline) {
    this.title = title;
    this.grades = grades;
    this.sessions = sessions;
    this.outline = outline;
    this.revision++;
    this.status = Status.WITH_PRINCIPAL;
    this.submittedAt = EngineClock.now();
  }

  void withdraw(Instant removeAfter) {
    this.status = Status.WITHDRAWN;
    this.removeAfter = removeAfter;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getOfficerUsername() {
    return officerUsername;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public Kind getKind() {
    return kind;
  }

  public Topic getTopic() {
    return topic;
  }

  public String getTitle() {
    return title;
  }

  public String getGrades() {
    return grades;
  }

  public int getSessions() {
    return sessions;
  }

  public String getOutline() {
    return outline;
  }

  public String getInvitedBy() {
    return invitedBy;
  }

  public Status getStatus() {
    return status;
  }

  public int getRevision() {
    return revision;
  }

  public String getPrincipalUsername() {
    return principalUsername;
  }

  public String getPrincipalComment() {
    return principalComment;
  }

  public String getChiefUsername() {
    return chiefUsername;
  }

  public String getChiefComment() {
    return chiefComment;
  }

  public Instant getChiefAt() {
    return chiefAt;
  }
}
