package com.sroworkflow.document;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every upload and download of a case's documents, in the case's audit trail. */
@Component
class DocumentAudit implements CaseAuditSource {

  private final CaseDocuments documents;

  DocumentAudit(CaseDocuments documents) {
    this.documents = documents;
  }

  @Override
  public List<AuditEntry> entries(String processInstanceId) {
    List<CaseDocument> docs = documents.of(processInstanceId);
    Map<Long, CaseDocument> byId = docs.stream().collect(Collectors.toMap(CaseDocument::getId, Function.identity()));
    List<AuditEntry> entries = new ArrayList<>();
    for (CaseDocument d : docs) {
      entries.add(new AuditEntry(d.getUploadedAt(), d.getUploadedBy(), "Uploaded document", d.getFileName(),
          d.getMediaType() + ", " + d.getSizeBytes() + " bytes"));
    }
    for (DocumentDownload download : documents.downloadsOf(processInstanceId)) {
      CaseDocument d = byId.get(download.documentId());
      entries.add(new AuditEntry(download.downloadedAt(), download.downloadedBy(), "Downloaded document",
          d == null ? "document " + download.documentId() : d.getFileName(), null));
    }
    return entries;
  }
}
