package com.sroworkflow.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A school year of the district, from its first to its last day of school; days outside every one are closed. */
@Entity
@Table(name = "school_year")
public class SchoolYear {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SchoolYear() {}

  SchoolYear(LocalDate firstDay, LocalDate lastDay, String createdBy, Instant createdAt) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  /** "2026–27": the years it spans, as US schools name them. */
  public String getName() {
    return firstDay.getYear() == lastDay.getYear() ? String.valueOf(firstDay.getYear())
        : firstDay.getYear() + "–" + String.format("%02d", lastDay.getYear() % 100);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  boolean overlaps(LocalDate first, LocalDate last) {
    return !first.isAfter(lastDay) && !last.isBefore(firstDay);
  }
}
