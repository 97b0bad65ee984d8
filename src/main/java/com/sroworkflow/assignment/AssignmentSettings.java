package com.sroworkflow.assignment;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What a department may set differently about assignments ({@code sro.program.*}). */
@Component
@ConfigurationProperties("sro.program")
class AssignmentSettings {

  /** Assignments are personnel records: kept this long after they end. */
  private Period assignmentsKeptFor = Period.ofDays(3650);

  public Period getAssignmentsKeptFor() {
    return assignmentsKeptFor;
  }

  public void setAssignmentsKeptFor(Period assignmentsKeptFor) {
    this.assignmentsKeptFor = assignmentsKeptFor;
  }
}
