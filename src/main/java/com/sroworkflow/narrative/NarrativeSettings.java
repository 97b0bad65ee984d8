package com.sroworkflow.narrative;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What a department may set differently about monthly narratives ({@code sro.narrative.*}). */
@Component
@ConfigurationProperties("sro.narrative")
class NarrativeSettings {

  /** A submitted narrative is a program record, kept as long as the activity log (five years). */
  private Period keptFor = Period.ofYears(5);

  public Period getKeptFor() {
    return keptFor;
  }

  public void setKeptFor(Period keptFor) {
    this.keptFor = keptFor;
  }
}
