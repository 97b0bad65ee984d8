package com.sroworkflow.mou;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What a department may set differently about MOUs ({@code sro.mou.*}). */
@Component
@ConfigurationProperties("sro.mou")
class MouSettings {

  /** How long before an MOU expires its renewal is asked for, and when the reminder comes (e.g. P60D, P30D). */
  private List<Period> reminders = List.of(Period.ofDays(60), Period.ofDays(30));

  /** An MOU is kept this long after it expired. */
  private Period keptFor = Period.ofDays(3650);

  /** How long a renewed MOU runs when the form does not say (a year). */
  private Period term = Period.ofYears(1);

  public List<Period> getReminders() {
    return reminders;
  }

  public void setReminders(List<Period> reminders) {
    this.reminders = List.copyOf(reminders);
  }

  public Period getKeptFor() {
    return keptFor;
  }

  public void setKeptFor(Period keptFor) {
    this.keptFor = keptFor;
  }

  public Period getTerm() {
    return term;
  }

  public void setTerm(Period term) {
    this.term = term;
  }
}
