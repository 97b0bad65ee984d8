package com.sroworkflow.referral;

/** Where parent or guardian consent to share the referral with the agency stands. */
public enum ConsentStatus {
  /** Not yet given: the referral waits, and nothing goes to the agency. */
  PENDING,
  GIVEN,
  /** The family refused: the referral closes as family declined. */
  REFUSED
}
