package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A follow-up review: the level of concern now sets when the next review is due; a revision adds
 * plan actions; closing needs nothing left open.
 */
@Component("recordReview")
class RecordReview implements TaskListener {

  /** The rows for new actions of forms/threat-assessment-review.form. */
  static final int ROWS = 3;

  private final SafetyPlans plans;

  RecordReview(SafetyPlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    ThreatReview.Decision decision = SubmittedValues.choice(task, "reviewDecision", ThreatReview.Decision.class);
    LevelOfConcern concern = SubmittedValues.choice(task, "concernNow", LevelOfConcern.class);
    Long caseId = Inputs.caseId(task);
    Integer revision = plans.review(caseId, SubmittedValues.text(task, "reviewNotes"), concern, decision,
        SubmittedValues.choice(task, "closingOutcome", CaseOutcome.class), SubmittedValues.text(task, "closingNote"),
        PlanActionRows.read(task, ROWS));
    DelegateExecution caseInstance = task.getExecution().getProcessInstance();
    caseInstance.setVariable("afterReview", decision.name());
    caseInstance.setVariable("levelOfConcern", concern.name());
    if (revision != null) {
      CaseRecords.bindEach(task, "planActionId", plans.actionIds(caseId, revision));
      caseInstance.setVariable("planRevision", revision);
    }
    if (decision == ThreatReview.Decision.CLOSE) {
      caseInstance.setVariable("caseOutcome", SubmittedValues.text(task, "closingOutcome"));
      caseInstance.setVariable("closingSummary", SubmittedValues.text(task, "closingNote"));
    }
  }
}
