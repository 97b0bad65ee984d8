package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import static com.sroworkflow.system.JsonVariables.json;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Offers HR the interview board roster, each member labelled with the role that counts. */
@Component("offerBoardCandidates")
class OfferBoardCandidates implements TaskListener {

  private final Applications applications;

  OfferBoardCandidates(Applications applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable("boardCandidates", json(applications.boardCandidates(CaseRecords.id(task, "applicationId"))));
  }
}
