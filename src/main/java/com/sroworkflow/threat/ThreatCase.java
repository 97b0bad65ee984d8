package com.sroworkflow.threat;

import com.sroworkflow.casefile.StudentNames;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One reported threat and where its assessment stands: the report as it was made, the team's
 * classification and level of concern, whether the SRO filed a police report (that one exists, not
 * what it says), and how the case closed. The {@code threatAssessment} process drives it; the
 * screening, classification, notices, plan and reviews are records of their own.
 */
@Entity
@Table(name = "threat_case")
public class ThreatCase {

  /** How the threat came to the school's attention. */
  public enum ReportSource {
    STAFF("A staff member saw or heard it"),
    STUDENT("A student told staff"),
    PARENT("A parent or guardian told staff"),
    ANONYMOUS_TIP("An anonymous tip"),
    /** The public tip page: a student, a parent or anyone, named or not; the case keeps the tip's id. */
    TIP("The tip page"),
    OTHER("Other");

    private final String label;

    ReportSource(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Weapon {
    NONE("No weapon mentioned or seen"),
    MENTIONED("A weapon was mentioned"),
    SEEN("A weapon was seen"),
    /** The reporter did not say: the team asks when it screens the report. */
    UNKNOWN("Not known yet");

    private final String label;

    Weapon(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  /** Null until someone identifies the student: a witness may not know the name. */
  @Column(name = "student_name", length = 160)
  private String studentName;

  /** The name as the student search compares it (casefile.StudentNames), kept with the name. */
  @Column(name = "student_name_key", length = 160)
  private String studentNameKey;

  @Column(name = "student_grade", length = 2)
  private String studentGrade;

  @Column(name = "district_student_id", length = 32)
  private String districtStudentId;

  @Column(length = 2000)
  private String targets;

  @Column(nullable = false, length = 4000)
  private String behaviour;

  @Column(name = "incident_date", nullable = false)
  private LocalDate incidentDate;

  @Column(name = "incident_time")
  private LocalTime incidentTime;

  @Column(name = "incident_location", length = 300)
  private String incidentLocation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Weapon weapon;

  @Column(name = "weapon_details", length = 500)
  private String weaponDetails;

  @Column(name = "imminent_danger", nullable = false)
  private boolean imminentDanger;

  @Enumerated(EnumType.STRING)
  @Column(name = "report_source", nullable = false, length = 16)
  private ReportSource reportSource;

  @Column(name = "source_name", length = 160)
  private String sourceName;

  @Column(nullable = false)
  private boolean anonymous;

  /** Who made the report; null for an anonymous report. */
  @Column(name = "reported_by", length = 64)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  /** The tip this case came from (the tip page's record), for a report with source TIP. */
  @Column(name = "tip_id")
  private Long tipId;

  @Column(name = "identified_by", length = 64)
  private String identifiedBy;

  @Column(name = "identified_at")
  private Instant identifiedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Classification classification;

  @Enumerated(EnumType.STRING)
  @Column(name = "level_of_concern", length = 8)
  private LevelOfConcern levelOfConcern;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Marking marking;

  @Column(name = "school_measures", length = 4000)
  private String schoolMeasures;

  @Column(name = "police_report_filed_at")
  private Instant policeReportFiledAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private CaseOutcome outcome;

  @Column(name = "closing_summary", length = 4000)
  private String closingSummary;

  @Column(name = "closed_by", length = 64)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "remove_after")
  private Instant removeAfter;

  protected ThreatCase() {}

  @PrePersist
  @PreUpdate
  void keepNameKey() {
    studentNameKey = StudentNames.key(studentName);
  }

  ThreatCase(NewThreatReport r, String reportedBy, Instant reportedAt) {
    this.schoolCode = r.schoolCode();
    this.studentName = r.studentName();
    this.studentGrade = r.studentGrade();
    this.districtStudentId = r.districtStudentId();
    this.targets = r.targets();
    this.behaviour = r.behaviour();
    this.incidentDate = r.incidentDate();
    this.incidentTime = r.incidentTime();
    this.incidentLocation = r.incidentLocation();
    this.weapon = r.weapon();
    this.weaponDetails = r.weapon() == Weapon.NONE || r.weapon() == Weapon.UNKNOWN ? null : r.weaponDetails();
    this.imminentDanger = r.imminentDanger();
    this.reportSource = r.reportSource();
    this.anonymous = r.anonymous();
    this.sourceName = r.anonymous() ? null : r.sourceName();
    this.reportedBy = r.anonymous() ? null : reportedBy;
    this.reportedAt = reportedAt;
    this.tipId = r.tipId();
  }

  /** Whether the student of concern is known: otherwise screening starts by identifying them. */
  public boolean isStudentKnown() {
    return studentName != null;
  }

  void identified(String name, String grade, String districtStudentId, String by, Instant at) {
    this.studentName = name;
    this.studentGrade = grade;
    if (districtStudentId != null) {
      this.districtStudentId = districtStudentId;
    }
    this.identifiedBy = by;
    this.identifiedAt = at;
  }

  /** Initials and grade: enough to tell cases apart in Tasklist without spreading the student's name. */
  public String caseTitle() {
    if (studentName == null) {
      return "Student not yet identified (threat case " + id + ")";
    }
    StringBuilder initials = new StringBuilder();
    for (String part : studentName.trim().split("[\\s-]+")) {
      if (!part.isEmpty()) {
        initials.append(part.substring(0, Character.charCount(part.codePointAt(0))).toUpperCase()).append('.');
      }
    }
    return initials + (studentGrade == null ? "" : ", grade " + studentGrade) + " (threat case " + id + ")";
  }

  /** The case's business key and its reference in notifications. */
  public String reference() {
    return "threat-" + id;
  }

  public String reporterLabel() {
    return anonymous ? "anonymous" : reportedBy;
  }

  public boolean isClosed() {
    return closedAt != null;
  }

  void startedBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void classified(Classification classification, LevelOfConcern level) {
    this.classification = classification;
    this.levelOfConcern = level;
  }

  void concernNow(LevelOfConcern level) {
    this.levelOfConcern = level;
  }

  void schoolMeasures(String measures) {
    this.schoolMeasures = measures;
  }

  void policeReportFiled(Instant at) {
    this.policeReportFiledAt = at;
  }

  void closed(CaseOutcome outcome, String summary, String by, Instant at, Instant removeAfter) {
    this.outcome = outcome;
    this.closingSummary = summary;
    this.closedBy = by;
    this.closedAt = at;
    this.removeAfter = removeAfter;
    this.marking = outcome == CaseOutcome.DISMISSED ? Marking.NOT_A_THREAT : Marking.of(classification);
  }

  /** A closed case reopened for a new assessment round: open again, kept until its next closing. */
  void reopened(String processInstanceId) {
    this.processInstanceId = processInstanceId;
    this.outcome = null;
    this.closingSummary = null;
    this.closedBy = null;
    this.closedAt = null;
    this.removeAfter = null;
  }

  /** The student moved: the case is the receiving school's now, worked by its new process instance. */
  void transferred(String schoolCode, String processInstanceId) {
    this.schoolCode = schoolCode;
    this.processInstanceId = processInstanceId;
  }

  void remarked(Marking marking) {
    this.marking = marking;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public String getStudentName() {
    return studentName;
  }

  public String getStudentGrade() {
    return studentGrade;
  }

  public String getDistrictStudentId() {
    return districtStudentId;
  }

  public String getTargets() {
    return targets;
  }

  public String getBehaviour() {
    return behaviour;
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

  public Weapon getWeapon() {
    return weapon;
  }

  public String getWeaponDetails() {
    return weaponDetails;
  }

  public boolean isImminentDanger() {
    return imminentDanger;
  }

  public ReportSource getReportSource() {
    return reportSource;
  }

  public String getSourceName() {
    return sourceName;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Long getTipId() {
    return tipId;
  }

  public String getIdentifiedBy() {
    return identifiedBy;
  }

  public Instant getIdentifiedAt() {
    return identifiedAt;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public Classification getClassification() {
    return classification;
  }

  public LevelOfConcern getLevelOfConcern() {
    return levelOfConcern;
  }

  public Marking getMarking() {
    return marking;
  }

  public String getSchoolMeasures() {
    return schoolMeasures;
  }

  public Instant getPoliceReportFiledAt() {
    return policeReportFiledAt;
  }

  public CaseOutcome getOutcome() {
    return outcome;
  }

  public String getClosingSummary() {
    return closingSummary;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getRemoveAfter() {
    return removeAfter;
  }
}
