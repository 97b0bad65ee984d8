package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The nominated officer says whether they volunteer, with the declarations an applicant makes. */
@Component("recordVolunteerAnswer")
class RecordVolunteerAnswer implements TaskListener {

  private final Applications applications;

  RecordVolunteerAnswer(Applications applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean volunteers = applications.confirmVolunteer(CaseRecords.id(task, "applicationId"),
        SubmittedValues.text(task, "volunteers"), SubmittedValues.text(task, "statement"),
        SubmittedValues.answer(task, "volunteerFitness"), SubmittedValues.answer(task, "volunteerDrugFree"));
    task.getExecution().getProcessInstance().setVariable("volunteered", volunteers);
    if (volunteers) {
      task.getExecution().getProcessInstance().setVariable("fitnessDeclared", task.getVariable("volunteerFitness"));
      task.getExecution().getProcessInstance().setVariable("drugFreeDeclared", task.getVariable("volunteerDrugFree"));
    }
  }
}
