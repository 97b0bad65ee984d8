package com.sroworkflow.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit record of one change of the school calendar: who, when, what. */
@Entity
@Table(name = "school_calendar_change")
public class SchoolCalendarChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false, length = 16)
  private String action;

  @Column(nullable = false, length = 200)
  private String what;

  protected SchoolCalendarChange() {}

  SchoolCalendarChange(String changedBy, Instant changedAt, String action, String what) {
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.action = action;
    this.what = what.length() > 200 ? what.substring(0, 200) : what;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getAction() {
    return action;
  }

  public String getWhat() {
    return what;
  }
}
