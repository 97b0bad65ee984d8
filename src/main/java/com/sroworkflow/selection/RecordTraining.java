package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps the completed training or certification with its validity. */
@Component("recordTraining")
class RecordTraining implements TaskListener {

  private final TrainingPlan trainingPlan;

  RecordTraining(TrainingPlan trainingPlan) {
    this.trainingPlan = trainingPlan;
  }

  @Override
  public void notify(DelegateTask task) {
    trainingPlan.complete(CaseRecords.id(task, "trainingId"), (String) task.getVariable("completedOn"),
        (String) task.getVariable("trainingProvider"), (Number) task.getVariable("trainingHours"),
        (String) task.getVariable("certificateNumber"), (String) task.getVariable("validUntil"));
  }
}
