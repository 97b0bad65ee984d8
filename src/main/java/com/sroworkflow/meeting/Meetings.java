package com.sroworkflow.meeting;

import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.school.Deadlines;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.SubmittedValues;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SRO's weekly meeting with the principal (seed 001: "meeting at least on a weekly basis") and the
 * conferences students, parents and staff ask for. {@link #openWeek} runs every morning (bpmn/school-year.bpmn)
 * and opens this week's meeting at each school with an SRO, on the week's first school day: a week of the
 * break has none. One row per school and week (unique), so a rerun opens nothing twice.
 */
@Service
@Transactional
public class Meetings {

  static final String WEEKLY = "weeklyMeeting";
  static final String CONFERENCE = "sroConference";

  private final PrincipalMeetingRepository meetings;
  private final ConferenceRepository conferences;
  private final Schools schools;
  private final SchoolCalendar calendar;
  private final Deadlines deadlines;
  private final Assignments assignments;
  private final RuntimeService runtime;
  private final CaseRecords caseRecords;
  private final MeetingSettings settings;

  Meetings(PrincipalMeetingRepository meetings, ConferenceRepository conferences, Schools schools,
      SchoolCalendar calendar, Deadlines deadlines, Assignments assignments, RuntimeService runtime,
      CaseRecords caseRecords, MeetingSettings settings) {
    this.meetings = meetings;
    this.conferences = conferences;
    this.schools = schools;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.assignments = assignments;
    this.runtime = runtime;
    this.caseRecords = caseRecords;
    this.settings = settings;
  }

  /** Opens this week's meeting at each school that has an SRO, if today is a school day; returns how many. */
  public int openWeek() {
    LocalDate today = calendar.today();
    if (!calendar.isSchoolDay(today)) {
      return 0;
    }
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    LocalDate last = today;
    for (LocalDate d = today.plusDays(1); d.isBefore(monday.plusDays(7)); d = d.plusDays(1)) {
      if (calendar.isSchoolDay(d)) {
        last = d;
      }
    }
    int opened = 0;
    for (School school : schools.all()) {
      if (assignments.srosOf(school.getCode()).isEmpty()
          || meetings.findBySchoolCodeAndWeekOf(school.getCode(), monday).isPresent()) {
        continue;
      }
      PrincipalMeeting meeting = meetings.saveAndFlush(new PrincipalMeeting(school.getCode(), monday,
          removeAfter(monday)));
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("schoolCode", school.getCode());
      v.put("schoolName", school.getName());
      v.put("weekOf", calendar.day(monday));
      v.put("meetingDue", deadlines.endOfSchoolDay(last));
      v.put("taskSubject", school.getName() + ", week of " + calendar.day(monday));
      // the model's first step runs in a job of its own (asyncAfter), after the binding below
      v.put("meetingId", meeting.getId());
      ProcessInstance started = runtime.startProcessInstanceByKey(WEEKLY,
          "meeting-" + school.getCode() + "-" + monday, v);
      caseRecords.bind(started, "meetingId", meeting.getId());
      meeting.started(started.getId());
      opened++;
    }
    return opened;
  }

  void recordMeeting(Long id, String outcome, LocalDate metOn, String notes, String actionItems, String reason,
      String by) {
    PrincipalMeeting m = meetings.findById(id).orElseThrow();
    if ("NOT_HELD".equals(outcome)) {
      m.notHeld(required("notHeldReason", "meeting.say-why-meeting-week", reason, 1000), by);
      return;
    }
    if (!"HELD".equals(outcome)) {
      throw InvalidInputException.of("meetingOutcome", "meeting.meetingOutcome.say-whether-met-principal");
    }
    if (metOn == null || metOn.isBefore(m.getWeekOf()) || metOn.isAfter(calendar.today())) {
      throw InvalidInputException.of("metOn", "meeting.metOn.meeting-date-day-week", calendar.day(m.getWeekOf()));
    }
    m.held(metOn, required("meetingNotes", "meeting.notes-meeting-required", notes, 4000),
        required("actionItems", "meeting.list-action-items-write", actionItems, 4000), by);
  }

  /** A request entered by staff (for themselves, a student or a parent): the record, bound to the case. */
  Conference registerConference(String schoolCode, String role, String name, String contact, String topic,
      String by, String processInstanceId) {
    String school = schools.require("schoolCode", schoolCode).getCode();
    Conference.Requester requester = SubmittedValues.choice("requesterRole", role == null ? "" : role,
        Conference.Requester.class);
    return conferences.save(new Conference(school, processInstanceId, requester,
        required("requesterName", "meeting.name-who-asks-conference", name, 120),
        required("requesterContact", "meeting.say-how-reach-them", contact, 200),
        required("conferenceTopic", "meeting.say-what-conference-about", topic, 2000), by,
        calendar.today().plus(settings.getKeptFor()).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  /** When the conference is, as users read it, and when its record is due. */
  record Scheduled(String when, Date recordDue) {}

  /** The SRO's appointment: a school day, today or later. */
  Scheduled scheduleConference(Long id, LocalDateTime when, String place, String sro) {
    Conference c = conferences.findById(id).orElseThrow();
    LocalDate today = calendar.today();
    if (when == null) {
      throw InvalidInputException.of("conferenceAt", "meeting.conferenceAt.give-date-time-conference");
    }
    LocalDate day = when.toLocalDate();
    if (day == null || day.isBefore(today) || day.isAfter(today.plusDays(60))) {
      throw InvalidInputException.of("conferenceAt", "meeting.conferenceAt.schedule-conference-within-next");
    }
    if (!calendar.isSchoolDay(day)) {
      throw InvalidInputException.of("conferenceAt", "meeting.conferenceAt.school-day", calendar.day(day));
    }
    Instant at = when.atZone(calendar.zone()).toInstant();
    if (at.isBefore(calendar.now())) {
      throw InvalidInputException.of("conferenceAt", "meeting.conferenceAt.conference-scheduled-past");
    }
    c.scheduled(at, required("conferencePlace", "meeting.say-where-conference-held", place, 200), sro);
    return new Scheduled(calendar.moment(at) + ", " + place.strip(), deadlines.dueAfter(Date.from(at),
        "conferenceRecording"));
  }

  void recordConference(Long id, String outcome, String summary, String followUp, String reason, String sro) {
    Conference c = conferences.findById(id).orElseThrow();
    switch (outcome == null ? "" : outcome) {
      case "HELD" -> {
        LocalDate on = c.getScheduledAt().atZone(calendar.zone()).toLocalDate();
        if (on.isAfter(calendar.today())) {
          throw InvalidInputException.of("conferenceOutcome", "meeting.conferenceOutcome.conference-recorded-once-held", calendar.day(on));
        }
        c.held(on, required("conferenceSummary", "meeting.summarize-conference", summary, 4000),
            followUp == null ? null : followUp.strip(), sro);
      }
      case "NOT_HELD" -> c.notHeld(required("notHeldReason", "meeting.say-why-held", reason, 1000), sro, false);
      case "RESCHEDULE" -> c.notHeld(required("notHeldReason", "meeting.say-why-rescheduled", reason, 1000), sro, true);
      default -> throw InvalidInputException.of("conferenceOutcome", "meeting.conferenceOutcome.say-whether-conference-held");
    }
  }

  private Instant removeAfter(LocalDate from) {
    return from.plus(settings.getKeptFor()).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  static String required(String field, String key, String value, int max) {
    String v = value == null ? "" : value.strip();
    if (v.length() < 2) {
      throw InvalidInputException.of(field, key);
    }
    if (v.length() > max) {
      throw InvalidInputException.of(field, "meeting.most-characters", max);
    }
    return v;
  }
}
