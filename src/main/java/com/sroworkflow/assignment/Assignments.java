package com.sroworkflow.assignment;

import com.sroworkflow.identity.People;
import com.sroworkflow.mou.Mous;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.school.Staffing;
import com.sroworkflow.system.EnginePlugin;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.training.RefresherTraining;
import com.sroworkflow.training.TrainingCheck;
import com.sroworkflow.training.TrainingStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which SRO serves which school on which day, and the rule that links selection and training to
 * duty: an officer whose required training or certification has lapsed is not assigned to a school
 * (nor, through it, to the school's threat team). The refusal says why, and the officer's
 * supervisor gets a task to schedule the refresher. An assignment also makes the officer a member
 * of the school's tenant (so the school's cases reach them) and ending it takes that away.
 */
@Service("assignments")
@Transactional
public class Assignments {

  private final SroAssignmentRepository assignments;
  private final TrainingCheck trainingCheck;
  private final RefresherTraining refresher;
  private final Schools schools;
  private final Staffing staffing;
  private final People people;
  private final IdentityService identity;
  private final SchoolCalendar calendar;
  private final AssignmentSettings settings;
  private final ObjectProvider<EnginePlugin> engine;
  private final Mous mous;
  private final ObjectProvider<StandIns> standIns;

  Assignments(SroAssignmentRepository assignments, TrainingCheck trainingCheck, RefresherTraining refresher,
      Schools schools, Staffing staffing, People people, IdentityService identity, SchoolCalendar calendar,
      AssignmentSettings settings, ObjectProvider<EnginePlugin> engine, Mous mous, ObjectProvider<StandIns> standIns) {
    this.mous = mous;
    this.assignments = assignments;
    this.trainingCheck = trainingCheck;
    this.refresher = refresher;
    this.schools = schools;
    this.staffing = staffing;
    this.people = people;
    this.identity = identity;
    this.calendar = calendar;
    this.settings = settings;
    this.engine = engine;
    this.standIns = standIns;
  }

  /**
   * Changes the officer's roles and school memberships on the program's own authority: the Chief who
   * assigns (or the engine step that does) holds no administrator's rights over identities.
   */
  private void asProgram(Runnable change) {
    engine.getObject().runWithoutAuthorization(() -> {
      change.run();
      return null;
    });
  }

  /**
   * Assigns an officer to a school from today; refused, naming {@code field}, when the officer is
   * unknown, already serves the school, or their training has lapsed.
   */
  public SroAssignment assign(String officer, String schoolCode, SroAssignment.Kind kind, String by, String field) {
    String who = officer == null ? "" : officer.strip();
    if (!people.exists(who) || !(people.isMember(who, Roles.SRO) || people.isMember(who, Roles.OFFICER))) {
      throw InvalidInputException.of(field, "assignment.police-officer", abbreviate(who));
    }
    School school = schools.require("schoolCode", schoolCode);
    LocalDate today = calendar.today();
    if (activeAt(school.getCode(), today).stream().anyMatch(a -> a.getOfficerUsername().equals(who))) {
      throw InvalidInputException.of(field, "assignment.already-serves", people.displayName(who), school.getName());
    }
    // seed 003 II.C: a school gets an SRO only under a signed, current MOU
    mous.requireCurrent(school.getCode(), field);
    List<TrainingStatus> lapsed = trainingCheck.lapsedOn(who, today);
    if (!lapsed.isEmpty()) {
      refresher.request(who, lapsed);
      throw InvalidInputException.of(field, "assignment.assigned-task-schedule-refresher", people.displayName(who), school.getName(), lapsed.stream().map(s -> s.title() + " " + s.reason()).collect(Collectors.joining("; ")), people.displayName(refresher.supervisorOf(who)));
    }
    return record(who, school.getCode(), kind, today, by, true);
  }

  /**
   * The Chief's appointment at the end of a selection puts the SRO on duty: the assignment is recorded
   * without the training check, since the new SRO's initial training is planned with the appointment.
   * Selection has already made them a member of the schools (within the same engine command, whose
   * identity changes are written at its end, so they are not made again here).
   */
  public void appointed(String officer, Set<String> schoolCodes, String by) {
    LocalDate today = calendar.today();
    for (String code : schoolCodes) {
      mous.requireCurrent(code, "schools");
    }
    for (String code : schoolCodes) {
      if (activeAt(code, today).stream().noneMatch(a -> a.getOfficerUsername().equals(officer))) {
        record(officer, code, SroAssignment.Kind.ASSIGNED, today, by, false);
      }
    }
  }

