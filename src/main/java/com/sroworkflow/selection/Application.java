package com.sroworkflow.selection;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * One officer's application for an SRO vacancy, from volunteering to appointment or the end of the
 * case. It holds the applicant's declarations and what HR verified against the personnel record.
 */
@Entity
@Table(name = "sro_application")
public class Application {

  public enum Status {
    NOMINATED, SUBMITTED, ELIGIBILITY_REVIEW, INELIGIBLE, RECOMMENDATION, NOT_RECOMMENDED, INTERVIEW,
    UNFAVOURABLE, ON_ELIGIBILITY_LIST, APPOINTED, WITHDRAWN, DECLINED, LAPSED;

    static final Set<Status> CLOSED = EnumSet.of(INELIGIBLE, NOT_RECOMMENDED, UNFAVOURABLE, APPOINTED, WITHDRAWN,
        DECLINED, LAPSED);
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "vacancy_id")
  private Vacancy vacancy;

  @Column(name = "applicant_username", nullable = false, length = 64)
  private String applicantUsername;

  @Column(name = "supervisor_username", nullable = false, length = 64)
  private String supervisorUsername;

  @Column(name = "nominated_by", length = 64)
  private String nominatedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Status status;

  @Column(length = 5000)
  private String statement;

  @Column(name = "fitness_declared")
  private Boolean fitnessDeclared;

  @Column(name = "drug_free_declared")
  private Boolean drugFreeDeclared;

  @Column(name = "state_certified")
  private Boolean stateCertified;

  @Column(name = "certification_number", length = 40)
  private String certificationNumber;

  @Column(name = "full_time_years", precision = 4, scale = 1)
  private BigDecimal fullTimeYears;

  @Column(name = "probation_completed")
  private Boolean probationCompleted;

  @Column(name = "sustained_complaints")
  private Integer sustainedComplaints;

  @Column(name = "juvenile_complaints")
  private Integer juvenileComplaints;

  @Column(name = "record_notes", length = 5000)
  private String recordNotes;

  @Column(name = "record_verified_by", length = 64)
  private String recordVerifiedBy;

  @Column(name = "record_verified_at")
  private Instant recordVerifiedAt;

  private Boolean eligible;

  @Column(name = "eligibility_note", length = 5000)
  private String eligibilityNote;

  @Column(name = "board_favourable")
  private Boolean boardFavourable;

  @Column(name = "board_reason", length = 500)
  private String boardReason;

  @Column(name = "board_average_total", precision = 5, scale = 2)
  private BigDecimal boardAverageTotal;

  @Column(name = "eligible_until")
  private LocalDate eligibleUntil;

  @Column(name = "close_reason", length = 1000)
  private String closeReason;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Application() {}

  Application(Vacancy vacancy, String applicantUsername, String supervisorUsername, String nominatedBy,
      String processInstanceId) {
    this.vacancy = vacancy;
    this.applicantUsername = applicantUsername;
    this.supervisorUsername = supervisorUsername;
    this.nominatedBy = nominatedBy;
    this.status = nominatedBy == null ? Status.SUBMITTED : Status.NOMINATED;
    this.processInstanceId = processInstanceId;
    this.createdAt = EngineClock.now();
  }

  void declare(String statement, boolean fitness, boolean drugFree) {
    this.statement = statement;
    this.fitnessDeclared = fitness;
    this.drugFreeDeclared = drugFree;
    this.status = Status.SUBMITTED;
  }

  void verifyRecord(boolean stateCertified, String certificationNumber, BigDecimal fullTimeYears,
      boolean probationCompleted, int sustainedComplaints, int juvenileComplaints, String notes, String verifiedBy) {
    this.stateCertified = stateCertified;
    this.certificationNumber = certificationNumber;
    this.fullTimeYears = fullTimeYears;
    this.probationCompleted = probationCompleted;
    this.sustainedComplaints = sustainedComplaints;
    this.juvenileComplaints = juvenileComplaints;
    this.recordNotes = notes;
    this.recordVerifiedBy = verifiedBy;
    this.recordVerifiedAt = EngineClock.now();
    this.status = Status.ELIGIBILITY_REVIEW;
  }

