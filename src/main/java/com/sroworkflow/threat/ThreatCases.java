package com.sroworkflow.threat;

import com.sroworkflow.system.EngineClock;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a threat case from report to closing (CSTAG, Florida's levels of concern, NTAC):
 * what a report must say, who screens it, how the team classifies it and may override the decision
 * table, how a case closes, and how a closed case is re-marked. The processes call these from their
 * steps, inside the step's transaction: a refused value rolls the whole step back.
 *
 * <h2>Starting a case</h2>
 * From Tasklist's start form or through REST ({@code POST /engine-rest/process-definition/key/threatAssessment/start}),
 * by a member of the school's threat team, a principal or an SRO acting for that school. Start variables:
 * {@code schoolCode}, {@code studentName}, {@code studentGrade} ({@code K}, {@code 1} … {@code 12}),
 * optional {@code districtStudentId}, {@code threatTargets}, {@code threatBehaviour}, {@code incidentDate}
 * (yyyy-mm-dd, not in the future), optional {@code incidentTime} (hh:mm), {@code incidentLocation},
 * {@code weapon} ({@code NONE}, {@code MENTIONED}, {@code SEEN}) with {@code weaponDetails} unless none,
 * {@code imminentDanger} ({@code YES}, {@code NO}), {@code reportSource} (see {@link ThreatCase.ReportSource}),
 * optional {@code sourceName}, optional {@code reportAnonymously} (Boolean).
 */
@Service("threatCases")
public class ThreatCases {

  private final ThreatCaseRepository cases;
  private final ThreatScreeningRepository screenings;
  private final ThreatClassificationRepository classifications;
  private final ThreatCaseRemarkRepository remarks;
  private final Schools schools;
  private final People people;
  private final ThreatStaff staff;
  private final SchoolCalendar calendar;
  private final IdentityService identity;

  public ThreatCases(ThreatCaseRepository cases, ThreatScreeningRepository screenings,
      ThreatClassificationRepository classifications, ThreatCaseRemarkRepository remarks, Schools schools,
      People people, ThreatStaff staff, SchoolCalendar calendar, IdentityService identity) {
    this.cases = cases;
    this.screenings = screenings;
    this.classifications = classifications;
    this.remarks = remarks;
    this.schools = schools;
    this.people = people;
    this.staff = staff;
    this.calendar = calendar;
    this.identity = identity;
  }

  /**
   * Registers a report after checking what no form can: the school, an incident that has already
   * happened, and what weapon was mentioned or seen. An anonymous report keeps no reporter.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatCase report(NewThreatReport r, String processInstanceId) {
    schools.require("schoolCode", r.schoolCode());
    if (r.incidentDate().isAfter(calendar.today())) {
      throw new InvalidInputException("incidentDate", "The incident date cannot be in the future.");
    }
    if (r.incidentDate().equals(calendar.today()) && r.incidentTime() != null
        && r.incidentTime().isAfter(LocalTime.from(now().atZone(calendar.zone())))) {
      throw new InvalidInputException("incidentTime", "The incident time cannot be in the future.");
    }
    if (r.anonymous() && r.sourceName() != null) {
      // Refused rather than dropped: once submitted, a name would stay in the case's history.
      throw new InvalidInputException("sourceName", "An anonymous report names no one: leave the source's name out.");
    }
    if (r.weapon() != ThreatCase.Weapon.NONE && r.weaponDetails() == null) {
      throw new InvalidInputException("weaponDetails", "Say what weapon was mentioned or seen.");
    }
    ThreatCase c = cases.save(new ThreatCase(r, currentUser().orElse(null), now()));
    c.startedBy(processInstanceId);
    return c;
  }

  /**
   * Screening: the school's administrator with the SRO or a mental-health professional decides
   * whether the report is a threat. A dismissal keeps its reason on record.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatScreening screen(Long caseId, ThreatScreening.Decision decision, String reason,
      List<String> participants) {
    ThreatCase c = require(caseId);
    if (decision == ThreatScreening.Decision.NOT_A_THREAT && reason == null) {
      throw new InvalidInputException("screeningReason", "Say why this is not a threat; the reason is kept on record.");
    }
    String screener = currentUser().orElse(null);
    Set<String> who = new LinkedHashSet<>(participants);
    if (screener != null) {
      who.add(screener);
    }
    List<String> team = staff.team(c.getSchoolCode());
    for (String person : who) {
      if (!team.contains(person)) {
        throw new InvalidInputException("screenedWith", people.displayName(person)
            + " is not on the threat assessment team of " + schools.name(c.getSchoolCode()) + ".");
      }
    }
    List<String> principals = people.membersAtSchool(Roles.PRINCIPAL, c.getSchoolCode());
    boolean administrator = who.stream().anyMatch(principals::contains);
    boolean colleague = who.stream().anyMatch(p -> !principals.contains(p));
    if (!administrator || !colleague) {
      throw new InvalidInputException("screenedWith", "A report is screened by the school administrator together"
          + " with the SRO or a mental-health professional: say who screened it.");
    }
    ThreatScreening s = screening(caseId);
    s.screened(decision, reason, String.join(",", who), screener, now());
    return s;
  }

  /** Screening was not done the same school day: the principal is asked to see that it happens. */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatCase escalateScreening(Long caseId) {
    screening(caseId).escalated(now());
    return require(caseId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void followUpScreening(Long caseId, String note) {
    screening(caseId).followedUp(note, currentUser().orElse(null));
  }

  private ThreatScreening screening(Long caseId) {
    return screenings.findByThreatCaseId(caseId).orElseGet(() -> screenings.save(new ThreatScreening(caseId)));
  }

  /** The team's answers to the CSTAG questions, from which the decision table suggests a classification. */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatClassification assess(Long caseId, ThreatClassification.Answer resolvedOnSpot,
      ThreatClassification.Answer violentThreat, ThreatClassification.Answer meansAccess,
      ThreatClassification.Answer hasPlan, ThreatClassification.Answer priorIncidents, String notes) {
    require(caseId);
    return classifications.save(new ThreatClassification(caseId, resolvedOnSpot, violentThreat, meansAccess, hasPlan,
        priorIncidents, notes, currentUser().orElse(null), now()));
  }

  /** Keeps the decision table's suggestion with its rationale (outputs of threatClassification). */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatClassification suggest(Long caseId, Map<String, Object> suggestion) {
    ThreatClassification c = classification(caseId);
    c.suggested(Classification.valueOf((String) suggestion.get("classification")),
        LevelOfConcern.valueOf((String) suggestion.get("levelOfConcern")), (String) suggestion.get("rationale"));
    return c;
  }

  /**
   * The team's classification: the table's suggestion, or an override with a written reason. The
   * table leans to substantive when in doubt; a team that decides otherwise says why.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatClassification decide(Long caseId, boolean override, Classification classification,
      LevelOfConcern level, String overrideReason, String note) {
    ThreatClassification c = classification(caseId);
    if (override) {
      if (classification == null) {
        throw new InvalidInputException("overrideClassification", "Choose the classification the team decided on.");
      }
      if (level == null) {
        throw new InvalidInputException("overrideLevel", "Choose the level of concern the team decided on.");
      }
      if (classification == c.getSuggestedClassification() && level == c.getSuggestedLevel()) {
        throw new InvalidInputException("overrideClassification",
            "That is the table's suggestion: accept it, or choose a different classification or level.");
      }
      if (overrideReason == null) {
        throw new InvalidInputException("overrideReason", "Give the reason for overriding the table's suggestion.");
      }
      c.decided(classification, level, true, overrideReason, note, currentUser().orElse(null), now());
    } else {
      c.decided(c.getSuggestedClassification(), c.getSuggestedLevel(), false, null, note, currentUser().orElse(null),
          now());
    }
    require(caseId).classified(c.getClassification(), c.getLevelOfConcern());
    return c;
  }

  public ThreatClassification classification(Long caseId) {
    return classifications.findByThreatCaseId(caseId)
        .orElseThrow(() -> new IllegalStateException("threat case " + caseId + " has not been assessed"));
  }

  /**
   * Closes the case with its outcome. The record is kept as long as the case's history:
   * {@code retention} after closing, then {@link ThreatRetention} removes it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatCase close(Long caseId, CaseOutcome outcome, String summary, Duration retention) {
    ThreatCase c = require(caseId);
    Instant now = now();
    c.closed(outcome, summary, currentUser().orElse(null), now, now.plus(retention));
    return c;
  }

  /** The closed case a review is asked for, at the school the review is started for. */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatCase findClosed(String schoolCode, Long caseNumber) {
    Optional<ThreatCase> found = caseNumber == null ? Optional.empty() : cases.findById(caseNumber);
    return found.filter(c -> c.getSchoolCode().equals(schoolCode) && c.isClosed())
        .orElseThrow(() -> new InvalidInputException("caseNumber", "There is no closed threat case " + caseNumber
            + " at " + schools.name(schoolCode) + "."));
  }

  /** Re-marks a closed case, attributed and with its reason; the case keeps its original classification. */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatCaseRemark remark(Long caseId, Marking to, String reason, String reviewReason,
      String processInstanceId) {
    ThreatCase c = require(caseId);
    if (!c.isClosed()) {
      throw new IllegalStateException("threat case " + caseId + " is not closed");
    }
    if (to == null) {
      throw new InvalidInputException("newMarking", "Choose the new marking.");
    }
    if (to == c.getMarking()) {
      throw new InvalidInputException("newMarking", "The case is marked " + to.label() + " already.");
    }
    if (reason == null) {
      throw new InvalidInputException("remarkReason", "Give the reason for the new marking.");
    }
    ThreatCaseRemark remark = remarks.save(new ThreatCaseRemark(caseId, processInstanceId, c.getMarking(), to,
        reviewReason, reason, currentUser().orElse(null), now()));
    c.remarked(to);
    return remark;
  }

  public ThreatCase find(Long caseId) {
    return require(caseId);
  }

  ThreatCase require(Long caseId) {
    return cases.findById(caseId)
        .orElseThrow(() -> new IllegalStateException("threat case " + caseId + " does not exist"));
  }

  Optional<String> currentUser() {
    Authentication current = identity.getCurrentAuthentication();
    return Optional.ofNullable(current == null ? null : current.getUserId());
  }

  /** The engine's clock, as the case's deadlines use it. */
  static Instant now() {
    return EngineClock.now();
  }
}
