package com.sroworkflow.transfer;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A ledger row goes once neither case it names is kept any longer (both histories removed or past removal). */
@Component
class TransferRetention implements RecordRetention {

  private final CaseTransferRepository ledger;
  private final HistoryService history;

  TransferRetention(CaseTransferRepository ledger, HistoryService history) {
    this.ledger = ledger;
    this.history = history;
  }

  @Override
  public String records() {
    return "case transfers of removed cases";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    List<CaseTransfer> expired = ledger.findAll().stream()
        .filter(t -> gone(t.getOldCaseId(), now) && gone(t.getNewCaseId(), now)).toList();
    ledger.deleteAll(expired);
    return expired.size();
  }

  private boolean gone(String caseId, Instant now) {
    HistoricProcessInstance c = history.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult();
    return c == null || c.getRemovalTime() != null && c.getRemovalTime().toInstant().isBefore(now);
  }
}
