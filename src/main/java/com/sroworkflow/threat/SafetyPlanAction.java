package com.sroworkflow.threat;

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
 * One action of a safety plan: what, who owns it, by when, and how it ended. Actions written
 * together share a revision: the plan is revision 1, each revision at a review the next number.
 */
@Entity
@Table(name = "safety_plan_action")
class SafetyPlanAction {

  public enum Status {
    OPEN("Open"),
    DONE("Done"),
    NOT_NEEDED("No longer needed");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "threat_case_id", nullable = false)
  private Long threatCaseId;

  @Column(nullable = false)
  private int revision;

  @Column(nullable = false, length = 500)
  private String action;

  @Column(nullable = false, length = 64)
  private String owner;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(name = "completion_note", length = 2000)
  private String completionNote;

  @Column(name = "completed_by", length = 64)
  private String completedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "added_by", length = 64)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected SafetyPlanAction() {}

  SafetyPlanAction(Long threatCaseId, int revision, String action, String owner, LocalDate dueDate, String addedBy,
      Instant addedAt) {
    this.threatCaseId = threatCaseId;
    this.revision = revision;
    this.action = action;
    this.owner = owner;
    this.dueDate = dueDate;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  void completed(Status status, String note, String by, Instant at) {
    this.status = status;
    this.completionNote = note;
    this.completedBy = by;
    this.completedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public int getRevision() {
    return revision;
  }

  public String getAction() {
    return action;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Status getStatus() {
    return status;
  }

  public String getCompletionNote() {
    return completionNote;
  }

  public String getCompletedBy() {
    return completedBy;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
