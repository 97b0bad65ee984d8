package com.sroworkflow.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One download of a document: who and when (issue 17: every download logged). */
@Entity
@Table(name = "case_document_download")
class DocumentDownload {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "document_id")
  private Long documentId;
  @Column(name = "case_id")
  private String caseId;
  @Column(name = "downloaded_by")
  private String downloadedBy;
  @Column(name = "downloaded_at")
  private Instant downloadedAt;

  protected DocumentDownload() {}

  DocumentDownload(Long documentId, String caseId, String downloadedBy, Instant downloadedAt) {
    this.documentId = documentId;
    this.caseId = caseId;
    this.downloadedBy = downloadedBy;
    this.downloadedAt = downloadedAt;
  }

  Long documentId() {
    return documentId;
  }

  String downloadedBy() {
    return downloadedBy;
  }

  Instant downloadedAt() {
    return downloadedAt;
  }

  void movedTo(String newCaseId) {
    this.caseId = newCaseId;
  }
}
