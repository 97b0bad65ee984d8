package com.sroworkflow.removal;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decided removals past their retention ({@code sro.program.assignments-kept-for}): personnel records, ten
 * years, as {@code bpmn/sro-removal.bpmn}'s history time to live removes the process's history.
 */
@Component
class RemovalRetention implements RecordRetention {

  private final SroRemovalRepository records;

  RemovalRetention(SroRemovalRepository records) {
    this.records = records;
  }

  @Override
  public String records() {
    return "decided SRO removals";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return records.deleteExpired(now);
  }
}
