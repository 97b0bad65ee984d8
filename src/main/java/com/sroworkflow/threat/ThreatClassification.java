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

/**
 * How the team classified a threat: its answers to the CSTAG questions, what the decision table
 * suggested and why, and what the team decided; an override of the table keeps its written reason.
 */
@Entity
@Table(name = "threat_classification")
class ThreatClassification {

  /** An answer to a CSTAG question; "unsure" counts as doubt, and doubt leads to substantive. */
  public enum Answer {
    YES, NO, UNSURE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "threat_case_id", nullable = false)
  private Long threatCaseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolved_on_spot", nullable = false, length = 8)
  private Answer resolvedOnSpot;

  @Enumerated(EnumType.STRING)
  @Column(name = "violent_threat", nullable = false, length = 8)
  private Answer violentThreat;

  @Enumerated(EnumType.STRING)
  @Column(name = "means_access", nullable = false, length = 8)
  private Answer meansAccess;

  @Enumerated(EnumType.STRING)
  @Column(name = "has_plan", nullable = false, length = 8)
  private Answer hasPlan;

  @Enumerated(EnumType.STRING)
  @Column(name = "prior_incidents", nullable = false, length = 8)
  private Answer priorIncidents;

  /** Null on cases assessed before issue 15 added the question; the same for the next two. */
  @Enumerated(EnumType.STRING)
  @Column(name = "weapon_seen", length = 8)
  private Answer weaponSeen;

  @Enumerated(EnumType.STRING)
  @Column(name = "imminent_danger", length = 8)
  private Answer imminentDanger;

  @Enumerated(EnumType.STRING)
  @Column(name = "self_harm", length = 8)
  private Answer selfHarm;

  @Column(name = "self_harm_screening")
  private Boolean selfHarmScreening;

  @Column(name = "assessment_notes", nullable = false, length = 4000)
  private String assessmentNotes;

  @Column(name = "assessed_by", length = 64)
  private String assessedBy;

  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "suggested_classification", length = 16)
  private Classification suggestedClassification;

  @Enumerated(EnumType.STRING)
  @Column(name = "suggested_level", length = 8)
  private LevelOfConcern suggestedLevel;

  @Column(name = "suggestion_rationale", length = 1000)
  private String suggestionRationale;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Classification classification;

  @Enumerated(EnumType.STRING)
  @Column(name = "level_of_concern", length = 8)
  private LevelOfConcern levelOfConcern;

  @Column(nullable = false)
  private boolean overridden;

  @Column(name = "override_reason", length = 2000)
  private String overrideReason;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ThreatClassification() {}

  ThreatClassification(Long threatCaseId, Answers answers, String notes, String by, Instant at) {
    this.threatCaseId = threatCaseId;
    assessed(answers, notes, by, at);
  }

  /**
   * A new assessment round's answers: the suggestion and decision of the round before are cleared (threat_round
   * keeps what they were, and a new decision below it needs the principal's sign-off).
   */
  void reassessed(Answers answers, String notes, String by, Instant at) {
    assessed(answers, notes, by, at);
    this.suggestedClassification = null;
    this.suggestedLevel = null;
    this.suggestionRationale = null;
    this.selfHarmScreening = null;
    this.classification = null;
    this.levelOfConcern = null;
    this.overridden = false;
    this.overrideReason = null;
    this.decisionNote = null;
    this.decidedBy = null;
    this.decidedAt = null;
  }

  private void assessed(Answers answers, String notes, String by, Instant at) {
    this.resolvedOnSpot = answers.resolvedOnSpot();
    this.violentThreat = answers.violentThreat();
    this.meansAccess = answers.meansAccess();
    this.hasPlan = answers.hasPlan();
    this.priorIncidents = answers.priorIncidents();
    this.weaponSeen = answers.weaponSeen();
    this.imminentDanger = answers.imminentDanger();
    this.selfHarm = answers.selfHarm();
    this.assessmentNotes = notes;
    this.assessedBy = by;
    this.assessedAt = at;
  }

  /** The team's answers to the CSTAG questions, the inputs of the decision table. */
  public record Answers(Answer resolvedOnSpot, Answer violentThreat, Answer meansAccess, Answer hasPlan,
      Answer priorIncidents, Answer weaponSeen, Answer imminentDanger, Answer selfHarm) {

    /** A weapon seen or imminent danger: the immediate response comes first. */
    public boolean immediateResponse() {
      return weaponSeen == Answer.YES || imminentDanger == Answer.YES;
    }
  }

  void suggested(Classification classification, LevelOfConcern level, String rationale, boolean selfHarmScreening) {
    this.suggestedClassification = classification;
    this.suggestedLevel = level;
    this.suggestionRationale = rationale;
    this.selfHarmScreening = selfHarmScreening;
  }

  /** Whether the team's choice is below the table's suggestion in classification or in level. */
  boolean lowers(Classification to, LevelOfConcern level) {
    return to.compareTo(suggestedClassification) < 0 || level.compareTo(suggestedLevel) < 0;
  }

  void decided(Classification classification, LevelOfConcern level, boolean overridden, String overrideReason,
      String note, String by, Instant at) {
    this.classification = classification;
    this.levelOfConcern = level;
    this.overridden = overridden;
    this.overrideReason = overrideReason;
    this.decisionNote = note;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public Answer getResolvedOnSpot() {
    return resolvedOnSpot;
  }

  public Answer getViolentThreat() {
    return violentThreat;
  }

  public Answer getMeansAccess() {
    return meansAccess;
  }

  public Answer getHasPlan() {
    return hasPlan;
  }

  public Answer getPriorIncidents() {
    return priorIncidents;
  }

  public Answer getWeaponSeen() {
    return weaponSeen;
  }

  public Answer getImminentDanger() {
    return imminentDanger;
  }

  public Answer getSelfHarm() {
    return selfHarm;
  }

  public boolean isSelfHarmScreening() {
    return Boolean.TRUE.equals(selfHarmScreening);
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public String getAssessmentNotes() {
    return assessmentNotes;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public Classification getSuggestedClassification() {
    return suggestedClassification;
  }

  public LevelOfConcern getSuggestedLevel() {
    return suggestedLevel;
  }

  public String getSuggestionRationale() {
    return suggestionRationale;
  }

  public Classification getClassification() {
    return classification;
  }

  public LevelOfConcern getLevelOfConcern() {
    return levelOfConcern;
  }

  public boolean isOverridden() {
    return overridden;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
