package com.sroworkflow.threat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who was told of a threat, when and how, and who recorded it. */
@Entity
@Table(name = "threat_notice")
class ThreatNotice {

  public enum Kind {
    PRINCIPAL("The principal"),
    DISTRICT_DESIGNEE("The district designee"),
    SRO("The SRO"),
    VICTIM_PARENTS("The intended victim's parents"),
    STUDENT_PARENTS("The student's parents"),
    /** A staff member who was the intended victim. */
    VICTIM_STAFF("The staff member threatened"),
    VICTIM_SUPERVISOR("The threatened staff member's supervisor"),
    /** The student's parents, told of the self-harm risk screening and what it found. */
    SELF_HARM_PARENTS("The student's parents, of the self-harm screening");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Method {
    PHONE("By phone"),
    IN_PERSON("In person"),
    EMAIL("By email"),
    LETTER("By letter"),
    SYSTEM("SRO Workflow mail and task"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "threat_case_id", nullable = false)
  private Long threatCaseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Kind kind;

  @Column(name = "told_whom", length = 300)
  private String toldWhom;

  @Column(name = "told_at")
  private Instant toldAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Method method;

  @Column(length = 2000)
  private String note;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ThreatNotice() {}

  ThreatNotice(Long threatCaseId, Kind kind, String toldWhom, Instant toldAt, Method method, String note,
      String recordedBy, Instant recordedAt) {
    this.threatCaseId = threatCaseId;
    this.kind = kind;
    this.toldWhom = toldWhom;
    this.toldAt = toldAt;
    this.method = method;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getThreatCaseId() {
    return threatCaseId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getToldWhom() {
    return toldWhom;
  }

  public Instant getToldAt() {
    return toldAt;
  }

  public Method getMethod() {
    return method;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
