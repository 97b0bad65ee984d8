package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
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
    trainingPlan.complete(CaseRecords.id(task, "trainingId"), SubmittedValues.text(task, "completedOn"),
        SubmittedValues.text(task, "trainingProvider"), SubmittedValues.number(task, "trainingHours"),
        SubmittedValues.text(task, "certificateNumber"), SubmittedValues.text(task, "validUntil"));
  }
}
