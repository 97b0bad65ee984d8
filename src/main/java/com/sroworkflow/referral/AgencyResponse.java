package com.sroworkflow.referral;

/** What the agency did with the referral. */
public enum AgencyResponse {
  ACCEPTED,
  /** The agency passed the family on to another provider. */
  REDIRECTED,
  DECLINED
}
