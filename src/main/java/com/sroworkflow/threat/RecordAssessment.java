package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps the team's answers to the CSTAG questions, which the decision table reads next. */
@Component("recordAssessment")
class RecordAssessment implements TaskListener {

  private final ThreatCases cases;

  RecordAssessment(ThreatCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    ThreatClassification c = cases.assess(Inputs.caseId(task),
        answer(task, "resolvedOnSpot"),
        answer(task, "violentThreat"),
        answer(task, "meansAccess"),
        answer(task, "hasPlan"),
        answer(task, "priorIncidents"),
        SubmittedValues.text(task, "assessmentNotes"));
    // The decision table's inputs, on the case for the next step.
    var caseInstance = task.getExecution().getProcessInstance();
    caseInstance.setVariable("answerResolvedOnSpot", c.getResolvedOnSpot().name());
    caseInstance.setVariable("answerViolentThreat", c.getViolentThreat().name());
    caseInstance.setVariable("answerMeansAccess", c.getMeansAccess().name());
    caseInstance.setVariable("answerHasPlan", c.getHasPlan().name());
    caseInstance.setVariable("answerPriorIncidents", c.getPriorIncidents().name());
  }

  private static ThreatClassification.Answer answer(DelegateTask task, String name) {
    return SubmittedValues.choice(task, name, ThreatClassification.Answer.class);
  }
}
