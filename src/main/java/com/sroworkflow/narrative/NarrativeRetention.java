package com.sroworkflow.narrative;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted narratives past their retention ({@code sro.narrative.kept-for}, five years from submission), as
 * {@code bpmn/sro-monthly-narrative.bpmn}'s history time to live does.
 */
@Component
class NarrativeRetention implements RecordRetention {

  private final SroNarrativeRepository narratives;

  NarrativeRetention(SroNarrativeRepository narratives) {
    this.narratives = narratives;
  }

  @Override
  public String records() {
    return "SRO monthly narratives";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return narratives.deleteExpired(now);
  }
}
