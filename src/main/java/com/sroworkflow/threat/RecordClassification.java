package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The team's classification, as suggested or overridden with a reason. A substantive threat starts
 * the clock of the protective actions, a very serious one that of the safety evaluation too.
 */
@Component("recordClassification")
class RecordClassification implements TaskListener {

  private final ThreatCases cases;
  private final ThreatDeadlines deadlines;

  RecordClassification(ThreatCases cases, ThreatDeadlines deadlines) {
    this.cases = cases;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    ThreatClassification c = cases.decide(Inputs.caseId(task),
        "OVERRIDE".equals(SubmittedValues.text(task, "classificationChoice")),
        SubmittedValues.choice(task, "overrideClassification", Classification.class),
        SubmittedValues.choice(task, "overrideLevel", LevelOfConcern.class),
        SubmittedValues.text(task, "overrideReason"),
        SubmittedValues.text(task, "classificationNote"));
    DelegateExecution caseInstance = task.getExecution().getProcessInstance();
    caseInstance.setVariable("classification", c.getClassification().name());
    caseInstance.setVariable("levelOfConcern", c.getLevelOfConcern().name());
    caseInstance.setVariable("classificationLabel", c.getClassification().label());
    if (c.getClassification().substantive()) {
      caseInstance.setVariable("protectiveActionsDue", deadlines.protectiveActionsDue());
    }
    if (c.getClassification() == Classification.VERY_SERIOUS) {
      caseInstance.setVariable("safetyEvaluationDue", deadlines.safetyEvaluationDue());
    }
  }
}
