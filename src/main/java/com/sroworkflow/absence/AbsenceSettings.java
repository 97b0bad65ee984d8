package com.sroworkflow.absence;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What a department may set differently about absences ({@code sro.absence.*}). */
@Component
@ConfigurationProperties("sro.absence")
class AbsenceSettings {

  /** Absences and hand-overs are personnel records: kept this long after the absence. */
  private Period absencesKeptFor = Period.ofYears(3);
  /** The longest absence entered at once; a longer one is a removal and a cover, not an absence. */
  private int longestAbsenceDays = 60;

  public Period getAbsencesKeptFor() {
    return absencesKeptFor;
  }

  public void setAbsencesKeptFor(Period absencesKeptFor) {
    this.absencesKeptFor = absencesKeptFor;
  }

  public int getLongestAbsenceDays() {
    return longestAbsenceDays;
  }

  public void setLongestAbsenceDays(int longestAbsenceDays) {
    this.longestAbsenceDays = longestAbsenceDays;
  }
}
