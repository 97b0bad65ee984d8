package com.sroworkflow.threat;

/**
 * What a closed case stands as on the record: its classification, or not a threat when screening
 * dismissed it, or unfounded when a review found the report was not true.
 */
public enum Marking {
  NOT_A_THREAT("Not a threat"),
  TRANSIENT("Transient"),
  SERIOUS("Serious substantive"),
  VERY_SERIOUS("Very serious substantive"),
  UNFOUNDED("Unfounded");

  private final String label;

  Marking(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Marking of(Classification classification) {
    return valueOf(classification.name());
  }
}
