package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps one board member's scores; they stay out of the process, which only needs the result. */
@Component("recordBoardScore")
class RecordBoardScore implements TaskListener {

  private final Applications applications;

  RecordBoardScore(Applications applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Number> scores = new HashMap<>();
    for (String criterion : BoardScore.CRITERIA) {
      if (task.getVariable(criterion) instanceof Number n) {
        scores.put(criterion, n);
      }
    }
    applications.score(CaseRecords.id(task, "applicationId"), SubmittedValues.text(task, "boardMember"), scores,
        SubmittedValues.text(task, "boardRecommendation"), SubmittedValues.text(task, "scoreComments"));
  }
}
