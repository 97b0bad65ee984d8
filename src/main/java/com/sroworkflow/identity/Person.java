package com.sroworkflow.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the program knows about a person beyond their Camunda login: title or rank, badge number
 * and, for officers, who supervises them (seed 004: the applicant's own supervisor recommends).
 * Name and email stay in Camunda's identity store, which Admin edits.
 */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @Column(length = 64)
  private String username;

  @Column(length = 120)
  private String title;

  @Column(name = "badge_number", length = 32)
  private String badgeNumber;

  @Column(name = "supervisor_username", length = 64)
  private String supervisorUsername;

  protected Person() {}

  public Person(String username, String title, String badgeNumber, String supervisorUsername) {
    this.username = username;
    this.title = title;
    this.badgeNumber = badgeNumber;
    this.supervisorUsername = supervisorUsername;
  }

  public String getUsername() {
    return username;
  }

  public String getTitle() {
    return title;
  }

  public String getBadgeNumber() {
    return badgeNumber;
  }

  public String getSupervisorUsername() {
    return supervisorUsername;
  }

  public void setSupervisorUsername(String supervisorUsername) {
    this.supervisorUsername = supervisorUsername;
  }
}
