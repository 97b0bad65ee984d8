package com.sroworkflow.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One criterion of the eligibility table for one application: met or not, and why. */
@Entity
@Table(name = "eligibility_finding")
class EligibilityFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Column(nullable = false, length = 80)
  private String criterion;

  @Column(nullable = false)
  private boolean met;

  @Column(nullable = false, length = 300)
  private String reason;

  protected EligibilityFinding() {}

  EligibilityFinding(Long applicationId, String criterion, boolean met, String reason) {
    this.applicationId = applicationId;
    this.criterion = criterion;
    this.met = met;
    this.reason = reason;
  }

  public String getCriterion() {
    return criterion;
  }

  public boolean isMet() {
    return met;
  }

  public String getReason() {
    return reason;
  }

  public Long getApplicationId() {
    return applicationId;
  }
}
