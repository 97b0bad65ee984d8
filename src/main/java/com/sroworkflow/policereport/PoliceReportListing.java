package com.sroworkflow.policereport;

import com.sroworkflow.casefile.CaseListing;
import com.sroworkflow.casefile.CaseQueries;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.threat.ThreatCase;
import com.sroworkflow.threat.ThreatCases;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Police reports in the case lists and the case file (issue 17): law-enforcement records (FERPA), listed for
 * the police roles only (casefile.CaseFinder asks only for the kinds the caller's role reads). A report has no
 * student of its own: it shows its threat case's, asked for the whole page at once.
 */
@Component
@Transactional(readOnly = true)
class PoliceReportListing implements CaseListing {

  static final Kind KIND = new Kind("police", "Police report", PoliceReportAccess.POLICE_REPORT_PROCESS, true,
      List.of());
  /** A report is a finished record once filed: it has no open state of its own. */
  private static final CaseQueries QUERIES = new CaseQueries("schoolCode", "filedAt", null, null);

  private final PoliceReportRepository reports;
  private final ThreatCases threatCases;
  private final SchoolCalendar calendar;
  private final Schools schools;

  PoliceReportListing(PoliceReportRepository reports, ThreatCases threatCases, SchoolCalendar calendar,
      Schools schools) {
    this.schools = schools;
    this.reports = reports;
    this.threatCases = threatCases;
    this.calendar = calendar;
  }

  @Override
  public Kind kind() {
    return KIND;
  }

  @Override
  public Slice list(Filter filter, int limit) {
    if (filter.classification() != null) {
      return new Slice(List.of(), 0);
    }
    Page<PoliceReport> page = reports.findAll(QUERIES.<PoliceReport>filter(filter), QUERIES.page(filter, limit));
    return new Slice(rows(page.getContent()), page.getTotalElements());
  }

  @Override
  public List<Row> rows(Collection<String> caseIds) {
    return rows(CaseQueries.byCaseIds(caseIds, reports::findByProcessInstanceIdIn));
  }

  /** Students are found through their threat cases, which hold who they are. */
  @Override
  public List<Student> students(String text, String nameKey, Collection<String> schools, int limit) {
    return List.of();
  }

  @Override
  public List<Row> ofStudent(String districtStudentId, Collection<String> schools) {
    List<Long> caseIds = threatCases.idsOfStudent(districtStudentId, schools);
    return caseIds.isEmpty() ? List.of() : rows(reports.findByThreatCaseIdInAndSchoolCodeIn(caseIds, schools));
  }

  @Override
  public List<Fact> facts(String caseId) {
    List<PoliceReport> found = reports.findByProcessInstanceIdIn(List.of(caseId));
    if (found.isEmpty()) {
      return List.of();
    }
    PoliceReport r = found.get(0);
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Report number", r.getReportNumber()));
    facts.add(new Fact("Offense", r.getOffence()));
    facts.add(new Fact("Report date", calendar.day(r.getReportDate())));
    facts.add(new Fact("Disposition", r.getDisposition().label()));
    facts.add(new Fact("Narrative", r.getNarrative()));
    return facts;
  }

  /**
   * The police reports filed on this threat case that stay with the police department where they were filed while
   * the case moved with the student (transfer.CaseMoves): which report, and where the department keeps it. Only
   * police roles are asked (the case file asks the kinds the caller reads); the report itself opens only for the
   * police roles of the school where it was filed.
   */
  @Override
  public List<Fact> linkedTo(String caseId) {
    Long threatCaseId = threatCases.caseOf(caseId).orElse(null);
    if (threatCaseId == null) {
      return List.of();
    }
    Map<Long, ThreatCase> cases = threatCases.byIds(List.of(threatCaseId));
    ThreatCase c = cases.get(threatCaseId);
    if (c == null) {
      return List.of();
    }
    List<Fact> facts = new ArrayList<>();
    for (PoliceReport r : reports.findByThreatCaseId(threatCaseId)) {
      if (!r.getSchoolCode().equals(c.getSchoolCode())) {
        facts.add(new Fact("Police report (kept by the department)", "Report " + r.getReportNumber() + ", filed "
            + calendar.day(r.getReportDate()) + " at " + schools.name(r.getSchoolCode()) + ": it stays with the"
            + " police department where it was filed; ask the department for it."));
      }
    }
    return facts;
  }

  @Override
  public Set<String> existing(Collection<String> caseIds) {
    Set<String> found = new HashSet<>();
    CaseQueries.byCaseIds(caseIds, reports::findByProcessInstanceIdIn).forEach(r -> found.add(r.getProcessInstanceId()));
    return found;
  }

  /** The rows, with the student of each report's threat case read in one query for them all. */
  private List<Row> rows(List<PoliceReport> page) {
    if (page.isEmpty()) {
      return List.of();
    }
    Map<Long, ThreatCase> cases = threatCases.byIds(page.stream().map(PoliceReport::getThreatCaseId).toList());
    return page.stream().map(r -> {
      ThreatCase c = cases.get(r.getThreatCaseId());
      boolean known = c != null && c.isStudentKnown();
      return new Row(r.getProcessInstanceId(), KIND.id(), KIND.label(), r.getReportNumber(), r.getSchoolCode(),
          known ? c.getStudentName() : null, known ? c.getDistrictStudentId() : null,
          known ? c.getStudentGrade() : null, r.getFiledAt(), r.getFiledAt(), r.getDisposition().label(), null, null,
          c == null ? null : c.getProcessInstanceId());
    }).toList();
  }
}
