package com.sroworkflow.tip;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The threat model the tip tests start cases in. Tips start {@code threatAssessment} with the
 * variables of the contract in {@link StartThreatCase}; the model's side of that contract (no student
 * needed, report source TIP) comes with issue 15's model work. Where the deployed model does not yet
 * accept a tip, checked by starting one in a transaction that is rolled back, the tests deploy a
 * stand-in {@code threatAssessment} (a start and the screening task, nothing else) for their duration,
 * so the tip's whole path, its case in the school's tenant included, is tested all the same. Where
 * the model accepts tips, no stand-in is deployed and the tests run against the real model.
 */
@Component
public class TipCases {

  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired PlatformTransactionManager transactions;
  @Autowired TipRateLimit limit;

  private String standIn;

  /** Before each test: a fresh rate limit, and a threat model that starts a case from a tip. */
  public void prepare() {
    freshLimit();
    if (!modelAcceptsTips()) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(StartThreatCase.PROCESS)
          .name("Student threat assessment (stand-in for the tip tests)").camundaHistoryTimeToLive(2555)
          .startEvent("ThreatReported")
          .userTask("ScreenReport").name("Screen the report").camundaCandidateGroups("threatTeam")
          .endEvent()
          .done();
      standIn = repository.createDeployment().name("tip tests: stand-in threat model")
          .addModelInstance("tip-tests-threat-assessment.bpmn", model).deploy().getId();
    }
  }

  void freshLimit() {
    limit.reset();
  }

  /** After each test: the stand-in, its cases and their history go. */
  public void cleanUp() {
    if (standIn != null) {
      repository.deleteDeployment(standIn, true, true);
      standIn = null;
    }
  }

  boolean modelAcceptsTips() {
    Map<String, Object> tip = new HashMap<>();
    tip.put("schoolCode", "LHS");
    tip.put("threatBehaviour", "Said he would hurt someone at the game.");
    tip.put("incidentDate", "2026-01-05");
    tip.put("reportSource", StartThreatCase.REPORT_SOURCE);
    tip.put("reportAnonymously", true);
    tip.put("tipId", -1L);
    return Boolean.TRUE.equals(new TransactionTemplate(transactions).execute(status -> {
      status.setRollbackOnly();
      try {
        runtime.startProcessInstanceByKey(StartThreatCase.PROCESS, tip);
        return true;
      } catch (RuntimeException refused) {
        return false;
      }
    }));
  }
}