  private SroAssignment record(String officer, String school, SroAssignment.Kind kind, LocalDate from, String by,
      boolean putOnDuty) {
    SroAssignment saved = assignments.save(new SroAssignment(officer, school, kind, from, by));
    if (putOnDuty) {
      asProgram(() -> staffing.assignSro(officer, List.of(school)));
    }
    if (kind == SroAssignment.Kind.ASSIGNED) {
      for (SroAssignment cover : activeAt(school, from)) {
        if (cover.getKind() == SroAssignment.Kind.COVER && !cover.getOfficerUsername().equals(officer)) {
          end(cover, by, "Replacement " + people.displayName(officer) + " on duty");
        }
      }
    }
    return saved;
  }

  /** Ends the officer's assignments at the school as of today; returns how many ended. */
  public int endAt(String officer, String schoolCode, String by, String reason) {
    List<SroAssignment> active = activeAt(schoolCode, calendar.today()).stream()
        .filter(a -> a.getOfficerUsername().equals(officer)).toList();
    active.forEach(a -> end(a, by, reason));
    return active.size();
  }

  public SroAssignment end(Long id, String by, String reason) {
    SroAssignment a = assignments.findById(id)
        .orElseThrow(() -> InvalidInputException.of("id", "assignment.id.assignment", id));
    if (!a.isActiveOn(calendar.today()) && !a.getStartsOn().isAfter(calendar.today())) {
      throw InvalidInputException.of("id", "assignment.id.assignment-already-ended", id);
    }
    end(a, by, reason);
    return a;
  }

  private void end(SroAssignment a, String by, String reason) {
    LocalDate today = calendar.today();
    LocalDate last = today.minusDays(1).isBefore(a.getStartsOn()) ? a.getStartsOn().minusDays(1) : today.minusDays(1);
    a.end(last, by, reason == null ? null : reason.length() > 400 ? reason.substring(0, 400) : reason,
        last.plus(settings.getAssignmentsKeptFor()).atStartOfDay().toInstant(ZoneOffset.UTC));
    assignments.flush();
    boolean stillServes = activeAt(a.getSchoolCode(), today).stream()
        .anyMatch(x -> x.getOfficerUsername().equals(a.getOfficerUsername()));
    if (!stillServes && identity.createUserQuery().userId(a.getOfficerUsername())
        .memberOfTenant(a.getSchoolCode()).count() > 0) {
      asProgram(() -> identity.deleteTenantUserMembership(a.getSchoolCode(), a.getOfficerUsername()));
    }
  }

  public List<SroAssignment> activeAt(String schoolCode, LocalDate day) {
    return assignments.findBySchoolCodeOrderByStartsOnAscIdAsc(schoolCode).stream()
        .filter(a -> a.isActiveOn(day)).toList();
  }

  /** The SROs serving the school today: the ones its SRO tasks go to. */
  public List<String> srosOf(String schoolCode) {
    return activeAt(schoolCode, calendar.today()).stream().map(SroAssignment::getOfficerUsername).distinct()
        .sorted().toList();
  }

  /**
   * Who does the school's SRO work today: its SROs, each replaced by whoever stands in for them while
   * they are away (an absence's cover). Never empty while the school has an SRO.
   */
  public List<String> onDuty(String schoolCode) {
    LocalDate today = calendar.today();
    Set<String> duty = new LinkedHashSet<>();
    for (String sro : srosOf(schoolCode)) {
      duty.add(standIn(sro, schoolCode, today));
    }
    return List.copyOf(duty);
  }

  /** Whether the officer does the school's SRO work today: serves it and is not away (their cover stands in). */
  public boolean onDutyAt(String officer, String schoolCode) {
    return onDuty(schoolCode).contains(officer);
  }

  /**
   * Who does the officer's SRO work at the school today, for a task a model assigns to them by name (a referral's
   * {@code ${referringUser}}): the officer, or while they are away their cover; when they have left the school (a
   * removal), their successor: the SRO who came on duty there since (the cover, later the replacement), or any
   * SRO on duty there, each replaced by their own cover while away; null when the school has no SRO on duty. An
   * officer who never served the school is not this routing's to change: returned as is.
   */
  public String dutyOf(String officer, String schoolCode) {
    LocalDate today = calendar.today();
    List<SroAssignment> ofSchool = ofSchool(schoolCode);
    List<SroAssignment> own = ofSchool.stream().filter(a -> a.getOfficerUsername().equals(officer)).toList();
    if (own.isEmpty()) {
      return officer;
    }
    if (own.stream().anyMatch(a -> a.isActiveOn(today))) {
      return standIn(officer, schoolCode, today);
    }
    LocalDate left = own.stream().map(SroAssignment::getEndsOn).filter(java.util.Objects::nonNull)
        .max(java.util.Comparator.naturalOrder()).orElse(today);
    List<SroAssignment> active = activeAt(schoolCode, today).stream()
        .filter(a -> !a.getOfficerUsername().equals(officer)).toList();
    String next = active.stream()
        .filter(a -> a.getKind() != SroAssignment.Kind.ABSENCE_COVER && !a.getStartsOn().isBefore(left))
        .max(java.util.Comparator.comparing(SroAssignment::getStartsOn)).map(SroAssignment::getOfficerUsername)
        .orElse(active.stream().map(SroAssignment::getOfficerUsername).findFirst().orElse(null));
    return next == null ? null : standIn(next, schoolCode, today);
  }

