package com.sroworkflow.truancy;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed truancy cases past their retention ({@code sro.truancy.cases-kept-for}, five years from closing), with
 * the SRO's notes (removed with their case), as {@code bpmn/truancy-case.bpmn}'s history time to live does.
 */
@Component
class TruancyRetention implements RecordRetention {

  private final TruancyCaseRepository cases;
  private final TruancyPoliceNoteRepository notes;

  TruancyRetention(TruancyCaseRepository cases, TruancyPoliceNoteRepository notes) {
    this.cases = cases;
    this.notes = notes;
  }

  @Override
  public String records() {
    return "closed truancy cases and the SRO's notes";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return cases.deleteExpired(now);
  }
}
