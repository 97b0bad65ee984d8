package com.sroworkflow.threat;

import com.sroworkflow.school.Deadlines;
import com.sroworkflow.system.SubmittedValues;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The team's classification, as suggested or overridden with a reason. A lowering of the table's
 * suggestion waits for its second signature ({@code signOffNeeded}); otherwise a substantive threat
 * starts the clocks of the protective actions and of the safety plan (and evaluation, when very serious).
 */
@Component("recordClassification")
class RecordClassification implements TaskListener {

  private final ThreatCases cases;
  private final Deadlines deadlines;

  RecordClassification(ThreatCases cases, Deadlines deadlines) {
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
    Optional<ThreatSignOff> signOff = cases.openSignOff(c.getThreatCaseId());
    caseInstance.setVariable("signOffNeeded", signOff.isPresent());
    if (signOff.isPresent()) {
      // What the signer reads on the sign-off form.
      caseInstance.setVariable("proposedClassification", signOff.get().getToClassification().label()
          + ", level of concern " + signOff.get().getToLevel().label().toLowerCase(Locale.ROOT));
      caseInstance.setVariable("proposedReason", signOff.get().getReason());
    } else {
      classified(caseInstance, c, deadlines);
    }
  }

  /** The decided classification on the case, and the clocks it starts. */
  static void classified(DelegateExecution caseInstance, ThreatClassification c, Deadlines deadlines) {
    caseInstance.setVariable("classification", c.getClassification().name());
    caseInstance.setVariable("levelOfConcern", c.getLevelOfConcern().name());
    caseInstance.setVariable("classificationLabel", c.getClassification().label());
    if (c.getClassification().substantive()) {
      caseInstance.setVariable("protectiveActionsDue", deadlines.due("threatProtectiveActions"));
      // Serious and very serious cases get a written safety plan; very serious ones an evaluation first.
      caseInstance.setVariable("safetyEvaluationDue", deadlines.due("threatSafetyEvaluation"));
    }
  }
}
