package com.sroworkflow.abuse;

import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import com.sroworkflow.school.SchoolCalendar;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of suspected child abuse or neglect in the scope: a count only, nothing of any report. An officer's
 * are those whose investigation they decided.
 */
@Component
class AbuseFigures implements RecordFigures {

  private final AbuseReportRepository reports;
  private final SchoolCalendar calendar;

  AbuseFigures(AbuseReportRepository reports, SchoolCalendar calendar) {
    this.reports = reports;
    this.calendar = calendar;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordCount> count(RecordScope scope) {
    long count = reports.findByReportedAtGreaterThanEqualAndReportedAtLessThan(
        scope.from().atStartOfDay(calendar.zone()).toInstant(),
        scope.to().plusDays(1).atStartOfDay(calendar.zone()).toInstant()).stream()
        .filter(r -> scope.includesSchool(r.getSchoolCode()))
        .filter(r -> scope.officer() == null || scope.officer().equals(r.getInvestigationDecidedBy()))
        .count();
    return List.of(new RecordCount("abuse-report", "Suspected child abuse or neglect reported", count));
  }
}
