package com.sroworkflow.threat;

import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.SubmittedValues;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Protecting the people a threat is aimed at, and the SRO's part in it: the response to imminent
 * danger, who is told (the principal and the district designee at once, the parents of the intended
 * victim and of the student), the SRO's decision on law-enforcement action and police report, and
 * the law-enforcement consultation of a safety evaluation. The SRO is not the school disciplinarian
 * (seed 003 III.A.2.n): discipline is the school's, and the principal records the school's measures.
 */
@Service("protectiveActions")
public class ProtectiveActions {

  /** What an SRO may have done at once in response to imminent danger. */
  enum ImmediateMeasure {
    STUDENT_SECURED, TARGETS_PROTECTED, WEAPON_SECURED, BACKUP_CALLED, AREA_SECURED
  }

  /** Who the intended victim is, for whom the team tells. */
  enum Victim {
    /** A student: their parents are told. */
    STUDENT,
    /** A staff member: they and their supervisor are told. */
    STAFF,
    /** No identifiable person (a threat against the school as a whole): the team says why. */
    NONE
  }

  /** Who was told, when and how, as a form submits it; any part may be missing and is then refused. */
  record Told(String whom, LocalDateTime at, ThreatNotice.Method how) {}

  private final ThreatCases cases;
  private final CurrentUser user;
  private final ThreatNoticeRepository notices;
  private final SelfHarmScreeningRepository selfHarmScreenings;
  private final SroResponseRepository responses;
  private final ThreatNotifications notifications;
  private final People people;
  private final Schools schools;
  private final SchoolCalendar calendar;

  public ProtectiveActions(ThreatCases cases, ThreatNoticeRepository notices, SroResponseRepository responses,
      ThreatNotifications notifications, People people, Schools schools,
      SchoolCalendar calendar, SelfHarmScreeningRepository selfHarmScreenings, CurrentUser user) {
    this.selfHarmScreenings = selfHarmScreenings;
    this.cases = cases;
    this.user = user;
    this.notices = notices;
    this.responses = responses;
    this.notifications = notifications;
    this.people = people;
    this.schools = schools;
    this.calendar = calendar;
  }

  /**
   * The tasks of the protective actions (ids in bpmn/threat-assessment.bpmn), for the reminder that
   * runs once for each of them when they are overdue.
   */
  public List<String> reminderTasks() {
    return List.of("NotifyVictimParents", "NotifyStudentParents", "AcknowledgeThreat", "DecideLawEnforcementAction");
  }

