package com.sroworkflow.threat;

/**
 * CSTAG's classification of a threat: transient (rhetoric, a joke, anger resolved on the spot) or
 * substantive, which is serious (to hit, fight, beat up) or very serious (to kill, rape, shoot or
 * injure with a weapon).
 */
public enum Classification {
  TRANSIENT("Transient"),
  SERIOUS("Serious substantive"),
  VERY_SERIOUS("Very serious substantive");

  private final String label;

  Classification(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean substantive() {
    return this != TRANSIENT;
  }
}
