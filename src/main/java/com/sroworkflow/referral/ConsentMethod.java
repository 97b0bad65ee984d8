package com.sroworkflow.referral;

/** How a parent or guardian gave consent. */
public enum ConsentMethod {
  SIGNED_FORM,
  IN_PERSON,
  PHONE,
  EMAIL
}