  /** Imminent danger: the principal and the district designee are told at once, by mail. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void alertImminentDanger(Long caseId, String processInstanceId) {
    ThreatCase c = cases.require(caseId);
    for (String principal : notifications.principals(c)) {
      notifications.imminentDangerToPrincipal(c, principal, processInstanceId);
      told(c, ThreatNotice.Kind.PRINCIPAL, principal, "Imminent danger reported");
    }
    for (String designee : notifications.designees(c)) {
      notifications.imminentDangerToDesignee(c, designee, processInstanceId);
      told(c, ThreatNotice.Kind.DISTRICT_DESIGNEE, designee, "Imminent danger reported");
    }
  }

  /** The SROs of the school get the response task and a mail with its link. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void callSros(Long caseId, String taskId, String processInstanceId) {
    ThreatCase c = cases.require(caseId);
    notifications.respondNow(c, taskId, processInstanceId);
    for (String sro : notifications.sros(c)) {
      told(c, ThreatNotice.Kind.SRO, sro, "Asked to respond to imminent danger");
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public SroResponse recordImminentResponse(Long caseId, List<String> measures, String summary) {
    cases.require(caseId);
    for (String m : measures) {
      SubmittedValues.choice("responseMeasures", m, ImmediateMeasure.class);
    }
    return responses.save(SroResponse.imminentResponse(caseId, measures.isEmpty() ? null : String.join(",", measures),
        summary, user.id().orElse(null), ThreatCases.now()));
  }

  /** A substantive threat of violence: the district designee (for the superintendent) is told at once. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void tellDesignees(Long caseId, String processInstanceId) {
    ThreatCase c = cases.require(caseId);
    for (String designee : notifications.designees(c)) {
      notifications.substantiveThreatToDesignee(c, designee, processInstanceId);
      told(c, ThreatNotice.Kind.DISTRICT_DESIGNEE, designee, c.getClassification().label() + " threat");
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void askPrincipalsToAcknowledge(Long caseId, String taskId, String processInstanceId) {
    ThreatCase c = cases.require(caseId);
    for (String principal : notifications.principals(c)) {
      notifications.substantiveThreatToPrincipal(c, principal, taskId, processInstanceId);
    }
  }

  private void told(ThreatCase c, ThreatNotice.Kind kind, String username, String note) {
    Instant now = ThreatCases.now();
    notices.save(new ThreatNotice(c.getId(), kind, people.displayName(username), now, ThreatNotice.Method.SYSTEM,
        note, user.id().orElse(null), now));
  }

  /**
   * A protective action: who was told, when and how. For the intended victim's parents the team may
   * say instead why there is no one to tell (a threat against no identifiable person).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatNotice recordNotice(Long caseId, ThreatNotice.Kind kind, String toldWhom, LocalDateTime toldAt,
      ThreatNotice.Method method, String note, boolean noOneToTell) {
    cases.require(caseId);
    String by = user.id().orElse(null);
    if (noOneToTell) {
      if (note == null) {
        throw InvalidInputException.of("noticeNote", "threat.noticeNote.say-why-intended-victim");
      }
      return notices.save(new ThreatNotice(caseId, kind, null, null, ThreatNotice.Method.NOT_APPLICABLE, note, by,
          ThreatCases.now()));
    }
    return told(caseId, kind, new Told(toldWhom, toldAt, method), "toldWhom", "toldAt", "toldHow", note);
  }

  /** A notice given by a person, checked: who, when (not in the future) and how; recorded with who recorded it. */
  private ThreatNotice told(Long caseId, ThreatNotice.Kind kind, Told told, String whomField, String atField,
      String howField, String note) {
    if (told.whom() == null) {
      throw InvalidInputException.of(whomField, "threat.say-who-told");
    }
    if (told.at() == null) {
      throw InvalidInputException.of(atField, "threat.say-when-they-were");
    }
    ThreatNotice.Method method = told.how();
    if (method == null || method == ThreatNotice.Method.SYSTEM || method == ThreatNotice.Method.NOT_APPLICABLE) {
      throw InvalidInputException.of(howField, "threat.say-how-they-were");
    }
    Instant at = told.at().atZone(calendar.zone()).toInstant();
    if (at.isAfter(ThreatCases.now())) {
      throw InvalidInputException.of(atField, "threat.time-they-were-told");
    }
    return notices.save(new ThreatNotice(caseId, kind, told.whom(), at, method, note,
        user.id().orElse(null), ThreatCases.now()));
  }

