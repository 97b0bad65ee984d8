package com.sroworkflow.training;

import java.time.LocalDate;

/**
 * Where an officer stands on one required training or certification on a given day.
 *
 * @param state VALID: completed and not expired; IN_TRAINING: a new SRO's initial training, not yet
 *     due; LAPSED: expired, overdue or never done
 * @param reason in words, for the refusal and the report
 */
public record TrainingStatus(String kind, String title, State state, LocalDate validUntil, LocalDate dueOn,
    String reason) {

  public enum State {
    VALID("Valid"),
    IN_TRAINING("In initial training"),
    LAPSED("Lapsed");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public boolean lapsed() {
    return state == State.LAPSED;
  }
}
