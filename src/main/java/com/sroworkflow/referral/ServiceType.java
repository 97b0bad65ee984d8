package com.sroworkflow.referral;

/** The kinds of help a community agency in the directory gives (seed 003 III.A.2.f). */
public enum ServiceType {
  MENTAL_HEALTH("Mental health"),
  SUBSTANCE_USE("Substance use"),
  FAMILY_SERVICES("Family services"),
  YOUTH_PROGRAMS("Youth programs"),
  HEALTH("Health care"),
  OTHER("Other services");

  private final String label;

  ServiceType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
