package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The principals of the school are told that a closed case was re-marked, and why. */
@Component("tellPrincipalOfRemark")
class TellPrincipalOfRemark implements JavaDelegate {

  private final ThreatCases cases;
  private final ThreatCaseRemarkRepository remarks;
  private final ThreatNotifications notifications;

  TellPrincipalOfRemark(ThreatCases cases, ThreatCaseRemarkRepository remarks, ThreatNotifications notifications) {
    this.cases = cases;
    this.remarks = remarks;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ThreatCaseRemark remark = remarks.findById(CaseRecords.id(execution, "remarkId")).orElseThrow();
    notifications.remarked(cases.require(Inputs.caseId(execution)), remark, execution.getProcessInstanceId());
  }
}