  /**
   * The intended victim told (issue 15 item 8): a student victim's parents, or a staff member who was
   * threatened and their supervisor; or, when there is no identifiable person, why not.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<ThreatNotice> recordVictimNotice(Long caseId, Victim victim, Told told, Told supervisorTold,
      String note) {
    cases.require(caseId);
    if (victim == null) {
      throw InvalidInputException.of("victimKind", "threat.victimKind.say-who-intended-victim");
    }
    return switch (victim) {
      case NONE -> List.of(recordNotice(caseId, ThreatNotice.Kind.VICTIM_PARENTS, null, null, null, note, true));
      case STUDENT -> List.of(told(caseId, ThreatNotice.Kind.VICTIM_PARENTS, told, "toldWhom", "toldAt", "toldHow",
          note));
      case STAFF -> List.of(
          told(caseId, ThreatNotice.Kind.VICTIM_STAFF, told, "toldWhom", "toldAt", "toldHow", note),
          told(caseId, ThreatNotice.Kind.VICTIM_SUPERVISOR, supervisorTold, "supervisorToldWhom", "supervisorToldAt",
              "supervisorToldHow", note));
    };
  }

  /**
   * The suicide and self-harm risk screening by the school's mental-health staff (issue 15 item 4),
   * with the parents' notice; the threat to others goes on in the case on its own.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public SelfHarmScreening recordSelfHarmScreening(Long caseId, SelfHarmScreening.Risk risk, String actions,
      String parentsWhom, LocalDateTime parentsAt, ThreatNotice.Method parentsHow) {
    cases.require(caseId);
    if (risk == null) {
      throw InvalidInputException.of("selfHarmRisk", "threat.selfHarmRisk.record-risk-screening-found");
    }
    if (actions == null) {
      throw InvalidInputException.of("selfHarmActions", "threat.selfHarmActions.say-what-done-keep");
    }
    told(caseId, ThreatNotice.Kind.SELF_HARM_PARENTS, new Told(parentsWhom, parentsAt, parentsHow),
        "parentsToldWhom", "parentsToldAt", "parentsToldHow", "Self-harm screening: " + risk.label());
    return selfHarmScreenings.save(new SelfHarmScreening(caseId, risk, actions, user.id().orElse(null),
        ThreatCases.now()));
  }

  /** A very serious threat lowered with the second signature: the district designee is told. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void tellDesigneesOfLowering(Long caseId, ThreatSignOff s, String processInstanceId) {
    ThreatCase c = cases.require(caseId);
    for (String designee : notifications.designees(c)) {
      notifications.loweredToDesignee(c, s, designee, processInstanceId);
      told(c, ThreatNotice.Kind.DISTRICT_DESIGNEE, designee, "Very serious classification lowered to "
          + s.getToClassification().label().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /**
   * The principal acknowledges the substantive threat they were mailed about, and records the measures
   * the school takes (discipline is the school's, not the SRO's).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatNotice acknowledgeAsPrincipal(Long caseId, Date toldAt, String schoolMeasures, String comment) {
    ThreatCase c = cases.require(caseId);
    String principal = user.id().orElse(null);
    if (principal != null && !people.membersAtSchool(Roles.PRINCIPAL, c.getSchoolCode()).contains(principal)) {
      throw InvalidInputException.of(null, "threat.principal-acknowledge-threat-case", schools.name(c.getSchoolCode()));
    }
    c.schoolMeasures(schoolMeasures);
    return notices.save(new ThreatNotice(caseId, ThreatNotice.Kind.PRINCIPAL,
        principal == null ? null : people.displayName(principal), toldAt.toInstant(), ThreatNotice.Method.SYSTEM,
        comment == null ? "Acknowledged" : "Acknowledged: " + comment, principal, ThreatCases.now()));
  }

  /**
   * The SRO's decision on law-enforcement action. A crime gets a police report (seed 001: "originate
   * police reports on any incident of a police nature"); what the team learns is the summary.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public SroResponse decideLawEnforcementAction(Long caseId, SroResponse.CrimeFinding crime,
      SroResponse.Decision decision, String summary) {
    cases.require(caseId);
    if (crime == SroResponse.CrimeFinding.YES && decision != SroResponse.Decision.POLICE_REPORT) {
      throw InvalidInputException.of("lawEnforcementAction", "threat.lawEnforcementAction.crime-occurred-sro-files");
    }
    return responses.save(SroResponse.decision(caseId, crime, decision, summary, user.id().orElse(null),
        ThreatCases.now()));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public SroResponse recordConsultation(Long caseId, String consultedWith, String summary) {
    cases.require(caseId);
    return responses.save(SroResponse.consultation(caseId, consultedWith, summary, user.id().orElse(null),
        ThreatCases.now()));
  }
}
