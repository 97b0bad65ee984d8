package com.sroworkflow.abuse;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a report of suspected child abuse or neglect: whoever suspects it reports to the state hotline
 * at once, and the hotline's report number (in the state's format, {@code sro.abuse.hotline-report-number}),
 * the time and the caller are recorded; the SRO decides whether to investigate. Called by the steps of
 * bpmn/child-abuse-report.bpmn in their transaction.
 */
@Service
class AbuseReports {

  private final AbuseReportRepository reports;
  private final Schools schools;
  private final People people;
  private final SchoolCalendar calendar;
  private final Pattern hotlineNumber;

  AbuseReports(AbuseReportRepository reports, Schools schools, People people, SchoolCalendar calendar,
      @Value("${sro.abuse.hotline-report-number}") String hotlineNumber) {
    this.reports = reports;
    this.schools = schools;
    this.people = people;
    this.calendar = calendar;
    this.hotlineNumber = Pattern.compile(hotlineNumber);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  AbuseReport report(String schoolCode, String processInstanceId, AbuseReport.Concern concern, Boolean staffSuspected,
      String studentName, String description) {
    String school = schools.require("schoolCode", schoolCode).getCode();
    if (concern == null) {
      throw InvalidInputException.of("concern", "abuse.concern.say-whether-suspect-abuse");
    }
    if (staffSuspected == null) {
      throw InvalidInputException.of("staffSuspected", "abuse.staffSuspected.say-whether-school-staff");
    }
    if (studentName == null) {
      throw InvalidInputException.of("studentName", "abuse.studentName.name-student");
    }
    if (description == null) {
      throw InvalidInputException.of("description", "abuse.description.say-what-saw-were");
    }
    return reports.save(new AbuseReport(school, processInstanceId, people.actingUser(null), EngineClock.now(),
        concern, staffSuspected, studentName, description));
  }

  AbuseReport require(Long id) {
    return reports.findById(id).orElseThrow(() -> new IllegalStateException("No abuse report " + id));
  }

  /** The call to the hotline: its report number in the state's format, and when; the caller is who records it. */
  @Transactional(propagation = Propagation.MANDATORY)
  AbuseReport hotlineCalled(Long id, String number, LocalDateTime at) {
    if (number == null || !hotlineNumber.matcher(number).matches()) {
      throw InvalidInputException.of("hotlineReportNumber", "abuse.hotlineReportNumber.enter-report-number-hotline");
    }
    if (at == null) {
      throw InvalidInputException.of("hotlineCalledAt", "abuse.hotlineCalledAt.say-when-called-hotline");
    }
    Instant when = at.atZone(calendar.zone()).toInstant();
    if (when.isAfter(EngineClock.now())) {
      throw InvalidInputException.of("hotlineCalledAt", "abuse.hotlineCalledAt.call-future");
    }
    AbuseReport r = require(id);
    r.hotlineCalled(number, when, people.actingUser(null));
    return r;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void acknowledged(Long id) {
    require(id).acknowledged(people.actingUser(null), EngineClock.now());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  AbuseReport investigationDecided(Long id, Boolean investigate, String note) {
    if (investigate == null) {
      throw InvalidInputException.of("openInvestigation", "abuse.openInvestigation.decide-whether-open-investigation");
    }
    if (note == null) {
      throw InvalidInputException.of("investigationNote", "abuse.investigationNote.say-why");
    }
    AbuseReport r = require(id);
    r.investigationDecided(investigate, note, people.actingUser(null), EngineClock.now());
    return r;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void investigated(Long id, AbuseReport.InvestigationOutcome outcome, String note) {
    if (outcome == null) {
      throw InvalidInputException.of("investigationOutcome", "abuse.investigationOutcome.record-investigation-s-outcome");
    }
    if (note == null) {
      throw InvalidInputException.of("investigationNote", "abuse.investigationNote.summarize-investigation");
    }
    require(id).investigated(outcome, note);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void close(Long id, Duration keptFor) {
    Instant now = EngineClock.now();
    require(id).close(now, now.plus(keptFor));
  }

  String summary(AbuseReport r) {
    return "**Student:** " + r.getStudentName() + "\n\n"
        + "**Suspected:** " + (r.getConcern() == AbuseReport.Concern.ABUSE ? "abuse" : "neglect")
        + (r.isStaffSuspected() ? " (school staff suspected)" : "") + "\n\n"
        + "**What was seen or told:** " + r.getDescription() + "\n\n"
        + "**Reported by** " + people.displayName(r.getReportedBy()) + " on " + calendar.moment(r.getReportedAt());
  }

  String schoolName(String code) {
    return schools.name(code);
  }
}
