package com.sroworkflow.document;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's documents go with the case: once Camunda's history cleanup has removed the case (or its removal time,
 * the end of the case plus its process's history time to live, has passed), its documents, their bytes and their
 * download log are removed too. Runs as the application (the nightly schedule has no caller), so every case is seen.
 */
@Component
class DocumentRetention implements RecordRetention {

  private final CaseDocumentRepository documents;
  private final DocumentContentRepository contents;
  private final DocumentDownloadRepository downloads;
  private final HistoryService history;

  DocumentRetention(CaseDocumentRepository documents, DocumentContentRepository contents,
      DocumentDownloadRepository downloads, HistoryService history) {
    this.documents = documents;
    this.contents = contents;
    this.downloads = downloads;
    this.history = history;
  }

  @Override
  public String records() {
    return "documents of removed cases";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    List<String> expired = new ArrayList<>();
    for (String caseId : documents.caseIds()) {
      HistoricProcessInstance c = history.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult();
      if (c == null || c.getRemovalTime() != null && c.getRemovalTime().toInstant().isBefore(now)) {
        expired.add(caseId);
      }
    }
    if (expired.isEmpty()) {
      return 0;
    }
    downloads.deleteByCaseIds(expired);
    contents.deleteByCaseIds(expired);
    return documents.deleteByCaseIds(expired);
  }
}
