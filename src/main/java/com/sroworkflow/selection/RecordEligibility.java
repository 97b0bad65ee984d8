package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import static com.sroworkflow.system.JsonVariables.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the eligibility table's findings with the application and shows them to HR, one row per
 * criterion with its reason; the process keeps only whether the applicant is eligible.
 */
@Component("recordEligibility")
class RecordEligibility implements ExecutionListener {

  private final Applications applications;

  RecordEligibility(Applications applications) {
    this.applications = applications;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    List<Map<String, Object>> result = (List<Map<String, Object>>) execution.getVariable("eligibilityFindings");
    List<Applications.Finding> findings = applications.recordEligibility(CaseRecords.id(execution, "applicationId"),
        result);
    boolean eligible = findings.stream().allMatch(Applications.Finding::met);
    execution.removeVariable("eligibilityFindings");
    execution.setVariable("eligible", eligible);
    execution.setVariable("eligibilityReport", json(findings.stream().map(f -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("criterion", f.criterion());
      row.put("result", f.met() ? "met" : "NOT MET");
      row.put("reason", f.reason());
      return row;
    }).toList()));
    execution.setVariable("eligibilityVerdict", eligible
        ? "Eligible: every criterion is met."
        : "Not eligible: the applicant will be told which criteria are not met, and the application closes.");
  }
}
