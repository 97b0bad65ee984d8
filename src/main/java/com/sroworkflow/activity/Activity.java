package com.sroworkflow.activity;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of an SRO's activity log (seed 004 item 15, seed 003 III.A.2.m). It names no student:
 * the log feeds an aggregate report.
 */
@Entity
@Table(name = "sro_activity")
public class Activity {

  public enum Kind {
    CLASS("Classes taught"),
    EVENT("Events attended"),
    PRINCIPAL_MEETING("Meetings with the principal"),
    CALL_FOR_SERVICE("Calls for service");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "officer_username", nullable = false, length = 64)
  private String officerUsername;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Kind kind;

  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @Column(precision = 5, scale = 1)
  private BigDecimal hours;

  private Integer participants;

  @Column(nullable = false, length = 500)
  private String summary;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "remove_after", nullable = false)
  private Instant removeAfter;

  protected Activity() {}

  public Activity(String officerUsername, String schoolCode, Kind kind, LocalDate occurredOn, BigDecimal hours,
      Integer participants, String summary, String processInstanceId, Instant removeAfter) {
    this.officerUsername = officerUsername;
    this.schoolCode = schoolCode;
    this.kind = kind;
    this.occurredOn = occurredOn;
    this.hours = hours;
    this.participants = participants;
    this.summary = summary;
    this.processInstanceId = processInstanceId;
    this.recordedAt = EngineClock.now();
    this.removeAfter = removeAfter;
  }

  public Long getId() {
    return id;
  }

  public String getOfficerUsername() {
    return officerUsername;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public Integer getParticipants() {
    return participants;
  }

  public String getSummary() {
    return summary;
  }
}
