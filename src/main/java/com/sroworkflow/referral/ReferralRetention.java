package com.sroworkflow.referral;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Referrals are records about minors and are not kept forever: once a closed referral's retention
 * period has passed, its record is removed, as Camunda's history cleanup removes the case's history
 * at the same time (both count the process's history time to live from the end of the case).
 */
@Component
class ReferralRetention {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralRetention.class);

  private final ReferralRepository referrals;

  ReferralRetention(ReferralRepository referrals) {
    this.referrals = referrals;
  }

  @Scheduled(cron = "${sro.referral.retention-cleanup-cron:0 30 1 * * *}")
  void removeExpiredReferrals() {
    removeExpired(Instant.now());
  }

  int removeExpired(Instant now) {
    int removed = referrals.deleteExpired(now);
    if (removed > 0) {
      LOG.info("Removed {} closed referrals whose retention period has passed", removed);
    }
    return removed;
  }
}
