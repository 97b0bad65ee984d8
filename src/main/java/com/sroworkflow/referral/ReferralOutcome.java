package com.sroworkflow.referral;

/** How a referral ended: the status the SRO records once the agency has answered. */
public enum ReferralOutcome {
  LINKED("Linked to services"),
  UNABLE_TO_CONTACT("Unable to contact the family"),
  FAMILY_DECLINED("Family declined"),
  AGENCY_DECLINED("Agency declined");

  private final String label;

  ReferralOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