  void decideEligibility(boolean eligible) {
    this.eligible = eligible;
  }

  void reviewEligibility(String note) {
    this.eligibilityNote = note;
    this.status = Boolean.TRUE.equals(eligible) ? Status.RECOMMENDATION : Status.INELIGIBLE;
    if (status == Status.INELIGIBLE) {
      close("Not eligible");
    }
  }

  void recommended(boolean positive) {
    status = positive ? Status.INTERVIEW : Status.NOT_RECOMMENDED;
    if (!positive) {
      close("Not recommended by the supervisor");
    }
  }

  void boardResult(boolean favourable, String reason, BigDecimal averageTotal) {
    this.boardFavourable = favourable;
    this.boardReason = reason;
    this.boardAverageTotal = averageTotal;
    if (!favourable) {
      status = Status.UNFAVOURABLE;
      close(reason);
    }
  }

  void putOnEligibilityList(LocalDate until) {
    status = Status.ON_ELIGIBILITY_LIST;
    eligibleUntil = until;
  }

  void appoint() {
    status = Status.APPOINTED;
    close("Appointed");
  }

  void withdraw(String reason) {
    status = Status.WITHDRAWN;
    close(reason == null || reason.isBlank() ? "Withdrawn by the applicant" : "Withdrawn: " + reason);
  }

  void decline() {
    status = Status.DECLINED;
    close("The nominated officer did not volunteer");
  }

  void lapse() {
    status = Status.LAPSED;
    close("The eligibility list entry lapsed");
  }

  /** After the retention period an appointee's application keeps only what the appointment refers to. */
  void forgetPersonalDetails() {
    statement = null;
    recordNotes = null;
    eligibilityNote = null;
    certificationNumber = null;
  }

  boolean hasPersonalDetails() {
    return statement != null || recordNotes != null || eligibilityNote != null || certificationNumber != null;
  }

  private void close(String reason) {
    closeReason = reason;
    closedAt = EngineClock.now();
  }

  public boolean isOpen() {
    return !Status.CLOSED.contains(status);
  }

  public Long getId() {
    return id;
  }

  public Vacancy getVacancy() {
    return vacancy;
  }

  public String getApplicantUsername() {
    return applicantUsername;
  }

  public String getSupervisorUsername() {
    return supervisorUsername;
  }

  public String getNominatedBy() {
    return nominatedBy;
  }

  public Status getStatus() {
    return status;
  }

  public String getStatement() {
    return statement;
  }

  public Boolean getFitnessDeclared() {
    return fitnessDeclared;
  }

  public Boolean getDrugFreeDeclared() {
    return drugFreeDeclared;
  }

  public Boolean getStateCertified() {
    return stateCertified;
  }

  public String getCertificationNumber() {
    return certificationNumber;
  }

  public BigDecimal getFullTimeYears() {
    return fullTimeYears;
  }

  public Boolean getProbationCompleted() {
    return probationCompleted;
  }

  public Integer getSustainedComplaints() {
    return sustainedComplaints;
  }

  public Integer getJuvenileComplaints() {
    return juvenileComplaints;
  }

  public String getRecordNotes() {
    return recordNotes;
  }

  public String getRecordVerifiedBy() {
    return recordVerifiedBy;
  }

  public Boolean getEligible() {
    return eligible;
  }

  public String getEligibilityNote() {
    return eligibilityNote;
  }

  public Boolean getBoardFavourable() {
    return boardFavourable;
  }

  public String getBoardReason() {
    return boardReason;
  }

  public BigDecimal getBoardAverageTotal() {
    return boardAverageTotal;
  }

  public LocalDate getEligibleUntil() {
    return eligibleUntil;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
