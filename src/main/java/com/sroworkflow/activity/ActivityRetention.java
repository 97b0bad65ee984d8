package com.sroworkflow.activity;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity log entries past their retention ({@code sro.program.activities-kept-for}, five years from the
 * day of the activity), as {@code bpmn/sro-activity.bpmn}'s history time to live removes the process's history.
 */
@Component
class ActivityRetention implements RecordRetention {

  private final ActivityRepository records;

  ActivityRetention(ActivityRepository records) {
    this.records = records;
  }

  @Override
  public String records() {
    return "activity log entries";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return records.deleteExpired(now);
  }
}
