package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A protective action: the parents of the intended victim, or of the student, were told; who, when,
 * how. The model names whose parents with the input parameter {@code noticeKind}.
 */
@Component("recordParentNotice")
class RecordParentNotice implements TaskListener {

  private final ProtectiveActions protectiveActions;

  RecordParentNotice(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void notify(DelegateTask task) {
    protectiveActions.recordNotice(Inputs.caseId(task),
        ThreatNotice.Kind.valueOf((String) task.getVariable("noticeKind")),
        SubmittedValues.text(task, "toldWhom"),
        SubmittedValues.dateTime(task, "toldAt"),
        SubmittedValues.choice(task, "toldHow", ThreatNotice.Method.class),
        SubmittedValues.text(task, "noticeNote"),
        SubmittedValues.flag(task, "noIdentifiableVictim"));
  }
}
