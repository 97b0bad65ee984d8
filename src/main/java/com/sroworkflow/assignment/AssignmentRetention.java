package com.sroworkflow.assignment;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ended assignments past their retention ({@code sro.program.assignments-kept-for}): personnel records, ten
 * years, as the models' history time to live removes their processes' history.
 */
@Component
class AssignmentRetention implements RecordRetention {

  private final SroAssignmentRepository records;

  AssignmentRetention(SroAssignmentRepository records) {
    this.records = records;
  }

  @Override
  public String records() {
    return "ended SRO assignments";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return records.deleteExpired(now);
  }
}
