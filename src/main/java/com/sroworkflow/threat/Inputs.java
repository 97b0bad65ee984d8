package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The threat case a step belongs to, checked to be this case's own (system.CaseRecords); submitted
 * values are read with system.SubmittedValues.
 */
final class Inputs {

  private Inputs() {}

  static Long caseId(VariableScope scope) {
    return CaseRecords.id(scope, "threatCaseId");
  }
}
