package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records what HR verified against the personnel record, and hands the facts the eligibility table
 * decides on to the process.
 */
@Component("recordPersonnelCheck")
class RecordPersonnelCheck implements TaskListener {

  private final Applications applications;
  private final People people;

  RecordPersonnelCheck(Applications applications, People people) {
    this.applications = applications;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean certified = SubmittedValues.flag(task, "stateCertified");
    boolean probation = SubmittedValues.flag(task, "probationCompleted");
    Number years = SubmittedValues.number(task, "fullTimeYears");
    Number sustained = SubmittedValues.number(task, "sustainedComplaints");
    Number juvenile = SubmittedValues.number(task, "juvenileComplaints");
    applications.verifyRecord(CaseRecords.id(task, "applicationId"), certified,
        SubmittedValues.text(task, "certificationNumber"), years, probation, sustained, juvenile,
        SubmittedValues.text(task, "recordNotes"), people.actingUser(task.getAssignee()));
    DelegateExecution process = task.getExecution().getProcessInstance();
    process.setVariable("stateCertified", certified);
    process.setVariable("probationCompleted", probation);
    process.setVariable("fullTimeYears", years.doubleValue());
    process.setVariable("sustainedComplaints", sustained.intValue());
    process.setVariable("juvenileComplaints", juvenile.intValue());
  }
}
