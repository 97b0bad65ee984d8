package com.sroworkflow.threat;

import com.sroworkflow.school.Deadlines;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The principal's (or district designee's) second signature on a lowered classification. Signed off,
 * the lowering takes effect, and the district designee is told when it lowers a very serious threat;
 * refused, the decision table's suggestion stands.
 */
@Component("recordSignOff")
class RecordSignOff implements TaskListener {

  private final ThreatCases cases;
  private final ProtectiveActions protectiveActions;
  private final Deadlines deadlines;

  RecordSignOff(ThreatCases cases, ProtectiveActions protectiveActions, Deadlines deadlines) {
    this.cases = cases;
    this.protectiveActions = protectiveActions;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseId = Inputs.caseId(task);
    ThreatSignOff s = cases.signOff(caseId,
        SubmittedValues.choice(task, "signOffDecision", ThreatSignOff.Decision.class),
        SubmittedValues.text(task, "signOffNote"));
    if (s.getDecision() == ThreatSignOff.Decision.APPROVED && s.getFromClassification() == Classification.VERY_SERIOUS
        && s.getToClassification() != Classification.VERY_SERIOUS) {
      protectiveActions.tellDesigneesOfLowering(caseId, s, task.getProcessInstanceId());
    }
    RecordClassification.classified(task.getExecution().getProcessInstance(), cases.classification(caseId), deadlines);
  }
}
