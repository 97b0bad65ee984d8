package com.sroworkflow.truancy;

import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import com.sroworkflow.school.SchoolCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Truancy in the scope: cases opened at the schools, and the SRO's part in them (home visits made, board
 * hearings attended; by the officer when the scope names one). Counts only: no student.
 */
@Component
class TruancyFigures implements RecordFigures {

  private final TruancyCaseRepository cases;
  private final SchoolCalendar calendar;

  TruancyFigures(TruancyCaseRepository cases, SchoolCalendar calendar) {
    this.cases = cases;
    this.calendar = calendar;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordCount> count(RecordScope scope) {
    Instant from = scope.from().atStartOfDay(calendar.zone()).toInstant();
    Instant to = scope.to().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    long opened = 0;
    long visits = 0;
    long hearings = 0;
    for (TruancyCase c : cases.activeBetween(from, to)) {
      if (!scope.includesSchool(c.getSchoolCode())) {
        continue;
      }
      if (!c.getOpenedAt().isBefore(from)) {
        opened++;
      }
      if (within(c.getHomeVisitOn(), scope) && by(scope, c.getHomeVisitBy())) {
        visits++;
      }
      if (c.getHearingOutcome() != null && within(c.getHearingOn(), scope) && by(scope, c.getHearingRecordedBy())) {
        hearings++;
      }
    }
    return List.of(new RecordCount("truancy-case", "Truancy cases opened", opened),
        new RecordCount("truancy-home-visit", "Truancy home visits", visits),
        new RecordCount("truancy-hearing", "Truancy board hearings attended", hearings));
  }

  private static boolean within(LocalDate day, RecordScope scope) {
    return day != null && !day.isBefore(scope.from()) && !day.isAfter(scope.to());
  }

  private static boolean by(RecordScope scope, String who) {
    return scope.officer() == null || scope.officer().equals(who);
  }
}