  private String standIn(String sro, String schoolCode, LocalDate day) {
    return standIns.orderedStream().map(s -> s.standInFor(sro, schoolCode, day))
        .flatMap(java.util.Optional::stream).findFirst().orElse(sro);
  }

  /**
   * Ends an absence's cover of the school that has not run its course (the absence was canceled): from today, or
   * before it began. Idempotent.
   */
  public void endAbsenceCover(String officer, String schoolCode, LocalDate first, String by, String reason) {
    LocalDate today = calendar.today();
    ofSchool(schoolCode).stream()
        .filter(a -> a.getKind() == SroAssignment.Kind.ABSENCE_COVER && a.getOfficerUsername().equals(officer)
            && a.getStartsOn().equals(first) && (a.isActiveOn(today) || a.getStartsOn().isAfter(today)))
        .forEach(a -> end(a, by, reason));
  }

  /**
   * Records the cover of an absence: the officer serves the school from {@code first} to {@code last};
   * refused, naming {@code field}, when the officer is no SRO or their training will have lapsed on the
   * first day. They join the school (and see its cases) only when the first day comes: {@link #refreshDuty}.
   */
  public SroAssignment coverAbsence(String officer, String schoolCode, LocalDate first, LocalDate last, String by,
      String field) {
    String who = officer == null ? "" : officer.strip();
    if (!people.isMember(who, Roles.SRO)) {
      throw InvalidInputException.of(field, "assignment.sro", abbreviate(who));
    }
    School school = schools.require("schoolCode", schoolCode);
    List<TrainingStatus> lapsed = trainingCheck.lapsedOn(who, first);
    if (!lapsed.isEmpty()) {
      refresher.request(who, lapsed);
      throw InvalidInputException.of(field, "assignment.cover-task-schedule-refresher", people.displayName(who), school.getName(), lapsed.stream().map(s -> s.title() + " " + s.reason()).collect(Collectors.joining("; ")), people.displayName(refresher.supervisorOf(who)));
    }
    return assignments.save(new SroAssignment(who, school.getCode(), SroAssignment.Kind.ABSENCE_COVER, first, last,
        by, last.plus(settings.getAssignmentsKeptFor()).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  /**
   * Makes the officer a member of the school's tenant when they are on duty there today ({@link #onDutyAt}), and
   * takes that away when they are not: called for the cover and the absent SRO when an absence starts and ends
   * (or is canceled). An SRO away is no member meanwhile, so the school's group tasks (candidate group
   * {@code sro}, limited to the school's members) reach the cover and not them. Idempotent.
   */
  public void refreshDuty(String officer, String schoolCode) {
    boolean serves = onDutyAt(officer, schoolCode);
    boolean member = identity.createUserQuery().userId(officer).memberOfTenant(schoolCode).count() > 0;
    if (serves && !member) {
      asProgram(() -> staffing.assignSro(officer, List.of(schoolCode)));
    } else if (!serves && member) {
      asProgram(() -> identity.deleteTenantUserMembership(schoolCode, officer));
    }
  }

  /** The schools the officer serves today. */
  public List<String> schoolsOf(String officer) {
    LocalDate today = calendar.today();
    return ofOfficer(officer).stream().filter(a -> a.isActiveOn(today)).map(SroAssignment::getSchoolCode).distinct()
        .sorted().toList();
  }

  /**
   * Who covers a school that loses its SRO: the SRO of the school it feeds into (seed 002), or else
   * of a school that feeds into it; null when there is none.
   */
  public String suggestedCover(String schoolCode, String leaving) {
    School school = schools.require("schoolCode", schoolCode);
    Set<String> candidates = new LinkedHashSet<>();
    if (school.getFeedsInto() != null) {
      candidates.addAll(srosOf(school.getFeedsInto()));
    }
    schools.all().stream().filter(s -> schoolCode.equals(s.getFeedsInto()))
        .forEach(s -> candidates.addAll(srosOf(s.getCode())));
    candidates.remove(leaving);
    return candidates.stream().findFirst().orElse(null);
  }

  public List<SroAssignment> ofOfficer(String officer) {
    return assignments.findByOfficerUsernameOrderByStartsOnAscIdAsc(officer);
  }

  public List<SroAssignment> ofSchool(String school) {
    return assignments.findBySchoolCodeOrderByStartsOnAscIdAsc(school);
  }

  private static String abbreviate(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
