package com.sroworkflow.system;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes expired records of every capability once a night ({@code sro.retention.cron}, read in the district's
 * time zone, {@code sro.school-calendar.zone}, whatever the server's: "1:30 AM" is 1:30 AM at the schools, as
 * people read the records' dates), alongside Camunda's history cleanup window. Safe on several nodes at once:
 * each removal is a bulk delete of what has expired, so a second node finds nothing left to do.
 */
@Component
public class RetentionSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

  private final List<RecordRetention> retentions;

  public RetentionSchedule(List<RecordRetention> retentions) {
    this.retentions = retentions;
  }

  @Scheduled(cron = "${sro.retention.cron:0 30 1 * * *}", zone = "${sro.school-calendar.zone}")
  void nightly() {
    removeExpired(EngineClock.now());
  }

  public int removeExpired(Instant now) {
    int total = 0;
    for (RecordRetention retention : retentions) {
      int removed = retention.removeExpired(now);
      if (removed > 0) {
        LOG.info("Removed {} {} past their retention period", removed, retention.records());
      }
      total += removed;
    }
    return total;
  }
}
