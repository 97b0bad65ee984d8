package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps the supervisor's written recommendation; the process keeps whether it is positive. */
@Component("recordRecommendation")
class RecordRecommendation implements TaskListener {

  private final Applications applications;
  private final People people;

  RecordRecommendation(Applications applications, People people) {
    this.applications = applications;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean positive = applications.recommend(CaseRecords.id(task, "applicationId"),
        people.actingUser(task.getAssignee()), SubmittedValues.text(task, "recommendation"),
        SubmittedValues.text(task, "recommendationText"));
    task.getExecution().getProcessInstance().setVariable("recommended", positive);
  }
}
