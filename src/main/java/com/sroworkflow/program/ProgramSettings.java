package com.sroworkflow.program;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What a department may set differently about running the program ({@code sro.program.*}). */
@Component("programSettings")
@ConfigurationProperties("sro.program")
public class ProgramSettings {

  /** Assignments and removals are personnel records: kept this long after they end. */
  private Period assignmentsKeptFor = Period.ofDays(3650);
  /** Course outlines: kept this long after the decision. */
  private Period outlinesKeptFor = Period.ofDays(1825);
  /** Activity log entries: kept this long after the day of the activity. */
  private Period activitiesKeptFor = Period.ofDays(1825);
  /** How long the replacement vacancy opened after a removal takes applications. */
  private Period replacementVacancyOpenFor = Period.ofDays(14);

  public Period getAssignmentsKeptFor() {
    return assignmentsKeptFor;
  }

  public void setAssignmentsKeptFor(Period assignmentsKeptFor) {
    this.assignmentsKeptFor = assignmentsKeptFor;
  }

  public Period getOutlinesKeptFor() {
    return outlinesKeptFor;
  }

  public void setOutlinesKeptFor(Period outlinesKeptFor) {
    this.outlinesKeptFor = outlinesKeptFor;
  }

  public Period getActivitiesKeptFor() {
    return activitiesKeptFor;
  }

  public void setActivitiesKeptFor(Period activitiesKeptFor) {
    this.activitiesKeptFor = activitiesKeptFor;
  }

  public Period getReplacementVacancyOpenFor() {
    return replacementVacancyOpenFor;
  }

  public void setReplacementVacancyOpenFor(Period replacementVacancyOpenFor) {
    this.replacementVacancyOpenFor = replacementVacancyOpenFor;
  }
}
