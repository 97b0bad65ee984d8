package com.sroworkflow.truancy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What a district may set differently about truancy cases ({@code sro.truancy.*}). */
@Component
@ConfigurationProperties("sro.truancy")
class TruancySettings {

  /** A closed truancy case, with the SRO's notes, is kept this long (student records: five years). */
  private Period casesKeptFor = Period.ofYears(5);
  /** The fewest unexcused absences that open a truancy case. */
  private int absencesToOpen = 3;

  public Period getCasesKeptFor() {
    return casesKeptFor;
  }

  public void setCasesKeptFor(Period casesKeptFor) {
    this.casesKeptFor = casesKeptFor;
  }

  public int getAbsencesToOpen() {
    return absencesToOpen;
  }

  public void setAbsencesToOpen(int absencesToOpen) {
    this.absencesToOpen = absencesToOpen;
  }
}
