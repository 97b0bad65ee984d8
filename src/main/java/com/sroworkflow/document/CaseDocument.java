package com.sroworkflow.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document stored with a case: its name as uploaded (sanitized), its detected type, who and when. */
@Entity
@Table(name = "case_document")
public class CaseDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private String caseId;
  @Column(name = "school_code")
  private String schoolCode;
  @Column(name = "file_name")
  private String fileName;
  @Column(name = "media_type")
  private String mediaType;
  @Column(name = "size_bytes")
  private long sizeBytes;
  private String sha256;
  @Column(name = "uploaded_by")
  private String uploadedBy;
  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected CaseDocument() {}

  CaseDocument(String caseId, String schoolCode, String fileName, String mediaType, long sizeBytes, String sha256,
      String uploadedBy, Instant uploadedAt) {
    this.caseId = caseId;
    this.schoolCode = schoolCode;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /** The case moved to another school (a transfer): its documents go with it. */
  void movedTo(String newCaseId, String newSchool) {
    this.caseId = newCaseId;
    this.schoolCode = newSchool;
  }

  public Long getId() {
    return id;
  }

  public String getCaseId() {
    return caseId;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
