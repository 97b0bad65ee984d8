package com.sroworkflow.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note the team wrote on a case: plain text, kept as typed, shown escaped. */
@Entity
@Table(name = "case_note")
class CaseNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, length = 64)
  private String caseId;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(nullable = false, length = CaseNotes.MAX_LENGTH)
  private String body;

  protected CaseNote() {}

  CaseNote(String caseId, String schoolCode, String author, Instant writtenAt, String body) {
    this.caseId = caseId;
    this.schoolCode = schoolCode;
    this.author = author;
    this.writtenAt = writtenAt;
    this.body = body;
  }

  Long getId() {
    return id;
  }

  String getCaseId() {
    return caseId;
  }

  String getAuthor() {
    return author;
  }

  Instant getWrittenAt() {
    return writtenAt;
  }

  String getBody() {
    return body;
  }
}
