package com.sroworkflow.event;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What a department may set differently about events ({@code sro.event.*}). */
@Component
@ConfigurationProperties("sro.event")
class EventSettings {

  /** Events and their attendance records: kept this long after the event. */
  private Period keptFor = Period.ofDays(1825);

  public Period getKeptFor() {
    return keptFor;
  }

  public void setKeptFor(Period keptFor) {
    this.keptFor = keptFor;
  }
}
