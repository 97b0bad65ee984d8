package com.sroworkflow.event;

import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.SubmittedValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extra-curricular events the Detective Sergeant designates (seed 002: "the SRO shall work ALL extra-curricular
 * activities designated by his/her supervisor") and the SROs assigned to them. The models read the assigned SROs
 * through {@code ${schoolEvents.assignedSros(...)}}.
 */
@Service("schoolEvents")
@Transactional
public class SchoolEvents {

  static final String PROCESS = "schoolEvent";

  private final SchoolEventRepository events;
  private final EventAssignmentRepository assigned;
  private final Schools schools;
  private final SchoolCalendar calendar;
  private final Assignments assignments;
  private final People people;
  private final EventSettings settings;

  SchoolEvents(SchoolEventRepository events, EventAssignmentRepository assigned, Schools schools,
      SchoolCalendar calendar, Assignments assignments, People people, EventSettings settings) {
    this.events = events;
    this.assigned = assigned;
    this.schools = schools;
    this.calendar = calendar;
    this.assignments = assignments;
    this.people = people;
    this.settings = settings;
  }

  SchoolEvent register(String schoolCode, String title, String kind, LocalDate on, String startsAt, String endsAt,
      String note, String by, String processInstanceId) {
    String school = schools.require("eventSchool", schoolCode).getCode();
    String t = title == null ? "" : title.strip();
    if (t.length() < 3 || t.length() > 160) {
      throw InvalidInputException.of("eventTitle", "event.eventTitle.name-event-characters");
    }
    SchoolEvent.Kind k = SubmittedValues.choice("eventKind", kind == null ? "" : kind, SchoolEvent.Kind.class);
    LocalDate today = calendar.today();
    if (on == null || on.isBefore(today) || on.isAfter(today.plusYears(1))) {
      throw InvalidInputException.of("eventDate", "event.eventDate.event-today-within-coming");
    }
    LocalTime from = time("eventStarts", startsAt);
    LocalTime to = time("eventEnds", endsAt);
    if (!to.isAfter(from)) {
      throw InvalidInputException.of("eventEnds", "event.eventEnds.event-end-after-starts");
    }
    if (note != null && note.length() > 2000) {
      throw InvalidInputException.of("eventNote", "event.eventNote.most-characters");
    }
    return events.save(new SchoolEvent(school, processInstanceId, t, k, on, from.toString(), to.toString(),
        note == null || note.isBlank() ? null : note.strip(), by,
        on.plus(settings.getKeptFor()).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  private static LocalTime time(String field, String value) {
    try {
      return LocalTime.parse(value == null ? "" : value.replaceFirst("(Z|[+-]\\d\\d:?\\d\\d)$", ""));
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "event.give-time-hh-mm");
    }
  }

  /** The SROs on duty today, the event's school's first: the Detective Sergeant may send any of them. */
  List<Map<String, Object>> sroOptions(String eventSchool) {
    List<Map<String, Object>> options = new ArrayList<>();
    Set<String> sros = new LinkedHashSet<>(assignments.srosOf(eventSchool));
    for (String sro : people.members(Roles.SRO)) {
      if (assignments.ofOfficer(sro).stream().anyMatch(a -> a.isActiveOn(calendar.today()))) {
        sros.add(sro);
      }
    }
    for (String sro : sros) {
      String serves = assignments.ofOfficer(sro).stream().filter(a -> a.isActiveOn(calendar.today()))
          .map(a -> schools.name(a.getSchoolCode())).distinct().collect(Collectors.joining(", "));
      options.add(option(people.displayName(sro) + " (" + serves + ")", sro));
    }
    return options;
  }

  /** The Detective Sergeant's choice: at least one SRO, each one of those offered. */
  List<String> assign(Long eventId, List<String> chosen) {
    SchoolEvent event = events.findById(eventId).orElseThrow();
    Set<String> offered = sroOptions(event.getSchoolCode()).stream().map(o -> (String) o.get("value"))
        .collect(Collectors.toSet());
    if (chosen.isEmpty()) {
      throw InvalidInputException.of("assignedSros", "event.assignedSros.assign-least-one-sro");
    }
    for (String sro : new LinkedHashSet<>(chosen)) {
      if (!offered.contains(sro)) {
        throw InvalidInputException.of("assignedSros", "event.assignedSros.choose-sros-list");
      }
      if (assigned.findByEventIdAndSroUsername(eventId, sro).isEmpty()) {
        assigned.save(new EventAssignment(event, sro));
      }
    }
    return assignedSros(eventId);
  }

  /** The SROs assigned to the event: one attendance task each. */
  @Transactional(readOnly = true)
  public List<String> assignedSros(Long eventId) {
    return assigned.findByEventIdOrderByIdAsc(eventId).stream().map(EventAssignment::getSroUsername).toList();
  }

  /** The SRO's record after the event: attended or not, hours worked, what happened. */
  void recordAttendance(Long eventId, String sro, String attendance, Number hours, String whatHappened) {
    EventAssignment a = assigned.findByEventIdAndSroUsername(eventId, sro)
        .orElseThrow(() -> InvalidInputException.of("attendance", "event.attendance.assigned-event"));
    if (a.getEvent().getEventDate().isAfter(calendar.today())) {
      throw InvalidInputException.of("attendance", "event.attendance.attendance-recorded-once-event", calendar.day(a.getEvent().getEventDate()));
    }
    EventAssignment.Status status = SubmittedValues.choice("attendance", attendance == null ? "" : attendance,
        EventAssignment.Status.class);
    if (status == EventAssignment.Status.ASSIGNED) {
      throw InvalidInputException.of("attendance", "event.attendance.say-whether-attended");
    }
    String what = whatHappened == null ? "" : whatHappened.strip();
    if (what.length() < 2 || what.length() > 4000) {
      throw InvalidInputException.of("whatHappened", "event.whatHappened.say-what-happened-nothing");
    }
    if (status == EventAssignment.Status.ATTENDED
        && (hours == null || hours.doubleValue() <= 0 || hours.doubleValue() > 24)) {
      throw InvalidInputException.of("hoursWorked", "event.hoursWorked.hours-worked-more-most");
    }
    a.recorded(status, status == EventAssignment.Status.ATTENDED ? BigDecimal.valueOf(hours.doubleValue()) : null,
        what);
  }

  @Transactional(readOnly = true)
  SchoolEvent require(Long id) {
    return events.findById(id).orElseThrow();
  }
}
