package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The intended victim told: a student's parents, or a staff member and their supervisor, each with
 * who, when and how; or why there is no identifiable person to tell.
 */
@Component("recordVictimNotice")
class RecordVictimNotice implements TaskListener {

  private final ProtectiveActions protectiveActions;

  RecordVictimNotice(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void notify(DelegateTask task) {
    protectiveActions.recordVictimNotice(Inputs.caseId(task),
        SubmittedValues.choice(task, "victimKind", ProtectiveActions.Victim.class),
        new ProtectiveActions.Told(SubmittedValues.text(task, "toldWhom"), SubmittedValues.dateTime(task, "toldAt"),
            SubmittedValues.choice(task, "toldHow", ThreatNotice.Method.class)),
        new ProtectiveActions.Told(SubmittedValues.text(task, "supervisorToldWhom"),
            SubmittedValues.dateTime(task, "supervisorToldAt"),
            SubmittedValues.choice(task, "supervisorToldHow", ThreatNotice.Method.class)),
        SubmittedValues.text(task, "noticeNote"));
  }
}
