package com.sroworkflow.incident;

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
 * An incident at a school (seed 001: "originate police reports on any incident of a police nature"; seed 003
 * III.A.2.n: the SRO is not a disciplinarian). The principal decides school discipline or a referral to the SRO;
 * the SRO decides the law-enforcement action. The police report is the police report's record; a threat
 * assessment opened from the incident is linked by its case id.
 */
@Entity
@Table(name = "incident")
public class Incident {

  /** What the principal decided: discipline stays with the school; a possible crime goes to the SRO. */
  public enum PrincipalDecision {
    SCHOOL_DISCIPLINE("School discipline"),
    REFER_TO_SRO("Referred to the SRO"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    PrincipalDecision(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What the SRO decided. Every action but "no police action" is written up in a police report. */
  public enum LawEnforcementAction {
    NO_POLICE_ACTION("No police action", false),
    FIELD_INTERVIEW("Field interview", false),
    CITATION("Citation", true),
    ARREST("Arrest", true),
    JUVENILE_REFERRAL("Referral to juvenile services", true);

    private final String label;
    private final boolean parentsToBeNotified;

    LawEnforcementAction(String label, boolean parentsToBeNotified) {
      this.label = label;
      this.parentsToBeNotified = parentsToBeNotified;
    }

    public String label() {
      return label;
    }

    /** A charge, a custody or a referral to juvenile services: the law requires the parents to be told. */
    public boolean parentsToBeNotified() {
      return parentsToBeNotified;
    }
  }

  public enum NoticeMethod {
    IN_PERSON, PHONE, EMAIL, LETTER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "reported_by", length = 64)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "incident_date", nullable = false)
  private LocalDate incidentDate;

  @Column(length = 300)
  private String location;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "students_involved", length = 500)
  private String studentsInvolved;

  @Enumerated(EnumType.STRING)
  @Column(name = "principal_decision", length = 24)
  private PrincipalDecision principalDecision;

  @Column(name = "principal_note", length = 2000)
  private String principalNote;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "law_enforcement_action", length = 24)
  private LawEnforcementAction lawEnforcementAction;

  @Column(name = "action_by", length = 64)
  private String actionBy;

  @Column(name = "action_at")
  private Instant actionAt;

  @Column(name = "parents_notified_who", length = 160)
  private String parentsNotifiedWho;

  @Column(name = "parents_notified_at")
  private Instant parentsNotifiedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "parents_notified_how", length = 16)
  private NoticeMethod parentsNotifiedHow;

  @Column(name = "police_report_filed_at")
  private Instant policeReportFiledAt;

  /** The threat assessment opened from this incident: its case id (the threat case's process instance id). */
  @Column(name = "threat_case_id", length = 64)
  private String threatCaseId;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected Incident() {}

  Incident(String schoolCode, String processInstanceId, String reportedBy, Instant reportedAt, LocalDate incidentDate,
      String location, String description, String studentsInvolved) {
    this.schoolCode = schoolCode;
    this.processInstanceId = processInstanceId;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
    this.incidentDate = incidentDate;
    this.location = location;
    this.description = description;
    this.studentsInvolved = studentsInvolved;
  }

  void decide(PrincipalDecision decision, String note, String by, Instant at) {
    this.principalDecision = decision;
    this.principalNote = note;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  void act(LawEnforcementAction action, String by, Instant at, String notifiedWho, Instant notifiedAt,
      NoticeMethod notifiedHow) {
    this.lawEnforcementAction = action;
    this.actionBy = by;
    this.actionAt = at;
    this.parentsNotifiedWho = notifiedWho;
    this.parentsNotifiedAt = notifiedAt;
    this.parentsNotifiedHow = notifiedHow;
  }

  void policeReportFiled(Instant at) {
    this.policeReportFiledAt = at;
  }

  void linkThreatCase(String caseId) {
    this.threatCaseId = caseId;
  }

  void close(Instant at, Instant removeAfter) {
    this.closedAt = at;
    this.removeAfter = removeAfter;
  }

  /** The outcome the reports count: the principal's decision, or the SRO's action on a referred incident. */
  public String outcome() {
    if (principalDecision == PrincipalDecision.REFER_TO_SRO) {
      return lawEnforcementAction == null ? "REFER_TO_SRO" : lawEnforcementAction.name();
    }
    return principalDecision == null ? "UNDECIDED" : principalDecision.name();
  }

  public String reference() {
    return "INC-" + id;
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

  public LocalDate getIncidentDate() {
    return incidentDate;
  }

  public String getLocation() {
    return location;
  }

  public String getDescription() {
    return description;
  }

  public String getStudentsInvolved() {
    return studentsInvolved;
  }

  public PrincipalDecision getPrincipalDecision() {
    return principalDecision;
  }

  public String getPrincipalNote() {
    return principalNote;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public LawEnforcementAction getLawEnforcementAction() {
    return lawEnforcementAction;
  }

  public String getActionBy() {
    return actionBy;
  }

  public Instant getActionAt() {
    return actionAt;
  }

  public String getParentsNotifiedWho() {
    return parentsNotifiedWho;
  }

  public Instant getParentsNotifiedAt() {
    return parentsNotifiedAt;
  }

  public NoticeMethod getParentsNotifiedHow() {
    return parentsNotifiedHow;
  }

  public Instant getPoliceReportFiledAt() {
    return policeReportFiledAt;
  }

  public String getThreatCaseId() {
    return threatCaseId;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getRemoveAfter() {
    return removeAfter;
  }
}
