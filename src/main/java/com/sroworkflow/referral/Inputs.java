package com.sroworkflow.referral;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The referral a step belongs to; submitted values are read with system.SubmittedValues. */
final class Inputs {

  private Inputs() {}

  static Long referralId(VariableScope scope) {
    return ((Number) scope.getVariable("referralId")).longValue();
  }
}
