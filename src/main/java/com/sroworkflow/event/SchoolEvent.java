package com.sroworkflow.event;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An extra-curricular event the Detective Sergeant designates for SROs to work (seed 002; seed 000). */
@Entity
@Table(name = "school_event")
public class SchoolEvent {

  public enum Kind {
    SPORTS("Sports event"),
    DANCE("Dance"),
    GRADUATION("Graduation"),
    ASSEMBLY("Assembly"),
    PARENT_NIGHT("Parent night"),
    OTHER("Other event");

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

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 160)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Kind kind;

  @Column(name = "event_date", nullable = false)
  private LocalDate eventDate;

  @Column(name = "starts_at", nullable = false, length = 5)
  private String startsAt;

  @Column(name = "ends_at", nullable = false, length = 5)
  private String endsAt;

  @Column(length = 2000)
  private String note;

  @Column(name = "designated_by", nullable = false, length = 64)
  private String designatedBy;

  @Column(name = "designated_at", nullable = false)
  private Instant designatedAt;

  @Column(name = "remove_after", nullable = false)
  private Instant removeAfter;

  protected SchoolEvent() {}

  SchoolEvent(String schoolCode, String processInstanceId, String title, Kind kind, LocalDate eventDate,
      String startsAt, String endsAt, String note, String designatedBy, Instant removeAfter) {
    this.schoolCode = schoolCode;
    this.processInstanceId = processInstanceId;
    this.title = title;
    this.kind = kind;
    this.eventDate = eventDate;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.note = note;
    this.designatedBy = designatedBy;
    this.designatedAt = EngineClock.now();
    this.removeAfter = removeAfter;
  }

  public Long getId() {
    return id;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public String getTitle() {
    return title;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getEventDate() {
    return eventDate;
  }

  public String getStartsAt() {
    return startsAt;
  }

  public String getEndsAt() {
    return endsAt;
  }
}
