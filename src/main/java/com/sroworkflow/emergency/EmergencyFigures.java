package com.sroworkflow.emergency;

import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency plans reviewed and drills held, for the monthly narrative and the quarterly report. An officer's
 * count is the reviews they took part in and the drills they recorded.
 */
@Component
class EmergencyFigures implements RecordFigures {

  private final PlanReviewRepository reviews;
  private final DrillRepository drills;

  EmergencyFigures(PlanReviewRepository reviews, DrillRepository drills) {
    this.reviews = reviews;
    this.drills = drills;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordCount> count(RecordScope scope) {
    long reviewed = reviews.findByReviewedOnBetween(scope.from(), scope.to()).stream()
        .filter(r -> scope.includesSchool(r.getSchoolCode()))
        .filter(r -> scope.officer() == null || scope.officer().equals(r.getSroUsername())).count();
    long held = drills.findByHeldOnBetween(scope.from(), scope.to()).stream()
        .filter(d -> scope.includesSchool(d.getSchoolCode()))
        .filter(d -> scope.officer() == null || scope.officer().equals(d.getRecordedBy())).count();
    return List.of(new RecordCount("planReview", "Emergency plans reviewed", reviewed),
        new RecordCount("drill", "Drills held", held));
  }
}
