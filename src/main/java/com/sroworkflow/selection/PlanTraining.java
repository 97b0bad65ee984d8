package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates the new SRO's required training and certification, each with its due date. */
@Component("planTraining")
class PlanTraining implements JavaDelegate {

  private final Applications applications;
  private final TrainingPlan trainingPlan;

  PlanTraining(Applications applications, TrainingPlan trainingPlan) {
    this.applications = applications;
    this.trainingPlan = trainingPlan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecords.bindEach(execution, "trainingId",
        trainingPlan.plan(applications.require(CaseRecords.id(execution, "applicationId"))));
  }
}
