package com.sroworkflow.referral;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Referrals are records about minors and are not kept forever: once a closed referral's retention
 * period has passed, its record is removed, as Camunda's history cleanup removes the case's history
 * at the same time (both count the process's history time to live from the end of the case).
 */
@Component
class ReferralRetention implements RecordRetention {

  private final ReferralRepository referrals;

  ReferralRetention(ReferralRepository referrals) {
    this.referrals = referrals;
  }

  @Override
  public String records() {
    return "closed referrals";
  }

  @Override
  public int removeExpired(Instant now) {
    return referrals.deleteExpired(now);
  }
}
