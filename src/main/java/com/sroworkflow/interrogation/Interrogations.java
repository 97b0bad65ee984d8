package com.sroworkflow.interrogation;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist of a formal interrogation (seed 003 III.A.2.h), as the department directs: before it, the
 * parents notified (who and when) or the reason they were not, the rights advised and whether the student
 * waived them, and who is present; after it, when it started and ended and its outcome. An interrogation
 * goes ahead only after rights were advised and waived. Called by bpmn/student-interrogation.bpmn's steps.
 */
@Service
class Interrogations {

  private final InterrogationRepository interrogations;
  private final Schools schools;
  private final People people;
  private final SchoolCalendar calendar;

  Interrogations(InterrogationRepository interrogations, Schools schools, People people, SchoolCalendar calendar) {
    this.interrogations = interrogations;
    this.schools = schools;
    this.people = people;
    this.calendar = calendar;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Interrogation open(String schoolCode, String processInstanceId, String studentName, String purpose) {
    String school = schools.require("schoolCode", schoolCode).getCode();
    if (studentName == null) {
      throw InvalidInputException.of("studentName", "interrogation.studentName.name-student");
    }
    if (purpose == null) {
      throw InvalidInputException.of("purpose", "interrogation.purpose.say-what-interrogation-about");
    }
    return interrogations.save(new Interrogation(school, processInstanceId, people.actingUser(null), studentName,
        purpose, EngineClock.now()));
  }

  Interrogation require(Long id) {
    return interrogations.findById(id).orElseThrow(() -> new IllegalStateException("No interrogation " + id));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Interrogation checked(Long id, Boolean notified, String who, LocalDateTime notifiedAt, String reason,
      Interrogation.Rights rights, Boolean waived, String present) {
    if (notified == null) {
      throw InvalidInputException.of("parentsNotified", "interrogation.parentsNotified.say-whether-parents-were");
    }
    Instant at = null;
    if (notified) {
      if (who == null) {
        throw InvalidInputException.of("parentsNotifiedWho", "interrogation.parentsNotifiedWho.say-which-parent-guardian");
      }
      if (notifiedAt == null) {
        throw InvalidInputException.of("parentsNotifiedAt", "interrogation.parentsNotifiedAt.say-when-parents-were");
      }
      at = moment("parentsNotifiedAt", notifiedAt);
    } else if (reason == null) {
      throw InvalidInputException.of("parentsNotNotifiedReason", "interrogation.parentsNotNotifiedReason.say-why-parents-were");
    }
    if (rights == null) {
      throw InvalidInputException.of("rightsAdvised", "interrogation.rightsAdvised.record-rights-advised");
    }
    if (waived == null) {
      throw InvalidInputException.of("rightsWaived", "interrogation.rightsWaived.say-whether-student-waived");
    }
    if (present == null) {
      throw InvalidInputException.of("present", "interrogation.present.say-who-present");
    }
    Interrogation i = require(id);
    i.checked(notified, notified ? who : null, at, notified ? null : reason, rights, waived, present,
        EngineClock.now());
    return i;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void held(Long id, LocalDateTime started, LocalDateTime ended, Interrogation.Outcome outcome) {
    if (started == null) {
      throw InvalidInputException.of("startedAt", "interrogation.startedAt.record-when-interrogation-started");
    }
    if (ended == null) {
      throw InvalidInputException.of("endedAt", "interrogation.endedAt.record-when-interrogation-ended");
    }
    Instant start = moment("startedAt", started);
    Instant end = moment("endedAt", ended);
    if (!end.isAfter(start)) {
      throw InvalidInputException.of("endedAt", "interrogation.endedAt.interrogation-end-after-started");
    }
    if (outcome == null || outcome == Interrogation.Outcome.NOT_HELD) {
      throw InvalidInputException.of("outcome", "interrogation.outcome.record-outcome");
    }
    require(id).held(start, end, outcome);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void notHeld(Long id) {
    require(id).notHeld();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void close(Long id, Duration keptFor) {
    Instant now = EngineClock.now();
    require(id).close(now, now.plus(keptFor));
  }

  private Instant moment(String field, LocalDateTime at) {
    Instant instant = at.atZone(calendar.zone()).toInstant();
    if (instant.isAfter(EngineClock.now())) {
      throw InvalidInputException.of(field, "interrogation.future");
    }
    return instant;
  }

  String summary(Interrogation i) {
    return "**Student:** " + i.getStudentName() + "\n\n**About:** " + i.getPurpose() + "\n\n**Opened by** "
        + people.displayName(i.getSroUsername()) + " on " + calendar.moment(i.getOpenedAt());
  }

  String schoolName(String code) {
    return schools.name(code);
  }
}
