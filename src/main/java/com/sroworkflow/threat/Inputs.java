package com.sroworkflow.threat;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The threat case a step belongs to; submitted values are read with system.SubmittedValues. */
final class Inputs {

  private Inputs() {}

  static Long caseId(VariableScope scope) {
    return ((Number) scope.getVariable("threatCaseId")).longValue();
  }
}
