package com.sroworkflow.truancy;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.SubmittedValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A truancy case from the school's attendance concern to the Community Truancy Board's outcome (seed 004
 * item 5: "assist the school district with truancy related problems, and work with the schools and families";
 * seed 000: the SRO attends Community Truancy Board hearings). The school's part (concern, home contact,
 * petition) and the SRO's part (home visit, hearing) are recorded apart: the SRO's notes go to
 * {@link TruancyPoliceNote} only.
 */
@Service
@Transactional
class Truancies {

  /** What the truancy board may decide (seed 000: Community Truancy Board hearings). */
  enum HearingOutcome {
    ATTENDANCE_AGREEMENT("Attendance agreement with the family"),
    COMMUNITY_SERVICES("Referred to community services"),
    JUVENILE_COURT("Petition to juvenile court"),
    DISMISSED("Dismissed");

    private final String label;

    HearingOutcome(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  static final Set<String> CONTACT_METHODS = Set.of("PHONE", "LETTER", "MEETING");

  private final TruancyCaseRepository cases;
  private final TruancyPoliceNoteRepository notes;
  private final Schools schools;
  private final People people;
  private final Notifications notifications;
  private final SchoolCalendar calendar;
  private final TruancySettings settings;

  Truancies(TruancyCaseRepository cases, TruancyPoliceNoteRepository notes, Schools schools, People people,
      Notifications notifications, SchoolCalendar calendar, TruancySettings settings) {
    this.cases = cases;
    this.notes = notes;
    this.schools = schools;
    this.people = people;
    this.notifications = notifications;
    this.calendar = calendar;
    this.settings = settings;
  }

  TruancyCase open(String processInstanceId, String by, String schoolCode, String studentName, String grade,
      String studentId, Number absences, String concern) {
    School school = schools.require("schoolCode", schoolCode);
    boolean staff = people.isMember(by, Roles.ATTENDANCE) || people.isMember(by, Roles.PRINCIPAL);
    if (!staff || !people.actsFor(by, school.getCode())) {
      throw InvalidInputException.of("schoolCode", "truancy.schoolCode.attendance-officer-principal-opens", school.getName());
    }
    String name = required("studentName", studentName, 160);
    String g = required("studentGrade", grade, 4);
    if (!g.matches("K|[1-9]|1[0-2]")) {
      throw InvalidInputException.of("studentGrade", "truancy.studentGrade.grade-k");
    }
    String id = required("districtStudentId", studentId, 32);
    if (!id.matches("[A-Za-z0-9-]{1,32}")) {
      throw InvalidInputException.of("districtStudentId", "truancy.districtStudentId.district-student-id-letters");
    }
    if (absences == null || absences.doubleValue() != Math.floor(absences.doubleValue())
        || absences.intValue() < settings.getAbsencesToOpen() || absences.intValue() > 200) {
      throw InvalidInputException.of("unexcusedAbsences", "truancy.unexcusedAbsences.truancy-case-starts-unexcused", settings.getAbsencesToOpen());
    }
    return cases.save(new TruancyCase(processInstanceId, school.getCode(), name, g, id, absences.intValue(),
        required("attendanceConcern", concern, 2000), by));
  }

  /** The school's home contact; returns whether attendance has improved (the case then closes at school). */
  boolean homeContact(Long id, String by, String method, Boolean reached, String notes, String improved) {
    TruancyCase c = require(id);
    if (method == null || !CONTACT_METHODS.contains(method)) {
      throw InvalidInputException.of("homeContactMethod", "truancy.homeContactMethod.choose-phone-letter-meeting");
    }
    if (reached == null) {
      throw InvalidInputException.of("familyReached", "truancy.familyReached.say-whether-family-reached");
    }
    if (!"IMPROVED".equals(improved) && !"NOT_IMPROVED".equals(improved)) {
      throw InvalidInputException.of("attendanceAfterContact", "truancy.attendanceAfterContact.choose-improved-improved");
    }
    c.homeContact(method, reached, required("homeContactNotes", notes, 2000), "IMPROVED".equals(improved), by);
    return c.getAttendanceImproved();
  }

  /** The SRO's home visit with the school; returns whether the SRO refers the case to the truancy board. */
  boolean homeVisit(Long id, String sro, String visitedOn, String policeNote, String recommendation) {
    TruancyCase c = require(id);
    LocalDate day = SubmittedValues.requiredDate("homeVisitDate", visitedOn);
    if (day.isAfter(calendar.today()) || day.isBefore(c.getOpenedAt().atZone(calendar.zone()).toLocalDate())) {
      throw InvalidInputException.of("homeVisitDate", "truancy.homeVisitDate.visit-recorded-once-happened");
    }
    if (!"BOARD".equals(recommendation) && !"NO_BOARD".equals(recommendation)) {
      throw InvalidInputException.of("boardRecommendation", "truancy.boardRecommendation.choose-board-board");
    }
    notes.save(new TruancyPoliceNote(c.getId(), "HOME_VISIT", sro, required("visitPoliceNotes", policeNote, 4000)));
    c.homeVisit(day, "BOARD".equals(recommendation), sro);
    return c.getBoardReferred();
  }

  /** The principal's decision on the petition; returns whether a hearing is set (its day becomes the SRO's due date). */
  boolean petition(Long id, String principal, String decision, String hearingDate) {
    TruancyCase c = require(id);
    if ("MONITOR".equals(decision)) {
      return false;
    }
    if (!"PETITION".equals(decision)) {
      throw InvalidInputException.of("petitionDecision", "truancy.petitionDecision.choose-petition-monitor");
    }
    LocalDate day = SubmittedValues.requiredDate("hearingDate", hearingDate);
    if (day.isBefore(calendar.today()) || day.isAfter(calendar.today().plusMonths(6))) {
      throw InvalidInputException.of("hearingDate", "truancy.hearingDate.hearing-day-within-next");
    }
    c.petition(day, principal);
    for (String sro : people.membersAtSchool(Roles.SRO, c.getSchoolCode())) {
      notifications.send(sro, "truancy.hearing", null, "Truancy case " + c.getId(), c.getProcessInstanceId(),
          schools.name(c.getSchoolCode()), calendar.day(day));
    }
    return true;
  }

  Instant hearingDue(Long id) {
    return calendar.endOf(require(id).getHearingOn());
  }

  void hearing(Long id, String sro, String outcome, String policeNote) {
    TruancyCase c = require(id);
    HearingOutcome o = SubmittedValues.choice("hearingOutcome", outcome == null ? "" : outcome, HearingOutcome.class);
    if (policeNote != null && !policeNote.isBlank()) {
      notes.save(new TruancyPoliceNote(c.getId(), "HEARING", sro, required("hearingPoliceNotes", policeNote, 4000)));
    }
    c.hearing(o.name(), sro);
  }

  /** Closes the case with the outcome its path reached, and tells the school's principals (no student named). */
  String close(Long id) {
    TruancyCase c = require(id);
    String outcome;
    String text;
    if (c.getHearingOutcome() != null) {
      outcome = "HEARING";
      text = "truancy board hearing, " + HearingOutcome.valueOf(c.getHearingOutcome()).label().toLowerCase();
    } else if (c.getPetitionBy() == null && Boolean.TRUE.equals(c.getBoardReferred())) {
      outcome = "MONITORED";
      text = "the principal monitors attendance without a petition";
    } else if (Boolean.FALSE.equals(c.getBoardReferred())) {
      outcome = "RESOLVED_AFTER_VISIT";
      text = "resolved after the home visit";
    } else {
      outcome = "RESOLVED_AT_SCHOOL";
      text = "attendance improved after the school's home contact";
    }
    c.close(outcome, EngineClock.now().atZone(ZoneOffset.UTC).plus(settings.getCasesKeptFor()).toInstant());
    for (String principal : people.membersAtSchool(Roles.PRINCIPAL, c.getSchoolCode())) {
      notifications.send(principal, "truancy.closed", null, "Truancy case " + c.getId(), c.getProcessInstanceId(),
          schools.name(c.getSchoolCode()), text);
    }
    return outcome;
  }

  TruancyCase require(Long id) {
    return cases.findById(id).orElseThrow(() -> new IllegalStateException("truancy case " + id + " does not exist"));
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "truancy.field-required");
    }
    if (value.strip().length() > max) {
      throw InvalidInputException.of(field, "truancy.most-characters", max);
    }
    return value.strip();
  }
}
