package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The student of a report that did not name them: the case's title and summary now show who it is about. */
@Component("recordStudentIdentity")
class RecordStudentIdentity implements TaskListener {

  private final ThreatCases cases;
  private final RegisterThreatReport register;

  RecordStudentIdentity(ThreatCases cases, RegisterThreatReport register) {
    this.cases = cases;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    ThreatCase c = cases.identifyStudent(Inputs.caseId(task),
        SubmittedValues.text(task, "studentName"),
        SubmittedValues.text(task, "studentGrade"),
        SubmittedValues.text(task, "districtStudentId"));
    var caseInstance = task.getExecution().getProcessInstance();
    register.describe(caseInstance, c);
    caseInstance.setVariable("studentKnown", true);
    // Only for cases on an earlier model version, which prefill the referral form from this variable.
    if (c.getDistrictStudentId() != null) {
      caseInstance.setVariable("districtStudentId", c.getDistrictStudentId());
    }
  }
}
