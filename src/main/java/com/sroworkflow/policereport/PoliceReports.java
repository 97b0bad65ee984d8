package com.sroworkflow.policereport;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.threat.ThreatCases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files the SRO's police report for a threat case or an incident, kept apart from the case (a record of the
 * law-enforcement unit, at the case's school); the case notes only that a report was filed and when.
 */
@Service
class PoliceReports {

  private final PoliceReportRepository reports;
  private final ThreatCases cases;
  private final People people;
  private final SchoolCalendar calendar;

  PoliceReports(PoliceReportRepository reports, ThreatCases cases, People people, SchoolCalendar calendar) {
    this.reports = reports;
    this.cases = cases;
    this.people = people;
    this.calendar = calendar;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public PoliceReport file(Long caseId, String processInstanceId, String reportNumber, String offence,
      LocalDate reportDate, PoliceReport.Disposition disposition, String narrative, Duration retention) {
    String schoolCode = cases.find(caseId).getSchoolCode();
    PoliceReport report = save(caseId, null, schoolCode, processInstanceId, reportNumber, offence, reportDate,
        disposition, narrative, retention);
    cases.policeReportFiled(caseId, report.getFiledAt());
    return report;
  }

  /**
   * Files the SRO's police report for an incident of the school (package incident, which learns that it was
   * filed when the report's process returns to it); the school is the report process's tenant.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public PoliceReport fileForIncident(Long incidentId, String schoolCode, String processInstanceId,
      String reportNumber, String offence, LocalDate reportDate, PoliceReport.Disposition disposition,
      String narrative, Duration retention) {
    return save(null, incidentId, schoolCode, processInstanceId, reportNumber, offence, reportDate, disposition,
        narrative, retention);
  }

  private PoliceReport save(Long caseId, Long incidentId, String schoolCode, String processInstanceId,
      String reportNumber, String offence, LocalDate reportDate, PoliceReport.Disposition disposition,
      String narrative, Duration retention) {
    if (reportDate.isAfter(calendar.today())) {
      throw InvalidInputException.of("reportDate", "policereport.reportDate.report-date-future");
    }
    Instant now = EngineClock.now();
    return reports.save(new PoliceReport(caseId, incidentId, schoolCode, processInstanceId, reportNumber, offence,
        reportDate, disposition, narrative, people.actingUser(null), now, now.plus(retention)));
  }
}
