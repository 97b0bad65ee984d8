package com.sroworkflow.absence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.assignment.StandIns;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.SubmittedValues;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An SRO's absence (leave, training, a court day) and its cover (seed 004 item 11: the SRO reports to the
 * Detective Sergeant; seed 003: the Chief's directions). The SRO or their sergeant enters it, the sergeant
 * names a covering SRO among their own SROs; while it lasts the school's SRO work goes to the cover, and
 * comes back after.
 */
@Service
@Transactional
public class Absences implements StandIns {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SroAbsenceRepository absences;
  private final TaskHandovers handovers;
  private final Assignments assignments;
  private final People people;
  private final Schools schools;
  private final Notifications notifications;
  private final SchoolCalendar calendar;
  private final AbsenceSettings settings;

  Absences(SroAbsenceRepository absences, TaskHandovers handovers, Assignments assignments, People people,
      Schools schools, Notifications notifications, SchoolCalendar calendar, AbsenceSettings settings) {
    this.absences = absences;
    this.handovers = handovers;
    this.assignments = assignments;
    this.people = people;
    this.schools = schools;
    this.notifications = notifications;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** Enters an absence: the SRO for themselves, or the SRO's own supervisor for them. */
  public SroAbsence enter(String processInstanceId, String by, String officer, String kind, String firstDay,
      String lastDay, String note) {
    String who = officer == null || officer.isBlank() ? by : officer.strip();
    if (!people.isMember(who, Roles.SRO)) {
      throw InvalidInputException.of("absenceOfficer", "absence.absenceOfficer.sro", abbreviate(who));
    }
    boolean self = who.equals(by);
    boolean sergeant = people.supervisorOf(who).map(by::equals).orElse(false);
    if (!self && !sergeant && !people.isMember(by, Roles.ADMIN)) {
      throw InvalidInputException.of("absenceOfficer", "absence.absenceOfficer.sro-enters-their-own");
    }
    SroAbsence.Kind k = SubmittedValues.choice("absenceKind", kind == null ? "" : kind, SroAbsence.Kind.class);
    LocalDate first = SubmittedValues.requiredDate("absenceFirstDay", firstDay);
    LocalDate last = SubmittedValues.requiredDate("absenceLastDay", lastDay);
    if (first.isBefore(calendar.today())) {
      throw InvalidInputException.of("absenceFirstDay", "absence.absenceFirstDay.absence-entered-before-starts");
    }
    if (last.isBefore(first)) {
      throw InvalidInputException.of("absenceLastDay", "absence.absenceLastDay.last-day-after-first");
    }
    if (ChronoUnit.DAYS.between(first, last) + 1 > settings.getLongestAbsenceDays()) {
      throw InvalidInputException.of("absenceLastDay", "absence.absenceLastDay.absence-lasts-most-days", settings.getLongestAbsenceDays());
    }
    if (absences.findByOfficerUsernameOrderByFirstDayAsc(who).stream()
        .anyMatch(a -> a.isOpen() && !a.getFirstDay().isAfter(last)
            && !a.getLastDay().isBefore(first))) {
      throw InvalidInputException.of("absenceFirstDay", "absence.absenceFirstDay.already-absence-these-days", people.displayName(who));
    }
    if (people.supervisorOf(who).isEmpty()) {
      throw InvalidInputException.of("absenceOfficer", "absence.absenceOfficer.sergeant-record-name-cover", people.displayName(who));
    }
    String n = note == null || note.isBlank() ? null : note.strip();
    if (n != null && n.length() > 400) {
      throw InvalidInputException.of("absenceNote", "absence.absenceNote.note-most-characters");
    }
    return absences.save(new SroAbsence(processInstanceId, who, k, first, last, n, by,
        last.plus(settings.getAbsencesKeptFor()).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  /**
   * The SROs whose absence the person may enter ({@link #enter}'s rule): themselves if they are an SRO, the SROs
   * they supervise, every SRO for the administrator.
   */
  public List<String> whoMayBeEnteredBy(String by) {
    boolean admin = people.isMember(by, Roles.ADMIN);
    return people.members(Roles.SRO).stream()
        .filter(sro -> admin || sro.equals(by) || people.supervisorOf(sro).map(by::equals).orElse(false))
        .toList();
  }

  /** The SROs the sergeant may name: their own SROs, other than the absent one and anyone away those days. */
  public List<String> coverCandidates(Long id) {
    SroAbsence a = require(id);
    String sergeant = people.supervisorOf(a.getOfficerUsername()).orElse("");
    return people.members(Roles.SRO).stream()
        .filter(s -> !s.equals(a.getOfficerUsername()))
        .filter(s -> people.supervisorOf(s).map(sergeant::equals).orElse(false))
        .filter(s -> absences.findByOfficerUsernameOrderByFirstDayAsc(s).stream()
            .noneMatch(x -> x.isOpen() && !x.getFirstDay().isAfter(a.getLastDay())
                && !x.getLastDay().isBefore(a.getFirstDay())))
        .toList();
  }

  /** The cover picker's options ({@code valuesKey} of the form): the candidates and the schools they serve. */
  public String coverOptions(Long id) {
    ArrayNode options = JSON.createArrayNode();
    for (String s : coverCandidates(id)) {
      List<String> served = assignments.schoolsOf(s).stream().map(schools::name).toList();
      options.addObject().put("value", s).put("label", people.displayName(s)
          + (served.isEmpty() ? "" : " (" + String.join(", ", served) + ")"));
    }
    return options.toString();
  }

  /** The sergeant names the cover; it serves the absent SRO's schools for the absence's days. */
  public void nameCover(Long id, String by, String cover) {
    SroAbsence a = require(id);
    String c = cover == null ? "" : cover.strip();
    if (!coverCandidates(id).contains(c)) {
      throw InvalidInputException.of("coverOfficer", "absence.coverOfficer.choose-one-sros-who");
    }
    for (String school : assignments.schoolsOf(a.getOfficerUsername())) {
      if (!assignments.srosOf(school).contains(c)) {
        assignments.coverAbsence(c, school, a.getFirstDay(), a.getLastDay(), by, "coverOfficer");
      }
    }
    a.covered(c, by);
    String days = calendar.day(a.getFirstDay()) + " to " + calendar.day(a.getLastDay());
    notifications.send(c, "absence.cover", null, "Absence " + a.getId(), a.getProcessInstanceId(),
        people.displayName(a.getOfficerUsername()), days);
    notifications.send(a.getOfficerUsername(), "absence.covered", null, "Absence " + a.getId(),
        a.getProcessInstanceId(), people.displayName(c), days);
  }

  /**
   * The first day has come: the cover joins the schools and takes the SRO's open tasks there; the SRO leaves the
   * schools' tenants while away, so the schools' group tasks (candidate group {@code sro}) reach the cover and not
   * them ({@link Assignments#refreshDuty}). Idempotent.
   */
  public int start(Long id) {
    SroAbsence a = require(id);
    if (!a.isOpen()) {
      return 0;
    }
    int handed = 0;
    List<String> schools = schoolsCovered(a);
    for (String school : schools) {
      assignments.refreshDuty(a.getCoverOfficer(), school);
      handed += handovers.handOver(a.getOfficerUsername(), a.getCoverOfficer(), school, a.getId(),
          TaskHandovers.ABSENCE);
    }
    a.status(SroAbsence.Status.STARTED);
    for (String school : schools) {
      assignments.refreshDuty(a.getOfficerUsername(), school);
    }
    return handed;
  }

  /** The absence is over: the SRO's tasks come back, and the cover leaves the schools they only covered. */
  public int end(Long id) {
    SroAbsence a = require(id);
    if (!a.isOpen()) {
      return 0;
    }
    a.status(SroAbsence.Status.ENDED);
    return handBack(a);
  }

  /**
   * Whether the person may cancel the absence now: the SRO or their sergeant (or an administrator), while it is
   * still to come or under way. Refused naming {@code absenceId} otherwise.
   */
  public SroAbsence requireCancelable(Long id, String by) {
    SroAbsence a = id == null ? null : absences.findById(id).orElse(null);
    if (a == null || !mayCancel(a, by)) {
      throw InvalidInputException.of("absenceId", "absence.absenceId.not-cancelable");
    }
    return a;
  }

  private boolean mayCancel(SroAbsence a, String by) {
    boolean self = a.getOfficerUsername().equals(by);
    boolean sergeant = people.supervisorOf(a.getOfficerUsername()).map(by::equals).orElse(false);
    return a.isOpen() && (self || sergeant || people.isMember(by, Roles.ADMIN));
  }

  /** The absences the person may cancel, for the cancel process's start form ({@code cancelableAbsenceOptions}). */
  @Transactional(readOnly = true)
  public List<SroAbsence> cancelableBy(String by) {
    return absences.findAll().stream().filter(a -> mayCancel(a, by))
        .sorted(java.util.Comparator.comparing(SroAbsence::getFirstDay)).toList();
  }

  /**
   * Cancels the absence (the absence process's cancel step, {@code bpmn/sro-absence.bpmn}): the cover's days at
   * the schools end (or never begin), the tasks handed to the cover come back to the SRO, with those that reached
   * the cover meanwhile, and the SRO is on duty again. Before the first day nothing was handed over and the cover
   * simply never starts. The cover and the SRO are told. Idempotent.
   *
   * @return how many tasks came back
   */
  public int cancel(Long id, String by) {
    SroAbsence a = require(id);
    if (!a.isOpen()) {
      return 0;
    }
    LocalDate today = calendar.today();
    LocalDate first = a.getFirstDay();
    a.cancel(by, today);
    if (a.getCoverOfficer() != null) {
      for (String school : assignments.schoolsOf(a.getOfficerUsername())) {
        assignments.endAbsenceCover(a.getCoverOfficer(), school, first, by, "Absence canceled");
      }
    }
    int back = handBack(a);
    for (String told : new java.util.LinkedHashSet<>(java.util.Arrays.asList(a.getCoverOfficer(),
        a.getOfficerUsername()))) {
      if (told != null && !told.equals(by)) {
        notifications.send(told, "absence.canceled", null, "Absence " + a.getId(), a.getProcessInstanceId(),
            people.displayName(a.getOfficerUsername()), calendar.day(first));
      }
    }
    return back;
  }

  /** The SRO back on duty at their schools, the cover out of those they only covered, the tasks back. */
  private int handBack(SroAbsence a) {
    int back = 0;
    for (String school : schoolsCovered(a)) {
      if (a.getCoverOfficer() != null) {
        assignments.refreshDuty(a.getCoverOfficer(), school);
        boolean coverServes = assignments.srosOf(school).contains(a.getCoverOfficer());
        back += handovers.handBack(a.getId(), a.getOfficerUsername(), a.getCoverOfficer(), school, coverServes);
      }
      assignments.refreshDuty(a.getOfficerUsername(), school);
    }
    return back;
  }

  /** The schools of the absent SRO (as of the absence's start: an SRO removed meanwhile has none). */
  private List<String> schoolsCovered(SroAbsence a) {
    return assignments.schoolsOf(a.getOfficerUsername());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> standInFor(String officer, String schoolCode, LocalDate day) {
    return absences.findByOfficerUsernameOrderByFirstDayAsc(officer).stream()
        .filter(a -> a.getCoverOfficer() != null && a.isOpen() && a.includes(day))
        .map(SroAbsence::getCoverOfficer).findFirst();
  }

  public SroAbsence require(Long id) {
    return absences.findById(id).orElseThrow(() -> new IllegalStateException("absence " + id + " does not exist"));
  }

  private static String abbreviate(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
