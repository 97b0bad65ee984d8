package com.sroworkflow.referral;

/** The answer of the follow-up: did the services help the student or family? */
public enum ReferralHelped {
  YES,
  PARTLY,
  NO,
  UNKNOWN
}
