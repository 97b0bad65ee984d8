package com.sroworkflow.policereport;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Logs the SRO's disclosure of a police report and hands the report to its recipient's task. */
@Component("recordDisclosure")
class RecordDisclosure implements JavaDelegate {

  private final PoliceReportDisclosures disclosures;
  private final People people;

  RecordDisclosure(PoliceReportDisclosures disclosures, People people) {
    this.disclosures = disclosures;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PoliceReportDisclosure d = disclosures.disclose((String) execution.getVariable("schoolCode"),
        (String) execution.getVariable("reportNumber"), (String) execution.getVariable("recipient"),
        (String) execution.getVariable("reason"), people.actingUser((String) execution.getVariable("initiator")),
        execution.getProcessInstanceId());
    CaseRecords.bind(execution, "disclosureId", d.getId(), (String) execution.getVariable("schoolCode"));
    execution.setVariable("recipient", d.getRecipientUsername());
    execution.setVariable("caseTitle", "Police report " + execution.getVariable("reportNumber") + " disclosed to "
        + people.displayName(d.getRecipientUsername()));
    // the reason lives in the disclosure record; the process keeps ids and small facts
    execution.removeVariable("reason");
  }
}
