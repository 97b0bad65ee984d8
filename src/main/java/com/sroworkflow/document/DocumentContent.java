package com.sroworkflow.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document's bytes, kept apart so that listing a case's documents reads none. */
@Entity
@Table(name = "case_document_content")
class DocumentContent {

  @Id
  @Column(name = "document_id")
  private Long documentId;
  private byte[] content;

  protected DocumentContent() {}

  DocumentContent(Long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  byte[] content() {
    return content;
  }
}
