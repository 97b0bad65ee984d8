package com.sroworkflow.report;

import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.School;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.Caller;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.threeten.extra.YearQuarter;

/**
 * Who reads which quarterly report, following the rules of the cases: the Chief (and administrators)
 * every report; a supervisor the reports of the SROs they supervise and of the schools those SROs
 * served in the quarter; a principal the report of their school; an SRO their own. Nobody else.
 */
@Service
class ReportAccess {

  private final People people;
  private final Schools schools;
  private final Assignments assignments;
  private final QuarterlyReports reports;

  ReportAccess(People people, Schools schools, Assignments assignments, QuarterlyReports reports) {
    this.people = people;
    this.schools = schools;
    this.assignments = assignments;
    this.reports = reports;
  }

  public boolean seesEverything(Caller caller) {
    List<String> groups = groups(caller);
    return groups.contains(Roles.CHIEF) || groups.contains(Roles.ADMIN);
  }

  /** The officers whose reports the caller reads: everyone ever assigned, cut to what they may see. */
  public List<String> officers(Caller caller) {
    Set<String> all = new LinkedHashSet<>();
    for (School s : schools.all()) {
      assignments.ofSchool(s.getCode()).forEach(a -> all.add(a.getOfficerUsername()));
    }
    return all.stream().filter(o -> mayReadOfficer(caller, o)).sorted().toList();
  }

  public List<String> schools(Caller caller, YearQuarter quarter) {
    return schools.all().stream().map(School::getCode).filter(c -> mayReadSchool(caller, c, quarter)).toList();
  }

  public boolean mayReadOfficer(Caller caller, String officer) {
    if (caller == null || officer == null) {
      return false;
    }
    if (seesEverything(caller) || caller.userId().equals(officer) && groups(caller).contains(Roles.SRO)) {
      return true;
    }
    return groups(caller).contains(Roles.SUPERVISOR)
        && people.supervisorOf(officer).map(caller.userId()::equals).orElse(false);
  }

  public boolean mayReadSchool(Caller caller, String school, YearQuarter quarter) {
    if (caller == null || school == null) {
      return false;
    }
    if (seesEverything(caller)) {
      return true;
    }
    List<String> groups = groups(caller);
    if (groups.contains(Roles.PRINCIPAL) && caller.actsFor(school)) {
      return true;
    }
    return groups.contains(Roles.SUPERVISOR) && reports.sroOf(school, quarter).stream()
        .anyMatch(o -> people.supervisorOf(o).map(caller.userId()::equals).orElse(false));
  }

  private static List<String> groups(Caller caller) {
    return caller == null ? List.of() : caller.groupIds();
  }
}
