package com.sroworkflow.policereport;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
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
    PoliceReportDisclosure d = disclosures.disclose(SubmittedValues.text(execution, "schoolCode"),
        SubmittedValues.text(execution, "reportNumber"), SubmittedValues.text(execution, "recipient"),
        SubmittedValues.text(execution, "reason"), people.actingUser(SubmittedValues.text(execution, "initiator")),
        execution.getProcessInstanceId());
    CaseRecords.bind(execution, "disclosureId", d.getId(), SubmittedValues.text(execution, "schoolCode"));
    execution.setVariable("recipient", d.getRecipientUsername());
    execution.setVariable("caseTitle", "Police report " + execution.getVariable("reportNumber") + " disclosed to "
        + people.displayName(d.getRecipientUsername()));
    // the reason lives in the disclosure record; the process keeps ids and small facts
    execution.removeVariable("reason");
  }
}
