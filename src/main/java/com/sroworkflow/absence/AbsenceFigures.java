package com.sroworkflow.absence;

import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absences in the scope: how many an SRO (or the SROs of the schools) had, their days away within the
 * scope, and the days an SRO covered someone else's school. Counts only.
 */
@Component
class AbsenceFigures implements RecordFigures {

  private final SroAbsenceRepository absences;
  private final Assignments assignments;

  AbsenceFigures(SroAbsenceRepository absences, Assignments assignments) {
    this.absences = absences;
    this.assignments = assignments;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordCount> count(RecordScope scope) {
    long away = 0;
    long days = 0;
    long covered = 0;
    for (SroAbsence a : absences.coveredBetween(scope.from(), scope.to())) {
      if (!a.happened()) {
        continue;
      }
      boolean atScope = scope.schoolCodes().isEmpty() || assignments.ofOfficer(a.getOfficerUsername()).stream()
          .anyMatch(x -> scope.includesSchool(x.getSchoolCode()) && x.overlaps(a.getFirstDay(), a.getLastDay()));
      long within = overlapDays(a, scope);
      if ((scope.officer() == null || scope.officer().equals(a.getOfficerUsername())) && atScope) {
        away++;
        days += within;
      }
      if (scope.officer() != null && scope.officer().equals(a.getCoverOfficer())) {
        covered += within;
      }
    }
    return List.of(new RecordCount("absence", "SRO absences (leave, training, court days)", away),
        new RecordCount("absence-days", "Days an SRO was away, covered", days),
        new RecordCount("cover-days", "Days covering another SRO's schools", covered));
  }

  private static long overlapDays(SroAbsence a, RecordScope scope) {
    LocalDate from = a.getFirstDay().isAfter(scope.from()) ? a.getFirstDay() : scope.from();
    LocalDate to = a.getLastDay().isBefore(scope.to()) ? a.getLastDay() : scope.to();
    return to.isBefore(from) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
  }
}
