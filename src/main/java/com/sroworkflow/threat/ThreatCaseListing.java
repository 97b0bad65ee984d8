package com.sroworkflow.threat;

import com.sroworkflow.casefile.CaseListing;
import com.sroworkflow.casefile.CaseQueries;
import com.sroworkflow.school.SchoolCalendar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Threat cases in the case lists, the student search and the case file (issue 17). */
@Component
@Transactional(readOnly = true)
class ThreatCaseListing implements CaseListing {

  static final Kind KIND = new Kind("threat", "Threat case", ThreatAccess.CASE_PROCESS, false,
      List.of("documents", "transfer", "reassess"));
  private static final CaseQueries QUERIES = new CaseQueries("schoolCode", "reportedAt", "closedAt", "studentNameKey");

  private final ThreatCaseRepository cases;
  private final SchoolCalendar calendar;

  ThreatCaseListing(ThreatCaseRepository cases, SchoolCalendar calendar) {
    this.cases = cases;
    this.calendar = calendar;
  }

  @Override
  public Kind kind() {
    return KIND;
  }

  @Override
  public Slice list(Filter filter, int limit) {
    Specification<ThreatCase> spec = QUERIES.filter(filter);
    if (filter.classification() != null) {
      Classification c = Classification.valueOf(filter.classification());
      spec = spec.and((root, query, cb) -> cb.equal(root.get("classification"), c));
    }
    Page<ThreatCase> page = cases.findAll(spec, QUERIES.page(filter, limit));
    return new Slice(page.getContent().stream().map(ThreatCaseListing::row).toList(), page.getTotalElements());
  }

  @Override
  public List<Row> rows(Collection<String> caseIds) {
    return CaseQueries.byCaseIds(caseIds, cases::findByProcessInstanceIdIn).stream().map(ThreatCaseListing::row)
        .toList();
  }

  @Override
  public List<Student> students(String text, String nameKey, Collection<String> schools, int limit) {
    return cases.findAll(QUERIES.<ThreatCase>studentsLike(text, nameKey, schools),
            PageRequest.of(0, limit, org.springframework.data.domain.Sort.by("studentNameKey", "id"))).stream()
        .filter(ThreatCase::isStudentKnown)
        .map(c -> new Student(c.getDistrictStudentId(), c.getStudentName(), c.getStudentGrade(), c.getSchoolCode()))
        .toList();
  }

  @Override
  public List<Row> ofStudent(String districtStudentId, Collection<String> schools) {
    return cases.findAll(QUERIES.<ThreatCase>ofStudent(districtStudentId, schools)).stream()
        .map(ThreatCaseListing::row).toList();
  }

  @Override
  public List<Fact> facts(String caseId) {
    ThreatCase c = cases.findByProcessInstanceId(caseId).orElse(null);
    if (c == null) {
      return List.of();
    }
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Incident", calendar.day(c.getIncidentDate())
        + (c.getIncidentLocation() == null ? "" : ", " + c.getIncidentLocation())));
    facts.add(new Fact("Reported", calendar.moment(c.getReportedAt()) + ": " + c.getReportSource().label()));
    facts.add(new Fact("What was said or done", c.getBehaviour()));
    if (c.getTargets() != null) {
      facts.add(new Fact("Against whom", c.getTargets()));
    }
    facts.add(new Fact("Weapon", c.getWeapon().label()
        + (c.getWeaponDetails() == null ? "" : ": " + c.getWeaponDetails())));
    facts.add(new Fact("Imminent danger", c.isImminentDanger() ? "Yes" : "No"));
    if (c.getMarking() != null) {
      facts.add(new Fact("Marked as", c.getMarking().label()));
    }
    if (c.getPoliceReportFiledAt() != null) {
      facts.add(new Fact("Police report", "Filed " + calendar.moment(c.getPoliceReportFiledAt())));
    }
    if (c.getOutcome() != null) {
      facts.add(new Fact("Outcome", c.getOutcome().label()));
      if (c.getClosingSummary() != null) {
        facts.add(new Fact("Closing summary", c.getClosingSummary()));
      }
    }
    return facts;
  }

  @Override
  public Set<String> existing(Collection<String> caseIds) {
    Set<String> found = new HashSet<>();
    CaseQueries.byCaseIds(caseIds, cases::findByProcessInstanceIdIn)
        .forEach(c -> found.add(c.getProcessInstanceId()));
    return found;
  }

  static Row row(ThreatCase c) {
    return new Row(c.getProcessInstanceId(), KIND.id(), KIND.label(), String.valueOf(c.getId()), c.getSchoolCode(),
        c.isStudentKnown() ? c.getStudentName() : null, c.getDistrictStudentId(), c.getStudentGrade(),
        c.getReportedAt(), c.getClosedAt(), c.getOutcome() != null ? c.getOutcome().label()
            : c.isClosed() ? "Closed" : "Open",
        c.getClassification() == null ? null : c.getClassification().label(),
        c.getLevelOfConcern() == null ? null : c.getLevelOfConcern().label(), null);
  }
}
