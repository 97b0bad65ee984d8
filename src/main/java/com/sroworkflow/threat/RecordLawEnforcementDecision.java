package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The SRO's decision on law-enforcement action; a police report, if any, is written next, apart from the case. */
@Component("recordLawEnforcementDecision")
class RecordLawEnforcementDecision implements TaskListener {

  private final ProtectiveActions protectiveActions;

  RecordLawEnforcementDecision(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void notify(DelegateTask task) {
    SroResponse decision = protectiveActions.decideLawEnforcementAction(Inputs.caseId(task),
        SubmittedValues.choice(task, "crimeOccurred", SroResponse.CrimeFinding.class),
        SubmittedValues.choice(task, "lawEnforcementAction", SroResponse.Decision.class),
        SubmittedValues.text(task, "teamSummary"));
    var caseInstance = task.getExecution().getProcessInstance();
    caseInstance.setVariable("policeReportNeeded", decision.getDecision() == SroResponse.Decision.POLICE_REPORT);
    caseInstance.setVariable("decidingSro", decision.getRecordedBy());
  }
}
