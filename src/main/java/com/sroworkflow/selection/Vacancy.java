package com.sroworkflow.selection;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** An SRO vacancy HR opens: the school(s) it serves, how many posts, until when officers may apply. */
@Entity
@Table(name = "vacancy")
public class Vacancy {

  public enum Status { OPEN, APPLICATIONS_CLOSED, FILLED, CLOSED_UNFILLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String reference;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "post_count", nullable = false)
  private int postCount;

  @Column(name = "application_deadline", nullable = false)
  private LocalDate applicationDeadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.OPEN;

  @Column(length = 2000)
  private String notes;

  @Column(name = "opened_by", nullable = false, length = 64)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "vacancy_school", joinColumns = @JoinColumn(name = "vacancy_id"))
  @Column(name = "school_code", length = 16)
  private Set<String> schoolCodes = new LinkedHashSet<>();

  protected Vacancy() {}

  Vacancy(String title, int postCount, LocalDate applicationDeadline, Set<String> schoolCodes, String notes,
      String openedBy, String processInstanceId) {
    this.reference = "P" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 18);
    this.title = title;
    this.postCount = postCount;
    this.applicationDeadline = applicationDeadline;
    this.schoolCodes = new LinkedHashSet<>(schoolCodes);
    this.notes = notes;
    this.openedBy = openedBy;
    this.openedAt = EngineClock.now();
    this.processInstanceId = processInstanceId;
  }

  /** The reference people quote when they apply, such as V-2026-7. */
  void assignReference(int year) {
    this.reference = "V-" + year + "-" + id;
  }

  void closeApplications() {
    if (status == Status.OPEN) {
      status = Status.APPLICATIONS_CLOSED;
    }
  }

  /** Open for applications again, until the new deadline: the Chief appointed nobody. */
  void reopen(LocalDate closes) {
    status = Status.OPEN;
    applicationDeadline = closes;
  }

  void close(Status outcome) {
    status = outcome;
    closedAt = EngineClock.now();
  }

  public boolean acceptsApplications(LocalDate today) {
    return status == Status.OPEN && !today.isAfter(applicationDeadline);
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getTitle() {
    return title;
  }

  public int getPostCount() {
    return postCount;
  }

  public LocalDate getApplicationDeadline() {
    return applicationDeadline;
  }

  public Status getStatus() {
    return status;
  }

  public String getNotes() {
    return notes;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  /** The vacancy's school codes in alphabetical order. */
  public Set<String> getSchoolCodes() {
    return Collections.unmodifiableSet(new TreeSet<>(schoolCodes));
  }
}
