package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.NameTaskForCase;
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
        SubmittedValues.flag(execution, "reportAnonymously"),
        tipId(execution));
    ThreatCase c = cases.report(report, execution.getProcessInstanceId());
    // A weapon seen or imminent danger sends the SRO at once, before any other step (issue 15 item 3).
    execution.setVariable("immediateResponse", c.isImminentDanger() || c.getWeapon() == ThreatCase.Weapon.SEEN);
    execution.setVariable("studentKnown", c.isStudentKnown());
    // Who told is on the case record (the team's): no variable of the case carries the name further.
    execution.removeVariable("sourceName");
    execution.setProcessBusinessKey(c.reference());
    CaseRecords.bind(execution, "threatCaseId", c.getId(), c.getSchoolCode());
    execution.setVariable("schoolName", schools.name(c.getSchoolCode()));
    describe(execution, c);
  }

  /** The case's title, task subject and report summary; again once the student is identified. */
  void describe(DelegateExecution execution, ThreatCase c) {
    execution.setVariable("caseTitle", c.caseTitle());
    execution.setVariable(NameTaskForCase.SUBJECT, (c.isStudentKnown()
        ? NameTaskForCase.studentShortName(c.getStudentName()) : "student not yet identified")
        + ", " + schools.name(c.getSchoolCode()));
    execution.setVariable("reportSummary", summary(c));
  }

  /** The tip a case came from: the tip service, a system caller, passes its record's number. */
  private static Long tipId(DelegateExecution execution) {
    Object id = execution.getVariable("tipId");
    if (id == null) {
      return null;
    }
    if ((id instanceof Long || id instanceof Integer) && ((Number) id).longValue() > 0) {
      return ((Number) id).longValue();
    }
    throw InvalidInputException.of("tipId", "threat.tipId.tipid-number-tip");
  }

  /**
   * The report as the team's forms show it (Markdown). It is the team's: a tip reporter's name is
   * marked as never to be shared with the student or the family, and no step that reaches the
   * student's side (parents' notices, the referral to an agency) carries this summary.
   */
  private String summary(ThreatCase c) {
    String when = calendar.day(c.getIncidentDate()) + (c.getIncidentTime() == null ? "" : " at " + c.getIncidentTime());
    String reporter = c.isAnonymous() ? "anonymous"
        : c.getReportedBy() == null ? "the tip page" : people.displayName(c.getReportedBy());
    String student = !c.isStudentKnown() ? "not yet identified"
        : c.getStudentName() + (c.getStudentGrade() == null ? "" : ", grade " + c.getStudentGrade());
    String source = c.getSourceName() == null ? "" : c.getReportSource() == ThreatCase.ReportSource.TIP
        ? " (" + c.getSourceName() + "; confidential: never tell the student or the family who reported)"
        : " (" + c.getSourceName() + ")";
    return "**Student of concern:** " + student
        + (c.getDistrictStudentId() == null ? "" : " (" + c.getDistrictStudentId() + ")") + "\n\n"
        + "**Threatened:** " + orNotSaid(c.getTargets()) + "\n\n"
        + "**Exact words or behavior:** " + c.getBehaviour() + "\n\n"
        + "**When and where:** " + when + ", " + orNotSaid(c.getIncidentLocation()) + "\n\n"
        + "**Weapon:** " + c.getWeapon().label() + (c.getWeaponDetails() == null ? "" : ": " + c.getWeaponDetails())
        + "\n\n"
        + "**Imminent danger reported:** " + (c.isImminentDanger() ? "yes" : "no") + "\n\n"
        + "**Source:** " + c.getReportSource().label() + source
        + "; reported by " + reporter + " on " + calendar.moment(c.getReportedAt());
  }

  private static String orNotSaid(String s) {
    return s == null ? "not said" : s;
  }
}
