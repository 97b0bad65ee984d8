package com.sroworkflow.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The case file's own entry on a case: a note the team wrote (plain text, kept as typed, shown escaped), or a
 * download of the case for a records request (a FERPA disclosure; the text says which request).
 */
@Entity
@Table(name = "case_file_entry")
class CaseFileEntry {

  enum Kind { NOTE, DISCLOSURE, VIEW }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, length = 64)
  private String caseId;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(nullable = false, length = CaseNotes.MAX_LENGTH)
  private String body;

  protected CaseFileEntry() {}

  CaseFileEntry(String caseId, String schoolCode, Kind kind, String author, Instant writtenAt, String body) {
    this.caseId = caseId;
    this.schoolCode = schoolCode;
    this.kind = kind;
    this.author = author;
    this.writtenAt = writtenAt;
    this.body = body;
  }

  Long getId() {
    return id;
  }

  Kind getKind() {
    return kind;
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
