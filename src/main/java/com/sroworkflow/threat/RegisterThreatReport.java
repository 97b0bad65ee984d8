package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.NameTaskForCase;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the start variables into a case record, refusing what the start form cannot check, and
 * leaves the case variables the model and Tasklist need: ids, a case title with the student's
 * initials only, and the report as the team's forms show it.
 */
@Component("registerThreatReport")
class RegisterThreatReport implements JavaDelegate {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.US);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.US);

  private final ThreatCases cases;
  private final People people;
  private final Schools schools;
  private final SchoolCalendar calendar;

  RegisterThreatReport(ThreatCases cases, People people, Schools schools, SchoolCalendar calendar) {
    this.cases = cases;
    this.people = people;
    this.schools = schools;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NewThreatReport report = new NewThreatReport(
        SubmittedValues.text(execution, "schoolCode"),
        SubmittedValues.text(execution, "studentName"),
        SubmittedValues.text(execution, "studentGrade"),
        SubmittedValues.text(execution, "districtStudentId"),
        SubmittedValues.text(execution, "threatTargets"),
        SubmittedValues.text(execution, "threatBehaviour"),
        SubmittedValues.date(execution, "incidentDate"),
        SubmittedValues.time(execution, "incidentTime"),
        SubmittedValues.text(execution, "incidentLocation"),
        SubmittedValues.choice(execution, "weapon", ThreatCase.Weapon.class),
        SubmittedValues.text(execution, "weaponDetails"),
        "YES".equals(SubmittedValues.text(execution, "imminentDanger")),
        SubmittedValues.choice(execution, "reportSource", ThreatCase.ReportSource.class),
        SubmittedValues.text(execution, "sourceName"),
        SubmittedValues.flag(execution, "reportAnonymously"));
    ThreatCase c = cases.report(report, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(c.reference());
    CaseRecords.bind(execution, "threatCaseId", c.getId(), c.getSchoolCode());
    execution.setVariable("caseTitle", c.caseTitle());
    execution.setVariable("schoolName", schools.name(c.getSchoolCode()));
    execution.setVariable(NameTaskForCase.SUBJECT, NameTaskForCase.studentShortName(c.getStudentName())
        + ", " + schools.name(c.getSchoolCode()));
    execution.setVariable("reportSummary", summary(c));
  }

  /** The report as the team's forms show it (Markdown). */
  private String summary(ThreatCase c) {
    String when = DAY.format(c.getIncidentDate()) + (c.getIncidentTime() == null ? "" : " at " + c.getIncidentTime());
    String reporter = c.isAnonymous() ? "anonymous" : people.displayName(c.getReportedBy());
    return "**Student of concern:** " + c.getStudentName() + ", grade " + c.getStudentGrade()
        + (c.getDistrictStudentId() == null ? "" : " (" + c.getDistrictStudentId() + ")") + "\n\n"
        + "**Threatened:** " + c.getTargets() + "\n\n"
        + "**Exact words or behaviour:** " + c.getBehaviour() + "\n\n"
        + "**When and where:** " + when + ", " + c.getIncidentLocation() + "\n\n"
        + "**Weapon:** " + c.getWeapon().label() + (c.getWeaponDetails() == null ? "" : ": " + c.getWeaponDetails())
        + "\n\n"
        + "**Imminent danger reported:** " + (c.isImminentDanger() ? "yes" : "no") + "\n\n"
        + "**Source:** " + c.getReportSource().label() + (c.getSourceName() == null ? "" : " (" + c.getSourceName() + ")")
        + "; reported by " + reporter + " on " + WHEN.format(c.getReportedAt().atZone(calendar.zone()));
  }
}
