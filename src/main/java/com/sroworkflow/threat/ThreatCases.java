package com.sroworkflow.threat;

import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Collection;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * by any staff member of the school (groups staff, mentalHealth, threatTeam, principal, sro) acting for
 * that school, or by the tip page as a system action (no authenticated user; {@code reportSource} TIP).
 * Required start variables: {@code schoolCode}, {@code threatBehaviour} (what was said or done),
 * {@code incidentDate} (yyyy-mm-dd, not in the future). Optional: {@code incidentTime} (hh:mm),
 * {@code incidentLocation}, {@code studentName}, {@code studentGrade} ({@code K}, {@code 1} … {@code 12};
 * kept only with a name), {@code districtStudentId}, {@code threatTargets}, {@code weapon} ({@code NONE},
 * {@code MENTIONED}, {@code SEEN}; absent: not known) with {@code weaponDetails} when mentioned or seen,
 * {@code imminentDanger} ({@code YES}, {@code NO}), {@code reportSource} (see {@link ThreatCase.ReportSource};
 * absent: STAFF for a signed-in reporter), {@code sourceName}, {@code reportAnonymously} (Boolean), and
 * {@code tipId} (Long) exactly when {@code reportSource} is TIP. Without a student name, screening starts by
 * identifying the student.
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
  private final CurrentUser user;
  private final ThreatSignOffRepository signOffs;
  private final ThreatRoundRepository rounds;

  public ThreatCases(ThreatCaseRepository cases, ThreatScreeningRepository screenings,
      ThreatClassificationRepository classifications, ThreatCaseRemarkRepository remarks, Schools schools,
      People people, ThreatStaff staff, SchoolCalendar calendar, CurrentUser user,
      ThreatSignOffRepository signOffs, ThreatRoundRepository rounds) {
    this.signOffs = signOffs;
    this.rounds = rounds;
    this.cases = cases;
    this.screenings = screenings;
    this.classifications = classifications;
    this.remarks = remarks;
    this.schools = schools;
    this.people = people;
    this.staff = staff;
    this.calendar = calendar;
    this.user = user;
  }

  /**
   * Registers a report after checking what no form can: the school, an incident that has already
   * happened, and what weapon was mentioned or seen. An anonymous report keeps no reporter.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatCase report(NewThreatReport r, String processInstanceId) {
    schools.require("schoolCode", r.schoolCode());
    if (r.behaviour() == null) {
      throw InvalidInputException.of("threatBehaviour", "threat.threatBehaviour.say-what-said-done");
    }
    if (r.incidentDate() == null) {
      throw InvalidInputException.of("incidentDate", "threat.incidentDate.say-when-happened-yyyy");
    }
    if (r.reportSource() == ThreatCase.ReportSource.TIP && user.id().isPresent()) {
      // The start form lists the tip page's source so that its starts pass the form's checks; a person never uses it.
      throw InvalidInputException.of("reportSource", "threat.reportSource.tip-page-itself-reports");
    }
    if ((r.reportSource() == ThreatCase.ReportSource.TIP) != (r.tipId() != null)) {
      throw InvalidInputException.of("tipId", "threat.tipId.report-tip-page-names");
    }
    if (r.incidentDate().isAfter(calendar.today())) {
      throw InvalidInputException.of("incidentDate", "threat.incidentDate.incident-date-future");
    }
    if (r.incidentDate().equals(calendar.today()) && r.incidentTime() != null
        && r.incidentTime().isAfter(LocalTime.from(now().atZone(calendar.zone())))) {
      throw InvalidInputException.of("incidentTime", "threat.incidentTime.incident-time-future");
    }
    if (r.anonymous() && r.sourceName() != null) {
      // Refused rather than dropped: once submitted, a name would stay in the case's history.
      throw InvalidInputException.of("sourceName", "threat.sourceName.anonymous-report-names-one");
    }
    if ((r.weapon() == ThreatCase.Weapon.MENTIONED || r.weapon() == ThreatCase.Weapon.SEEN)
        && r.weaponDetails() == null) {
      throw InvalidInputException.of("weaponDetails", "threat.weaponDetails.say-what-weapon-mentioned");
    }
    ThreatCase.ReportSource source = r.reportSource() != null ? r.reportSource()
        : user.id().isPresent() ? ThreatCase.ReportSource.STAFF : ThreatCase.ReportSource.OTHER;
    NewThreatReport complete = new NewThreatReport(r.schoolCode(), r.studentName(),
        r.studentName() == null ? null : r.studentGrade(), r.districtStudentId(), r.targets(), r.behaviour(),
        r.incidentDate(), r.incidentTime(), r.incidentLocation(),
        r.weapon() == null ? ThreatCase.Weapon.UNKNOWN : r.weapon(), r.weaponDetails(), r.imminentDanger(), source,
        r.sourceName(), r.anonymous(), r.tipId());
    ThreatCase c = cases.save(new ThreatCase(complete, user.id().orElse(null), now()));
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
      throw InvalidInputException.of("screeningReason", "threat.screeningReason.say-why-threat-reason");
    }
    String screener = user.id().orElse(null);
    Set<String> who = new LinkedHashSet<>(participants);
    if (screener != null) {
      who.add(screener);
    }
    List<String> team = staff.team(c.getSchoolCode());
    for (String person : who) {
      if (!team.contains(person)) {
        throw InvalidInputException.of("screenedWith", "threat.screenedWith.threat-assessment-team", people.displayName(person), schools.name(c.getSchoolCode()));
      }
    }
    List<String> principals = people.membersAtSchool(Roles.PRINCIPAL, c.getSchoolCode());
    boolean administrator = who.stream().anyMatch(principals::contains);
    boolean colleague = who.stream().anyMatch(p -> !principals.contains(p));
    if (!administrator || !colleague) {
      throw InvalidInputException.of("screenedWith", "threat.screenedWith.report-screened-school-administrator");
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
    screening(caseId).followedUp(note, user.id().orElse(null));
  }

  private ThreatScreening screening(Long caseId) {
    return screenings.findByThreatCaseId(caseId).orElseGet(() -> screenings.save(new ThreatScreening(caseId)));
  }

  /** The team's answers to the CSTAG questions, from which the decision table suggests a classification. */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatClassification assess(Long caseId, ThreatClassification.Answers answers, String notes) {
    require(caseId);
    Optional<ThreatClassification> earlier = classifications.findByThreatCaseId(caseId);
    if (earlier.isPresent()) {
      // A new assessment round (ThreatRounds): the round before is kept in threat_round.
      earlier.get().reassessed(answers, notes, user.id().orElse(null), now());
      return earlier.get();
    }
    return classifications.save(new ThreatClassification(caseId, answers, notes, user.id().orElse(null), now()));
  }

  /**
   * The student of a report that did not name them, identified by the team before screening. The
   * reporter's identity stays out of this step: only the student is recorded.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatCase identifyStudent(Long caseId, String name, String grade, String districtStudentId) {
    ThreatCase c = require(caseId);
    if (name == null) {
      throw InvalidInputException.of("studentName", "threat.studentName.give-student-s-full");
    }
    // The form's choices (K, 1 … 12) are checked by system.FormValidationPlugin before this step runs.
    if (grade == null) {
      throw InvalidInputException.of("studentGrade", "threat.studentGrade.choose-student-s-grade");
    }
    c.identified(name, grade, districtStudentId, user.id().orElse(null), now());
    return c;
  }

  /** Keeps the decision table's suggestion with its rationale (outputs of threatClassification). */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatClassification suggest(Long caseId, Map<String, Object> suggestion) {
    ThreatClassification c = classification(caseId);
    c.suggested(Classification.valueOf((String) suggestion.get("classification")),
        LevelOfConcern.valueOf((String) suggestion.get("levelOfConcern")), (String) suggestion.get("rationale"),
        Boolean.TRUE.equals(suggestion.get("selfHarmScreening")));
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
    Optional<ThreatRound> floor = floor(caseId);
    if (override) {
      if (classification == null) {
        throw InvalidInputException.of("overrideClassification", "threat.overrideClassification.choose-classification-team-decided");
      }
      if (level == null) {
        throw InvalidInputException.of("overrideLevel", "threat.overrideLevel.choose-level-concern-team");
      }
      if (classification == c.getSuggestedClassification() && level == c.getSuggestedLevel()) {
        throw InvalidInputException.of("overrideClassification", "threat.overrideClassification.table-s-suggestion-accept");
      }
      if (overrideReason == null) {
        throw InvalidInputException.of("overrideReason", "threat.overrideReason.give-reason-overriding-table");
      }
      if (c.lowers(classification, level) || belowFloor(floor, classification, level)) {
        // Lowering takes a second signature before it takes effect: until then nothing is decided.
        signOffs.save(new ThreatSignOff(caseId, higher(c.getSuggestedClassification(), floor.map(ThreatRound::getFloorClassification)),
            higher(c.getSuggestedLevel(), floor.map(ThreatRound::getFloorLevel)), classification,
            level, overrideReason, note, user.id().orElse(null), now()));
        return c;
      }
      c.decided(classification, level, true, overrideReason, note, user.id().orElse(null), now());
    } else if (belowFloor(floor, c.getSuggestedClassification(), c.getSuggestedLevel())) {
      // A new round never quietly lowers the case: the table's lower suggestion takes the same second signature.
      signOffs.save(new ThreatSignOff(caseId, floor.get().getFloorClassification(), floor.get().getFloorLevel(),
          c.getSuggestedClassification(), c.getSuggestedLevel(), "The decision table suggests less than the case was"
          + " classified before this assessment round.", note, user.id().orElse(null), now()));
      return c;
    } else {
      c.decided(c.getSuggestedClassification(), c.getSuggestedLevel(), false, null, note, user.id().orElse(null),
          now());
    }
    require(caseId).classified(c.getClassification(), c.getLevelOfConcern());
    return c;
  }

  /** The lowering of the classification that waits for its second signature, if there is one. */
  public Optional<ThreatSignOff> openSignOff(Long caseId) {
    return signOffs.findByThreatCaseIdOrderByIdAsc(caseId).stream().filter(ThreatSignOff::isOpen).findFirst();
  }

  /**
   * The second signature on a lowered classification, by a principal of the school or a district
   * designee for it, never by the person who proposed it. Signed off, the lowered classification
   * takes effect as the team's override; refused, the table's suggestion stands. Either way the
   * signer's note is kept.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatSignOff signOff(Long caseId, ThreatSignOff.Decision decision, String note) {
    ThreatCase k = require(caseId);
    ThreatSignOff s = openSignOff(caseId)
        .orElseThrow(() -> new IllegalStateException("threat case " + caseId + " has no lowering to sign off"));
    String signer = user.id().orElse(null);
    if (signer != null && !people.membersAtSchool(Roles.PRINCIPAL, k.getSchoolCode()).contains(signer)
        && !people.membersAtSchool(Roles.DISTRICT_ADMIN, k.getSchoolCode()).contains(signer)) {
      throw InvalidInputException.of(null, "threat.principal-district-designee-signs", schools.name(k.getSchoolCode()));
    }
    if (signer != null && signer.equals(s.getRequestedBy())) {
      throw InvalidInputException.of(null, "threat.second-person-signs-off");
    }
    if (decision == null) {
      throw InvalidInputException.of("signOffDecision", "threat.signOffDecision.sign-off-lowering-refuse");
    }
    if (note == null) {
      throw InvalidInputException.of("signOffNote", "threat.signOffNote.say-why-sign-off");
    }
    s.signed(decision, note, signer, now());
    ThreatClassification c = classification(caseId);
    if (decision == ThreatSignOff.Decision.APPROVED) {
      c.decided(s.getToClassification(), s.getToLevel(), true, s.getReason(), s.getDecisionNote(), s.getRequestedBy(),
          now());
    } else {
      // Refused: the table's suggestion stands, and never below what the case was classified before this round.
      Optional<ThreatRound> floor = floor(caseId);
      c.decided(higher(c.getSuggestedClassification(), floor.map(ThreatRound::getFloorClassification)),
          higher(c.getSuggestedLevel(), floor.map(ThreatRound::getFloorLevel)), false, null,
          "Lowering to " + s.getToClassification().label() + " refused: " + note, signer, now());
    }
    k.classified(c.getClassification(), c.getLevelOfConcern());
    return s;
  }

  public List<ThreatSignOff> signOffs(Long caseId) {
    return signOffs.findByThreatCaseIdOrderByIdAsc(caseId);
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
    c.closed(outcome, summary, user.id().orElse(null), now, now.plus(retention));
    return c;
  }

  /** The closed case a review is asked for, at the school the review is started for. */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatCase findClosed(String schoolCode, Long caseNumber) {
    Optional<ThreatCase> found = caseNumber == null ? Optional.empty() : cases.findById(caseNumber);
    return found.filter(c -> c.getSchoolCode().equals(schoolCode) && c.isClosed())
        .orElseThrow(() -> InvalidInputException.of("caseNumber", "threat.caseNumber.closed-threat-case", caseNumber, schools.name(schoolCode)));
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
      throw InvalidInputException.of("newMarking", "threat.newMarking.choose-new-marking");
    }
    if (to == c.getMarking()) {
      throw InvalidInputException.of("newMarking", "threat.newMarking.case-marked-already", to.label());
    }
    if (reason == null) {
      throw InvalidInputException.of("remarkReason", "threat.remarkReason.give-reason-new-marking");
    }
    ThreatCaseRemark remark = remarks.save(new ThreatCaseRemark(caseId, processInstanceId, c.getMarking(), to,
        reviewReason, reason, user.id().orElse(null), now()));
    c.remarked(to);
    return remark;
  }

  /** Called only by the models of cases running on an older version (see SafetyPlans.referralRequest). */
  public ThreatCase find(Long caseId) {
    return require(caseId);
  }

  /** The SRO filed a police report for the case (policereport): the case notes only that and when. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void policeReportFiled(Long caseId, Instant at) {
    require(caseId).policeReportFiled(at);
  }

  /** The id of the threat case a process instance works, if it works one. */
  public Optional<Long> caseOf(String processInstanceId) {
    return cases.findByProcessInstanceId(processInstanceId).map(ThreatCase::getId);
  }

  /** The cases by id, for the records filed on them (a police report shows its case's student). */
  @Transactional(readOnly = true)
  public Map<Long, ThreatCase> byIds(Collection<Long> caseIds) {
    Map<Long, ThreatCase> found = new HashMap<>();
    cases.findAllById(caseIds).forEach(c -> found.put(c.getId(), c));
    return found;
  }

  /** The ids of a student's cases (by district student id) at these schools. */
  @Transactional(readOnly = true)
  public List<Long> idsOfStudent(String districtStudentId, Collection<String> schools) {
    return cases.findByDistrictStudentIdAndSchoolCodeIn(districtStudentId, schools).stream().map(ThreatCase::getId)
        .toList();
  }

  /** The latest round's floor: what the case was classified before the round, if it was. */
  private Optional<ThreatRound> floor(Long caseId) {
    return rounds.findByThreatCaseIdOrderByIdDesc(caseId).stream().findFirst()
        .filter(r -> r.getFloorClassification() != null && r.getFloorLevel() != null);
  }

  private static boolean belowFloor(Optional<ThreatRound> floor, Classification to, LevelOfConcern level) {
    return floor.isPresent() && (to.compareTo(floor.get().getFloorClassification()) < 0
        || level.compareTo(floor.get().getFloorLevel()) < 0);
  }

  private static <T extends Comparable<T>> T higher(T value, Optional<T> floor) {
    return floor.filter(f -> f.compareTo(value) > 0).orElse(value);
  }

  ThreatCase require(Long caseId) {
    return cases.findById(caseId)
        .orElseThrow(() -> new IllegalStateException("threat case " + caseId + " does not exist"));
  }


  /** The engine's clock, as the case's deadlines use it. */
  static Instant now() {
    return EngineClock.now();
  }
}
