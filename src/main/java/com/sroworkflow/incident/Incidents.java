package com.sroworkflow.incident;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of an incident: what a report must say, what the principal may decide (discipline stays with
 * the school, seed 003 III.A.2.n), what the SRO decides, and when the parents must have been told. Called by
 * the steps of bpmn/school-incident.bpmn inside their transaction: a refused value rolls the step back.
 */
@Service
class Incidents {

  private final IncidentRepository incidents;
  private final Schools schools;
  private final People people;
  private final SchoolCalendar calendar;

  Incidents(IncidentRepository incidents, Schools schools, People people, SchoolCalendar calendar) {
    this.incidents = incidents;
    this.schools = schools;
    this.people = people;
    this.calendar = calendar;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Incident report(String schoolCode, String processInstanceId, LocalDate date, String location, String description,
      String students) {
    String school = schools.require("schoolCode", schoolCode).getCode();
    if (description == null) {
      throw InvalidInputException.of("incidentDescription", "incident.incidentDescription.say-what-happened");
    }
    if (date == null) {
      throw InvalidInputException.of("incidentDate", "incident.incidentDate.say-when-happened");
    }
    if (date.isAfter(calendar.today())) {
      throw InvalidInputException.of("incidentDate", "incident.incidentDate.incident-future");
    }
    return incidents.save(new Incident(school, processInstanceId, people.actingUser(null), EngineClock.now(), date,
        location, description, students));
  }

  Incident require(Long id) {
    return incidents.findById(id).orElseThrow(() -> new IllegalStateException("No incident " + id));
  }

  /** The principal's decision; school discipline and no further action say what and why. */
  @Transactional(propagation = Propagation.MANDATORY)
  Incident decide(Long id, Incident.PrincipalDecision decision, String note) {
    if (decision == null) {
      throw InvalidInputException.of("principalDecision", "incident.principalDecision.decide-school-discipline-referral");
    }
    if (decision != Incident.PrincipalDecision.REFER_TO_SRO && note == null) {
      throw InvalidInputException.of("principalNote", "incident.principalNote.say-what-school-why");
    }
    Incident incident = require(id);
    incident.decide(decision, note, people.actingUser(null), EngineClock.now());
    return incident;
  }

  /** The SRO's action; where the law requires it, who of the parents was told, when and how. */
  @Transactional(propagation = Propagation.MANDATORY)
  Incident act(Long id, Incident.LawEnforcementAction action, String notifiedWho, LocalDateTime notifiedAt,
      Incident.NoticeMethod notifiedHow) {
    if (action == null) {
      throw InvalidInputException.of("lawEnforcementAction", "incident.lawEnforcementAction.decide-law-enforcement-action");
    }
    Instant at = null;
    if (action.parentsToBeNotified()) {
      if (notifiedWho == null) {
        throw InvalidInputException.of("parentsNotifiedWho", "incident.parentsNotifiedWho.law-requires-parents-told");
      }
      if (notifiedAt == null) {
        throw InvalidInputException.of("parentsNotifiedAt", "incident.parentsNotifiedAt.say-when-parents-were");
      }
      if (notifiedHow == null) {
        throw InvalidInputException.of("parentsNotifiedHow", "incident.parentsNotifiedHow.say-how-parents-were");
      }
      at = notifiedAt.atZone(calendar.zone()).toInstant();
      if (at.isAfter(EngineClock.now())) {
        throw InvalidInputException.of("parentsNotifiedAt", "incident.parentsNotifiedAt.parents-been-told-future");
      }
    }
    Incident incident = require(id);
    incident.act(action, people.actingUser(null), EngineClock.now(), action.parentsToBeNotified() ? notifiedWho : null,
        at, action.parentsToBeNotified() ? notifiedHow : null);
    return incident;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void policeReportFiled(Long id) {
    require(id).policeReportFiled(EngineClock.now());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void linkThreatCase(Long id, String threatCaseId) {
    require(id).linkThreatCase(threatCaseId);
  }

  /** Closed: kept for the process's history time to live from now, as Camunda keeps the case's history. */
  @Transactional(propagation = Propagation.MANDATORY)
  void close(Long id, Duration keptFor) {
    Instant now = EngineClock.now();
    require(id).close(now, now.plus(keptFor));
  }

  String summary(Incident i) {
    return "**What happened:** " + i.getDescription() + "\n\n"
        + "**When and where:** " + calendar.day(i.getIncidentDate()) + ", "
        + (i.getLocation() == null ? "place not said" : i.getLocation()) + "\n\n"
        + "**Students involved:** " + (i.getStudentsInvolved() == null ? "not said" : i.getStudentsInvolved()) + "\n\n"
        + "**Reported by** " + (i.getReportedBy() == null ? "unknown" : people.displayName(i.getReportedBy()))
        + " on " + calendar.moment(i.getReportedAt());
  }

  String schoolName(String code) {
    return schools.name(code);
  }
}
