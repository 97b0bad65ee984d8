package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Turns all members' scores into the inputs of the board result table. */
@Component("summariseBoardScores")
class SummariseBoardScores implements JavaDelegate {

  private final Applications applications;

  SummariseBoardScores(Applications applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Applications.BoardSummary summary = applications.summarise(CaseRecords.id(execution, "applicationId"));
    execution.setVariable("majorityFavourable", summary.majorityFavourable());
    execution.setVariable("averageTotal", summary.averageTotal());
    execution.setVariable("lowestCriterionAverage", summary.lowestCriterionAverage());
  }
}
