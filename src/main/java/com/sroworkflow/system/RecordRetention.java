package com.sroworkflow.system;

import java.time.Instant;

/**
 * A capability's own records that must not outlive their retention period. Camunda's history
 * cleanup removes a case's history once its history time to live has passed after the case ended;
 * each capability removes its records of the case on the same terms, driven by {@link RetentionSchedule}.
 */
public interface RecordRetention {

  /** What is removed, for the log ("closed referrals"). */
  String records();

  /** Removes what has expired at {@code now}; returns how many records were removed. */
  int removeExpired(Instant now);
}
