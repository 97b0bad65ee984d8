package com.sroworkflow.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A school the program serves. Its code is also its Camunda tenant id: cases of the school belong
 * to that tenant, and only the school's staff are members of it. A feeder school names the school
 * its students go on to (seed 002: an SRO covers their school and its feeder schools).
 */
@Entity
@Table(name = "school")
public class School {

  @Id
  @Column(length = 16)
  private String code;

  @Column(nullable = false, length = 160)
  private String name;

  @Column(nullable = false, length = 16)
  private String level;

  @Column(name = "feeds_into", length = 16)
  private String feedsInto;

  protected School() {}

  public School(String code, String name, String level, String feedsInto) {
    this.code = code;
    this.name = name;
    this.level = level;
    this.feedsInto = feedsInto;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getLevel() {
    return level;
  }

  public String getFeedsInto() {
    return feedsInto;
  }
}
