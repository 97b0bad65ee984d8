package com.sroworkflow.threat;

/** Florida's level of concern (Rule 6A-1.0019): how far a threat has gone towards being carried out. */
public enum LevelOfConcern {
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High");

  private final String label;

  LevelOfConcern(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
