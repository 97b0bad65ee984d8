package com.sroworkflow.referral;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a district may set for referrals ({@code sro.referral.*}).
 *
 * @param acknowledgementSchoolDays school days the principal has to acknowledge a referral before it
 *                                  escalates to the district's designee
 * @param followUpAfter             how long after the family is linked to services the SRO asks
 *                                  whether the referral helped (ISO 8601 period)
 */
@ConfigurationProperties("sro.referral")
public record ReferralSettings(Integer acknowledgementSchoolDays, Period followUpAfter) {

  public ReferralSettings {
    acknowledgementSchoolDays = acknowledgementSchoolDays == null ? 1 : acknowledgementSchoolDays;
    followUpAfter = followUpAfter == null ? Period.ofDays(30) : followUpAfter;
    if (acknowledgementSchoolDays < 1) {
      throw new IllegalArgumentException("sro.referral.acknowledgement-school-days must be at least 1");
    }
    if (followUpAfter.isNegative() || followUpAfter.isZero()) {
      throw new IllegalArgumentException("sro.referral.follow-up-after must be a positive period such as P30D");
    }
  }
}
