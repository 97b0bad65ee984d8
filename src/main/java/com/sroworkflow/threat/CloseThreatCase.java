package com.sroworkflow.threat;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the case with the outcome the model names ({@code caseOutcome}) and the summary the last step
 * recorded ({@code closingSummary}). The record is kept as long as the case's history: the process
 * definition's history time to live, from now.
 */
@Component("closeThreatCase")
class CloseThreatCase implements JavaDelegate {

  private final ThreatCases cases;

  CloseThreatCase(ThreatCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer days = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getHistoryTimeToLive();
    ThreatCase c = cases.close(Inputs.caseId(execution),
        CaseOutcome.valueOf((String) execution.getVariable("caseOutcome")),
        (String) execution.getVariable("closingSummary"), Duration.ofDays(days));
    execution.setVariable("marking", c.getMarking().name());
  }
}
