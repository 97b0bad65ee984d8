package com.sroworkflow.selection;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** The Chief's appointment of an officer as SRO for a vacancy, with the school(s) assigned. */
@Entity
@Table(name = "appointment")
class Appointment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, unique = true)
  private Long applicationId;

  @Column(name = "vacancy_id", nullable = false)
  private Long vacancyId;

  @Column(name = "officer_username", nullable = false, length = 64)
  private String officerUsername;

  @Column(name = "appointed_by", nullable = false, length = 64)
  private String appointedBy;

  @Column(name = "appointed_at", nullable = false)
  private Instant appointedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "appointment_school", joinColumns = @JoinColumn(name = "appointment_id"))
  @Column(name = "school_code", length = 16)
  private Set<String> schoolCodes = new LinkedHashSet<>();

  protected Appointment() {}

  Appointment(Long applicationId, Long vacancyId, String officerUsername, String appointedBy, Set<String> schools) {
    this.applicationId = applicationId;
    this.vacancyId = vacancyId;
    this.officerUsername = officerUsername;
    this.appointedBy = appointedBy;
    this.appointedAt = EngineClock.now();
    this.schoolCodes = new LinkedHashSet<>(schools);
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Long getVacancyId() {
    return vacancyId;
  }

  public String getOfficerUsername() {
    return officerUsername;
  }

  public String getAppointedBy() {
    return appointedBy;
  }

  public Instant getAppointedAt() {
    return appointedAt;
  }

  public Set<String> getSchoolCodes() {
    return Set.copyOf(schoolCodes);
  }
}
