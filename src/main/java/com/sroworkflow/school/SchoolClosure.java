package com.sroworkflow.school;

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

/** Days without school in the whole district: a holiday (one day) or a break (several), with a name. */
@Entity
@Table(name = "school_closure")
public class SchoolClosure {

  public enum Kind { HOLIDAY, BREAK }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(nullable = false, length = 80)
  private String name;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SchoolClosure() {}

  SchoolClosure(Kind kind, String name, LocalDate firstDay, LocalDate lastDay, String createdBy, Instant createdAt) {
    this.kind = kind;
    this.name = name;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  boolean overlaps(LocalDate first, LocalDate last) {
    return !first.isAfter(lastDay) && !last.isBefore(firstDay);
  }
}
