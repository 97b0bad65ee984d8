package com.sroworkflow.emergency;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Plan reviews and drills past their retention ({@code sro.emergency.kept-for}, five years). */
@Component
class EmergencyRetention implements RecordRetention {

  private final PlanReviewRepository reviews;
  private final DrillRepository drills;

  EmergencyRetention(PlanReviewRepository reviews, DrillRepository drills) {
    this.reviews = reviews;
    this.drills = drills;
  }

  @Override
  public String records() {
    return "emergency plan reviews and drills";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return reviews.deleteExpired(now) + drills.deleteExpired(now);
  }
}
