package com.sroworkflow.threat;

import com.sroworkflow.system.InvalidInputException;
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
    ThreatClassification.Answers answers = new ThreatClassification.Answers(
        answer(task, "resolvedOnSpot"),
        answer(task, "violentThreat"),
        answer(task, "meansAccess"),
        answer(task, "hasPlan"),
        answer(task, "priorIncidents"),
        answer(task, "weaponSeen"),
        answer(task, "imminentDangerNow"),
        answer(task, "selfHarm"));
    ThreatClassification c = cases.assess(Inputs.caseId(task), answers, SubmittedValues.text(task, "assessmentNotes"));
    // The decision table's inputs, on the case for the next step.
    var caseInstance = task.getExecution().getProcessInstance();
    caseInstance.setVariable("answerResolvedOnSpot", c.getResolvedOnSpot().name());
    caseInstance.setVariable("answerViolentThreat", c.getViolentThreat().name());
    caseInstance.setVariable("answerMeansAccess", c.getMeansAccess().name());
    caseInstance.setVariable("answerHasPlan", c.getHasPlan().name());
    caseInstance.setVariable("answerPriorIncidents", c.getPriorIncidents().name());
    caseInstance.setVariable("answerWeaponSeen", c.getWeaponSeen().name());
    caseInstance.setVariable("answerImminentDanger", c.getImminentDanger().name());
    caseInstance.setVariable("answerSelfHarm", c.getSelfHarm().name());
    // A weapon or imminent danger found in the assessment: the immediate response comes before anything else.
    caseInstance.setVariable("immediateResponse", answers.immediateResponse());
  }

  /** Each question must be answered: the table gives no suggestion on a missing answer. */
  private static ThreatClassification.Answer answer(DelegateTask task, String name) {
    ThreatClassification.Answer answer = SubmittedValues.choice(task, name, ThreatClassification.Answer.class);
    if (answer == null) {
      throw InvalidInputException.of(name, "threat.answer-every-question-yes");
    }
    return answer;
  }
}
