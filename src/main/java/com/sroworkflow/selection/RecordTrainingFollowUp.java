package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps what the supervisor arranged for an SRO's overdue training. */
@Component("recordTrainingFollowUp")
class RecordTrainingFollowUp implements TaskListener {

  private final TrainingPlan trainingPlan;

  RecordTrainingFollowUp(TrainingPlan trainingPlan) {
    this.trainingPlan = trainingPlan;
  }

  @Override
  public void notify(DelegateTask task) {
    trainingPlan.followUp(CaseRecords.id(task, "trainingId"), SubmittedValues.text(task, "followUpNote"));
  }
}
