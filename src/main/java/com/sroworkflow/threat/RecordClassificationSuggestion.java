package com.sroworkflow.threat;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the decision table's suggestion and rationale with the case, and shows it to the team as
 * text; the process keeps no copy of the table's raw result.
 */
@Component("recordClassificationSuggestion")
class RecordClassificationSuggestion implements ExecutionListener {

  private final ThreatCases cases;

  RecordClassificationSuggestion(ThreatCases cases) {
    this.cases = cases;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    Map<String, Object> result = (Map<String, Object>) execution.getVariable("classificationSuggestion");
    ThreatClassification c = cases.suggest(Inputs.caseId(execution), result);
    execution.removeVariable("classificationSuggestion");
    execution.setVariable("suggestion", c.getSuggestedClassification().label() + ", level of concern "
        + c.getSuggestedLevel().label().toLowerCase(Locale.ROOT));
    execution.setVariable("suggestionRationale", c.getSuggestionRationale());
    execution.setVariable("selfHarmScreening", c.isSelfHarmScreening());
  }
}
