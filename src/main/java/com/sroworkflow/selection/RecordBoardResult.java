package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps the board result and its reason with the application. */
@Component("recordBoardResult")
class RecordBoardResult implements ExecutionListener {

  private final Applications applications;

  RecordBoardResult(Applications applications) {
    this.applications = applications;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    Map<String, Object> result = (Map<String, Object>) execution.getVariable("boardResult");
    if (result == null) {
      throw new IllegalStateException("the board result table gave no result");
    }
    // "favourable": the output's name in the table's earlier version, which running cases may still be bound to
    boolean favourable = Boolean.TRUE.equals(result.containsKey("favorable") ? result.get("favorable")
        : result.get("favourable"));
    applications.boardResult(CaseRecords.id(execution, "applicationId"), favourable, (String) result.get("reason"));
    execution.removeVariable("boardResult");
    execution.setVariable("boardFavourable", favourable);
  }
}
