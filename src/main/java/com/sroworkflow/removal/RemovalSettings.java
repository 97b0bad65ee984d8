package com.sroworkflow.removal;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What a department may set differently about removals ({@code sro.program.*}): a removal is a
 * personnel record, kept as long as an assignment ({@code sro.program.assignments-kept-for}).
 */
@Component
@ConfigurationProperties("sro.program")
class RemovalSettings {

  /** Removals are personnel records: kept this long after the decision. */
  private Period assignmentsKeptFor = Period.ofDays(3650);
  /** How long the replacement vacancy opened after a removal takes applications. */
  private Period replacementVacancyOpenFor = Period.ofDays(14);

  public Period getAssignmentsKeptFor() {
    return assignmentsKeptFor;
  }

  public void setAssignmentsKeptFor(Period assignmentsKeptFor) {
    this.assignmentsKeptFor = assignmentsKeptFor;
  }

  public Period getReplacementVacancyOpenFor() {
    return replacementVacancyOpenFor;
  }

  public void setReplacementVacancyOpenFor(Period replacementVacancyOpenFor) {
    this.replacementVacancyOpenFor = replacementVacancyOpenFor;
  }
}
