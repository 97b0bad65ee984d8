package com.sroworkflow.threat;

/** How a threat case closed. */
public enum CaseOutcome {
  DISMISSED("Not a threat: dismissed at screening"),
  TRANSIENT_RESOLVED("Transient threat resolved"),
  RESOLVED("Concern resolved: the safety plan is done and the team sees no further risk"),
  ONGOING_SUPPORT("Monitoring ended; the student goes on with support services"),
  STUDENT_LEFT("The student left the school");

  private final String label;

  CaseOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The outcomes the team chooses from when it closes a monitored case. */
  public boolean afterMonitoring() {
    return this == RESOLVED || this == ONGOING_SUPPORT || this == STUDENT_LEFT;
  }
}
